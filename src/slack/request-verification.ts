import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** How far a request's timestamp may be from now, either way (Slack's rule: five minutes). */
export const maxClockSkewSeconds = 5 * 60;

/** Why a request was refused, with the HTTP status to answer. */
export type RequestRefusal = { readonly status: 400 | 401 | 408 | 413; readonly reason: string };

/** How long a request body may take to arrive in full (Slack itself gives up after three seconds). */
export const defaultBodyTimeoutMs = 10_000;

/**
 * Checks a Slack request signature (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`). Unlike Bolt's own
 * check, a timestamp too far in the future is refused as well as a stale one, and the clock is a
 * parameter so expiry is testable.
 */
export function verifySlackSignature(input: {
  readonly signingSecret: string;
  readonly body: Buffer;
  readonly signature: string | undefined;
  readonly timestamp: string | undefined;
  readonly nowMs: number;
}): RequestRefusal | undefined {
  const { signature, timestamp } = input;
  if (!signature || !timestamp) return { status: 401, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { status: 401, reason: 'malformed timestamp' };
  const skew = Math.abs(Math.floor(input.nowMs / 1000) - Number(timestamp));
  if (skew > maxClockSkewSeconds) return { status: 401, reason: 'timestamp outside five minutes' };
  const [version, hash] = signature.split('=');
  if (version !== 'v0' || !hash || !/^[0-9a-f]{64}$/.test(hash)) return { status: 401, reason: 'malformed signature' };
  const expected = createHmac('sha256', input.signingSecret).update(`v0:${timestamp}:`).update(input.body).digest();
  if (!timingSafeEqual(Buffer.from(hash, 'hex'), expected)) return { status: 401, reason: 'signature mismatch' };
  return undefined;
}

/**
 * Reads a request body up to `limit` bytes; a longer one (declared or actual) is refused with 413.
 * The rest of a refused body is drained, not cut off, so the client reads the 413 instead of a reset.
 * A body that stops arriving (a Content-Length larger than what was sent) is refused with 408 after
 * `timeoutMs` instead of waiting for ever; a connection closed mid-body gets 400.
 */
export function readBody(req: IncomingMessage, limit: number, timeoutMs: number = defaultBodyTimeoutMs): Promise<{ ok: true; body: Buffer } | { ok: false; refusal: RequestRefusal }> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, refusal: { status: 413, reason: `body of ${declared} bytes over the ${limit}-byte limit` } });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: { ok: true; body: Buffer } | { ok: false; refusal: RequestRefusal }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      settle({ ok: false, refusal: { status: 408, reason: `body incomplete after ${timeoutMs} ms (${size} of ${Number.isFinite(declared) ? declared : 'unknown'} bytes)` } });
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, refusal: { status: 413, reason: `body over the ${limit}-byte limit` } });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, body: Buffer.concat(chunks) }));
    req.on('aborted', () => settle({ ok: false, refusal: { status: 400, reason: 'connection closed before the body was complete' } }));
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * True for Slack's `ssl_check` (sent unsigned, form-encoded, when a slash command URL is saved or
 * checked): it is answered 200 with nothing run, as Bolt's own receivers do.
 */
export function isSslCheck(contentType: string | undefined, body: Buffer): boolean {
  if (!contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) return false;
  return new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1';
}

/** One header's value, or undefined when absent or repeated (a repeated signature header is not trusted). */
export function singleHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}
