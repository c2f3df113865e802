import { connect, type Socket } from 'node:net';
import { ConfigError, loadConfig } from '../../src/core/config';
import { HubMetrics } from '../../src/core/observability/metrics';
import { startMetricsServer } from '../../src/core/observability/metrics-endpoint';
import { poll } from '../support/eventually';
import { createTestIssuer, type TestIssuer } from '../support/test-issuer';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * Slow or numerous connections must not hold the process: a request's headers and body have
 * deadlines, and connections are capped in all and per peer address. Each test runs its own
 * server (and counters) with small limits.
 */
let hub: TestHub;
let issuer: TestIssuer;
const servers: TestHttp[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  issuer = await createTestIssuer();
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await hub.close();
});

async function serve(env: Record<string, string>): Promise<{ url: string; port: number; metrics: HubMetrics }> {
  const metrics = new HubMetrics({ processMetrics: false });
  const http = await startTestHttp(hub, { authenticate: issuer.authenticate, config: loadConfig({ NODE_ENV: 'test', ...env }), metrics });
  servers.push(http);
  return { url: http.url, port: Number(new URL(http.url).port), metrics };
}

/** A raw connection: what it receives, and a promise of its close (with all it received). */
function open(port: number): { socket: Socket; connected: Promise<void>; closed: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  return {
    socket,
    connected: new Promise((resolve) => socket.once('connect', () => resolve())),
    closed: new Promise((resolve) => socket.once('close', () => resolve(received))),
  };
}

const typename = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
    async (response) => ((await response.json()) as { data?: { __typename: string } }).data?.__typename,
  );

/** The first answer once the server accepts a connection again (those it closes reject). */
const answered = (url: string) => poll('an answer', () => typename(url).catch(() => undefined), { timeoutMs: 15_000 });

async function refusals(metrics: HubMetrics, reason: string): Promise<number> {
  const line = (await metrics.render()).split('\n').find((row) => row.startsWith(`hub_http_connections_refused_total{reason="${reason}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

it('answers 408 and closes a connection whose headers do not arrive in time', async () => {
  const { port } = await serve({ HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_RECEIVE_TIMEOUT_MS: '5000' });
  const slow = open(port);
  await slow.connected;
  const started = Date.now();
  slow.socket.write('POST /graphql HTTP/1.1\r\nHost: hub\r\n');
  const received = await slow.closed;
  expect(received).toMatch(/^HTTP\/1\.1 408 /);
  // Node's default was 60 s; well before the receive deadline here.
  expect(Date.now() - started).toBeLessThan(4_000);
});

it('cuts a body that dribbles past the receive deadline, while other clients are served', async () => {
  const { url, port } = await serve({ HTTP_HEADERS_TIMEOUT_MS: '200', HTTP_RECEIVE_TIMEOUT_MS: '800' });
  const slow = open(port);
  await slow.connected;
  const started = Date.now();
  slow.socket.write('POST /graphql HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
  // A byte every 50 ms: never idle, never done.
  const drip = setInterval(() => slow.socket.writable && slow.socket.write(' '), 50);
  try {
    await expect(typename(url)).resolves.toBe('Query');
    const received = await slow.closed;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    clearInterval(drip);
  }
});

it('closes connections of one peer address past its cap, and accepts it again once one closes', async () => {
  const { url, port, metrics } = await serve({ HTTP_MAX_CONNECTIONS_PER_ADDRESS: '3' });
  const held = [open(port), open(port), open(port)];
  await Promise.all(held.map((connection) => connection.connected));
  // The server has counted all three once a request on a fourth is refused.
  const fourth = await poll('a fourth connection refused', async () => {
    const extra = open(port);
    const received = await extra.closed;
    return held.every((connection) => !connection.socket.destroyed) ? received : undefined;
  });
  expect(fourth).toBe('');
  await expect(typename(url)).rejects.toThrow();
  expect(await refusals(metrics, 'per_address')).toBeGreaterThanOrEqual(2);
  // The held ones still serve.
  held[0].socket.write('GET /health HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n');
  expect(await held[0].closed).toMatch(/^HTTP\/1\.1 200 /);
  await expect(answered(url)).resolves.toBe('Query');
  expect(await refusals(metrics, 'total')).toBe(0);
});

it('closes connections past the process-wide cap', async () => {
  const { url, port, metrics } = await serve({ HTTP_MAX_CONNECTIONS: '2', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0' });
  const held = [open(port), open(port)];
  await Promise.all(held.map((connection) => connection.connected));
  await expect(typename(url)).rejects.toThrow();
  await poll('the refusal counted', async () => ((await refusals(metrics, 'total')) > 0 ? true : undefined), { timeoutMs: 15_000 });
  for (const connection of held) connection.socket.destroy();
  await expect(answered(url)).resolves.toBe('Query');
  expect(await refusals(metrics, 'per_address')).toBe(0);
});

it('keeps the same deadlines and caps on the metrics port of its own', async () => {
  const metrics = new HubMetrics({ processMetrics: false });
  const connections = { ...loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '1' }).http };
  const server = await startMetricsServer(metrics, { port: 0, host: '127.0.0.1', connections });
  try {
    const slow = open(server.port);
    await slow.connected;
    const extra = open(server.port);
    expect(await extra.closed).toBe('');
    slow.socket.write('GET /metrics HTTP/1.1\r\n');
    expect(await slow.closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(await refusals(metrics, 'per_address')).toBe(1);
  } finally {
    await server.close();
  }
});

describe('configuration', () => {
  it('caps per address only where the socket address is the client', () => {
    expect(loadConfig({}).http.maxConnectionsPerAddress).toBe(256);
    expect(loadConfig({ TRUST_PROXY_HOPS: '1' }).http.maxConnectionsPerAddress).toBe(0);
    expect(loadConfig({ TRUST_PROXY_HOPS: '1', HTTP_MAX_CONNECTIONS_PER_ADDRESS: '50' }).http.maxConnectionsPerAddress).toBe(50);
  });

  it('refuses a receive deadline that ends before the headers one', () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_RECEIVE_TIMEOUT_MS: '5000' })).toThrow(ConfigError);
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: '0' })).toThrow(/HTTP_MAX_CONNECTIONS must be an integer from 1/);
  });
});
