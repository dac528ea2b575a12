import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { readBody } from '../http/read-body.ts';

/** The largest JSON body the playground API reads (bytes). */
export const maxBodyBytes = 32 * 1024;

/** Why an API call was refused: an HTTP status, a stable code and a message saying what to fix. */
export interface ApiProblem {
  readonly status: 400 | 404 | 405 | 408 | 413 | 415 | 503;
  readonly code: string;
  readonly message: string;
}

/** A parsed input or the problem with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const problem = (status: ApiProblem['status'], code: string, message: string): { ok: false; problem: ApiProblem } => ({
  ok: false,
  problem: { status, code, message },
});

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

/**
 * Reads a JSON body and parses it with `schema`. Refuses anything but `application/json` (415,
 * which also keeps plain cross-site form posts out), bodies over `limit` bytes (413, counted as
 * they arrive, not trusted from Content-Length), bad JSON and bodies the schema rejects (400).
 */
export async function readJsonBody<T>(
  req: IncomingMessage,
  schema: z.ZodType<T>,
  limit = maxBodyBytes,
): Promise<Parsed<T>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    req.resume();
    return problem(
      415,
      'playground_unsupported_media_type',
      'Send the body as JSON with Content-Type: application/json.',
    );
  }
  const read = await readBody(req, { limit });
  if (!read.ok) {
    if (read.status === 413)
      return problem(413, 'playground_body_too_large', `The body is larger than ${limit} bytes.`);
    return problem(
      read.status,
      'playground_body_incomplete',
      'The body stopped arriving before it was complete: send it again.',
    );
  }
  const body = read.body;
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return problem(400, 'playground_bad_json', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : problem(400, 'playground_invalid_input', issuesText(parsed.error));
}

/** Parses a request's query string with `schema`. */
export function readQuery<T>(req: IncomingMessage, schema: z.ZodType<T>): Parsed<T> {
  const url = new URL(req.url ?? '/', 'http://playground.local');
  const parsed = schema.safeParse(Object.fromEntries(url.searchParams));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : problem(400, 'playground_invalid_input', issuesText(parsed.error));
}

/** Headers every playground response carries: no framing, no sniffing, scripts and styles from this server only. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
};

/** Writes a JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, {
      ...securityHeaders,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(JSON.stringify(body));
}

/** Writes a refusal as `{ error: { code, message } }`. */
export function sendProblem(res: ServerResponse, refusal: ApiProblem): void {
  sendJson(res, refusal.status, { error: { code: refusal.code, message: refusal.message } });
}

/** Writes an HTML page. */
export function sendHtml(
  res: ServerResponse,
  status: number,
  markup: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  res
    .writeHead(status, {
      ...securityHeaders,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(markup);
}
