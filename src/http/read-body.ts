import type { IncomingMessage } from 'node:http';

/** How long a request body may take to arrive in full (Slack gives up after three seconds, Teams after about five). */
export const defaultBodyTimeoutMs = 10_000;

/** Why a body was not read: the HTTP status to answer and a reason for the log. */
export interface BodyRefusal {
  /** 413 too large; 408 stopped arriving before its Content-Length; 400 connection closed mid-body. */
  readonly status: 400 | 408 | 413;
  readonly reason: string;
}

/** A body read in full, or refused. */
export type BodyRead = { readonly ok: true; readonly body: Buffer } | ({ readonly ok: false } & BodyRefusal);

/** How much to read, and for how long. */
export interface ReadBodyOptions {
  /** Largest body accepted, in bytes. */
  readonly limit: number;
  /** Milliseconds the whole body may take to arrive (default 10 s). */
  readonly timeoutMs?: number;
}

/**
 * Reads a request body up to `limit` bytes: the one size-limited reader for every HTTP surface
 * (Slack, Teams, the playground). A declared Content-Length over the limit is refused before
 * reading; otherwise bytes are counted as they arrive (Content-Length is not trusted). Past the
 * limit it stops keeping bytes but keeps draining the request, so the client still reads the 413
 * instead of a reset connection. A body that stops arriving (a Content-Length larger than what was
 * sent) is refused with 408 after `timeoutMs` instead of holding the request open for ever; a
 * connection closed mid-body gets 400. A refused body leaves the connection unusable: the caller
 * answers with `connection: close`.
 */
export function readBody(req: IncomingMessage, options: ReadBodyOptions): Promise<BodyRead> {
  const { limit, timeoutMs = defaultBodyTimeoutMs } = options;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({
      ok: false,
      status: 413,
      reason: `body of ${declared} bytes over the ${limit}-byte limit`,
    });
  }
  return new Promise<BodyRead>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      return true;
    };
    const settle = (result: BodyRead): void => {
      if (finish()) resolve(result);
    };
    const timer = setTimeout(() => {
      settle({
        ok: false,
        status: 408,
        reason: `body incomplete after ${timeoutMs} ms (${size} of ${Number.isFinite(declared) ? declared : 'unknown'} bytes)`,
      });
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      // Drain the rest so the client reads the 413 rather than a reset.
      req.resume();
      settle({ ok: false, status: 413, reason: `body over the ${limit}-byte limit` });
    };
    req.on('data', onData);
    req.once('end', () => settle({ ok: true, body: Buffer.concat(chunks) }));
    req.once('aborted', () =>
      settle({ ok: false, status: 400, reason: 'connection closed before the body was complete' }),
    );
    req.once('error', (error) => {
      if (finish()) reject(error);
    });
  });
}
