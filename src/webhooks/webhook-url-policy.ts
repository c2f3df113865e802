import { BlockList, isIP } from 'node:net';
import { MAX_WEBHOOK_URL_LENGTH } from './webhook-endpoint.entity';

/** Which endpoint URLs the hub accepts and calls (WEBHOOK_REQUIRE_HTTPS, WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookUrlPolicy {
  requireHttps: boolean;
  allowPrivateAddresses: boolean;
}

/** Until the composition root configures it: the strictest policy. */
let current: WebhookUrlPolicy = { requireHttps: true, allowPrivateAddresses: false };

/** Called once at start-up (API and worker) with the validated configuration; tests call it too. */
export function configureWebhookUrls(policy: WebhookUrlPolicy): void {
  current = { ...policy };
}

export function webhookUrlPolicy(): WebhookUrlPolicy {
  return current;
}

/**
 * Addresses a webhook must never reach unless allowed: the hub's own host, private networks,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast, reserved ranges.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address (v4 or v6, IPv4-mapped too) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The host of a URL without IPv6 brackets. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * What is wrong with an endpoint URL under the policy, in words for its owner; null when it is
 * acceptable. Names are resolved only when sending (each attempt checks the addresses it
 * connects to, so a name that later resolves privately is refused then: DNS rebinding).
 */
export function webhookUrlProblem(raw: string, policy: WebhookUrlPolicy = current): string | null {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return `The URL may have at most ${MAX_WEBHOOK_URL_LENGTH} characters.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Give an absolute URL, e.g. https://example.org/webhooks.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https://.';
  if (policy.requireHttps && url.protocol !== 'https:') return 'Endpoints must use https.';
  if (url.username || url.password) return 'The URL may not carry a user name or password; the signature proves who sends.';
  const host = hostOf(url).toLowerCase();
  if (host === '') return 'The URL needs a host.';
  if (!policy.allowPrivateAddresses) {
    if (isIP(host) !== 0 && !isPublicAddress(host)) return 'The URL points to a private, loopback or reserved address.';
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return 'The URL points to a local host name.';
  }
  return null;
}
