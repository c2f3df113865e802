import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { hostOf, isPublicAddress } from './webhook-url-policy';

/** What one attempt got: an HTTP status, or why there was none. */
export interface AttemptAnswer {
  statusCode: number | null;
  error: string | null;
}

/** The most of an answer's body read (and thrown away), so a huge answer cannot hold the worker. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Resolves like the system does, then refuses the connection when any address is not public
 * (unless allowed). The check runs on the very addresses the socket connects to, so a name
 * that resolved publicly when it was registered and privately now is refused (DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a non-public address (${refused.address})`), { code: 'WEBHOOK_ADDRESS_REFUSED' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failed attempt), the whole exchange
 * must finish within `timeoutMs`, and the answer's body is read only up to a bound and discarded.
 */
export function postWebhook(target: string, headers: Record<string, string>, body: string, options: { timeoutMs: number; allowPrivateAddresses: boolean }): Promise<AttemptAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: AttemptAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return done({ statusCode: null, error: 'The URL is malformed' });
    }
    const host = hostOf(url);
    if (isIP(host) !== 0 && !options.allowPrivateAddresses && !isPublicAddress(host)) {
      return done({ statusCode: null, error: `Refused: ${host} is not a public address` });
    }
    const client = url.protocol === 'https:' ? https : http;
    const payload = Buffer.from(body, 'utf8');
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(payload.length) },
      lookup: guardedLookup(options.allowPrivateAddresses),
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy();
      done({ statusCode: null, error: `Timed out after ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    request.on('response', (response) => {
      let read = 0;
      response.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_ANSWER_BYTES) response.destroy();
      });
      const finish = () => done({ statusCode: response.statusCode ?? null, error: null });
      response.on('end', finish);
      response.on('close', finish);
      response.on('error', finish);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      done({ statusCode: null, error: error.code === 'WEBHOOK_ADDRESS_REFUSED' ? `Refused: ${error.message}` : `${error.code ?? 'Error'}: ${error.message}`.slice(0, 500) });
    });
    request.end(payload);
  });
}
