import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The client's address: the socket's, or, behind `trustProxyHops` proxies, the X-Forwarded-For
 * entry that many hops from the right (each proxy appends the address it was reached from; the
 * entries further left are the client's own claims).
 */
export function clientAddressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxyHops: number): string {
  const socketAddress = plainAddress(req.socket.remoteAddress ?? '');
  if (trustProxyHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return socketAddress;
  const forwarded = plainAddress(entries[Math.max(0, entries.length - trustProxyHops)]);
  return isIP(forwarded) ? forwarded : socketAddress;
}

/** Without a port or brackets, IPv4-mapped IPv6 as IPv4: one client, one spelling. */
function plainAddress(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  const withoutPort = bracketed ? bracketed[1] : /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)?.[1] ?? address;
  return withoutPort.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, '$1');
}
