import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** How far a request's timestamp may be from now, either way (Slack's rule: five minutes). */
export const maxClockSkewSeconds = 5 * 60;

/** Why a request was refused, with the HTTP status to answer. */
export type RequestRefusal = { readonly status: 400 | 401 | 408 | 413; readonly reason: string };

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
