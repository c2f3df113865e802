import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { STREAM_BATCH, streamNdjson } from '../../src/offers/hsds/hsds-stream';

/** A response whose socket takes nothing until the test lets it: every write after the first waits. */
function stalledResponse() {
  const pending: Array<() => void> = [];
  const written: string[] = [];
  const stream = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      pending.push(() => callback());
    },
  });
  const res = Object.assign(stream, { writeHead: () => res }) as unknown as ServerResponse & Writable;
  return { res, written, drainOne: () => pending.shift()?.() };
}

const rowsAfter = (reads: number[], total: number) => async (after: number, limit: number) => {
  reads.push(after);
  return Array.from({ length: Math.max(0, Math.min(limit, total - after)) }, (_, index) => ({ id: after + index + 1 }));
};

const GET = { method: 'GET' } as IncomingMessage;
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('streamNdjson', () => {
  it('reads the next batch only once the socket drained the last one', async () => {
    const { res, written, drainOne } = stalledResponse();
    const reads: number[] = [];
    const done = streamNdjson(GET, res, {}, rowsAfter(reads, STREAM_BATCH * 3), (row) => row);
    await flush();
    expect(reads).toEqual([0]);
    expect(written).toHaveLength(1);
    drainOne();
    await flush();
    expect(reads).toEqual([0, STREAM_BATCH]);
    drainOne();
    await flush();
    drainOne();
    await flush();
    drainOne();
    await done;
    expect(reads).toEqual([0, STREAM_BATCH, 2 * STREAM_BATCH, 3 * STREAM_BATCH]);
    expect(written.join('').split('\n').filter(Boolean)).toHaveLength(STREAM_BATCH * 3);
  });

  it('stops reading when the client goes away', async () => {
    const { res } = stalledResponse();
    const reads: number[] = [];
    const done = streamNdjson(GET, res, {}, rowsAfter(reads, STREAM_BATCH * 100), (row) => row);
    await flush();
    res.destroy();
    await done;
    await flush();
    expect(reads).toEqual([0]);
  });
});
