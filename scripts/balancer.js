'use strict';
/**
 * A small round-robin HTTP load balancer for the local cluster (scripts/cluster.js) and its test:
 * health checks on each upstream's /ready, and a retry elsewhere only when that is safe. A request
 * that could not be sent at all (connection refused) goes to the next upstream, whatever its
 * method. Once sent, only GET and HEAD are retried: a POST may be a mutation the upstream already
 * applied, so its failure is answered 502 and left to the client (with an idempotency key, say).
 * Every answer names the upstream in `x-upstream`.
 */
const http = require('node:http');

const IDEMPOTENT = new Set(['GET', 'HEAD']);
const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** `upstreams`: base URLs (http://127.0.0.1:4001). Resolves once listening on `port` (0: any). */
function startBalancer({ upstreams, port = 0, host = '127.0.0.1', healthIntervalMs = 500 }) {
  const pool = upstreams.map((url) => ({ url: new URL(url), healthy: true }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;

  const check = (upstream) => {
    const request = http.get(new URL('/ready', upstream.url), { agent, timeout: 2000 }, (response) => {
      upstream.healthy = response.statusCode === 200;
      response.resume();
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => (upstream.healthy = false));
  };
  const timer = setInterval(() => pool.forEach(check), healthIntervalMs);
  timer.unref();

  /** Healthy upstreams first, in round-robin order; the unhealthy ones last, as a last resort. */
  const order = () => {
    const start = next++ % pool.length;
    const rotated = pool.slice(start).concat(pool.slice(0, start));
    return rotated.filter((u) => u.healthy).concat(rotated.filter((u) => !u.healthy));
  };

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => forward(req, res, Buffer.concat(chunks), order(), 0));
  });

  const forward = (req, res, body, candidates, attempt) => {
    const upstream = candidates[attempt];
    if (!upstream) return fail(res, 503, 'no upstream available', '');
    const name = upstream.url.host;
    let sent = false;
    const request = http.request(new URL(req.url, upstream.url), { method: req.method, headers: { ...req.headers, host: upstream.url.host }, agent }, (response) => {
      res.writeHead(response.statusCode, { ...response.headers, 'x-upstream': name });
      response.pipe(res);
      response.on('error', () => res.destroy());
    });
    request.on('socket', (socket) => {
      // A reused keep-alive socket is already connected: the request is on its way at once.
      if (!socket.connecting) sent = true;
      else socket.once('connect', () => (sent = true));
    });
    request.on('error', (error) => {
      const notSent = !sent || CONNECT_ERRORS.has(error.code);
      if (notSent) upstream.healthy = false;
      if (notSent || IDEMPOTENT.has(req.method)) return forward(req, res, body, candidates, attempt + 1);
      fail(res, 502, `upstream failed: ${error.code ?? error.message}`, name);
    });
    request.end(body);
  };

  const fail = (res, status, message, upstream) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(status, { 'content-type': 'application/json', 'x-upstream': upstream });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_GATEWAY' } }] }));
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({
        port: server.address().port,
        async close() {
          clearInterval(timer);
          agent.destroy();
          server.closeAllConnections();
          await new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

module.exports = { startBalancer };
