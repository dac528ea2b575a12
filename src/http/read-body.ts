import type { IncomingMessage } from 'node:http';

/** A body read in full, or refused for its size. */
export type BodyRead = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly status: 413; readonly limit: number };

/**
 * Reads a request body up to `limit` bytes: the one size-limited reader for every HTTP surface.
 * A declared Content-Length over the limit is refused before reading; otherwise bytes are counted
 * as they arrive (Content-Length is not trusted). Past the limit it stops keeping bytes but keeps
 * draining the request, so the client still reads the 413 instead of a reset connection.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return { ok: false, status: 413, limit };
  }
  return new Promise<BodyRead>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.resume();
      resolve({ ok: false, status: 413, limit });
    };
    req.on('data', onData);
    req.once('end', () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    req.once('error', reject);
  });
}
