import type { IncomingMessage, ServerResponse } from 'node:http';

/** Rows read per keyset statement of a stream: enough to keep the socket busy, small enough for memory. */
export const STREAM_BATCH = 500;

/**
 * Streams `format=ndjson`: one JSON document per line, read in keyset batches (`id > last`), each
 * its own short statement, so neither memory nor a database connection is held for the stream's
 * length. A batch is written only once the socket drained the one before (backpressure), and a
 * client that hangs up stops the reading after the statement under way.
 */
export async function streamNdjson<T extends { id: number }>(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  readAfter: (after: number, limit: number) => Promise<T[]>,
  toDocument: (row: T) => unknown,
): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', ...headers });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  let gone = false;
  const onClose = () => (gone = true);
  res.once('close', onClose);
  try {
    for (let after = 0; !gone; ) {
      const rows = await readAfter(after, STREAM_BATCH);
      if (gone) return;
      let chunk = '';
      for (const row of rows) {
        const document = toDocument(row);
        if (document !== null) chunk += `${JSON.stringify(document)}\n`;
      }
      if (chunk !== '' && !res.write(chunk)) await drained(res);
      if (rows.length < STREAM_BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
    if (!gone) res.end();
  } finally {
    res.off('close', onClose);
  }
}

/** Resolves when the socket takes more, or when the client is gone (then nothing more is read). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
