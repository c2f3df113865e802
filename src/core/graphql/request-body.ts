import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a connection is drained after a 413 before it is closed (see `lingeringClose`). */
const LINGER_MS = 2_000;

export type BodyResult = { value: unknown; error?: undefined } | { error: string; status: number };

/**
 * Reads a POST body up to `maxBytes`. A larger one (declared or sent) is refused without reading
 * the rest: the caller answers 413 and closes the connection.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (req.method !== 'POST') return Promise.resolve({ value: undefined });
  const tooLarge: BodyResult = { error: 'Request body too large.', status: 413 };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      // Not destroyed: that would reset the socket before the 413 reaches the client.
      req.pause();
      resolve(tooLarge);
    };
    const onEnd = () => {
      stop();
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.length === 0) return resolve({ value: undefined });
      try {
        resolve({ value: JSON.parse(text) });
      } catch {
        resolve({ error: 'Request body is not valid JSON.', status: 400 });
      }
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // The client went away mid-body (an 'error' may not follow).
    const onClose = () => {
      if (!req.complete) onError(new Error('The request body was cut off.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.once('close', onClose);
  });
}

/**
 * After answering a request whose body was left unread, the connection must not serve another
 * request (the rest of the body would be parsed as one), and closing it at once resets it under a
 * client still sending, which then sees EPIPE or ECONNRESET and may lose the answer. So:
 * `connection: close`, keep discarding what arrives, and close once the client has finished
 * (its FIN) or after LINGER_MS. Node ends a `connection: close` response with `destroySoon()`,
 * which would close at once; this socket's one is replaced by a lingering one.
 */
export function lingeringClose(res: ServerResponse): void {
  const { req } = res;
  const { socket } = req;
  req.resume();
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('end', () => socket.destroy());
    socket.once('close', () => clearTimeout(timer));
  };
}
