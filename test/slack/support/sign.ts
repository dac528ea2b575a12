import { createHmac } from 'node:crypto';

/** The signing secret the tests configure. */
export const testSigningSecret = 'test-secret';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A body and its content type, as Slack sends each kind of request. */
export interface SlackBody {
  readonly body: string;
  readonly contentType: string;
}

/** A slash command: application/x-www-form-urlencoded fields. */
export function commandBody(fields: Readonly<Record<string, string>>): SlackBody {
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** Interactivity (block_actions, view_submission): one `payload=` form field holding JSON. */
export function interactionBody(payload: unknown): SlackBody {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** An Events API envelope: JSON. */
export function eventBody(envelope: unknown): SlackBody {
  return { body: JSON.stringify(envelope), contentType: 'application/json' };
}

/** Signs requests with a secret and a clock (seconds come from `now`, injectable to test expiry). */
export class SlackSigner {
  constructor(
    readonly secret: string = testSigningSecret,
    readonly now: () => number = Date.now,
  ) {}

  /** The headers of a signed request; `offsetSeconds` moves its timestamp away from now. */
  headers(request: SlackBody, options: { offsetSeconds?: number; retryNum?: number } = {}): Record<string, string> {
    const timestamp = Math.floor(this.now() / 1000) + (options.offsetSeconds ?? 0);
    return {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(this.secret, timestamp, request.body),
      ...(options.retryNum !== undefined
        ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
        : {}),
    };
  }
}

/** The outcome of one POST: status, body text and how long the response took (ms). */
export interface PostResult {
  readonly status: number;
  readonly text: string;
  readonly ms: number;
}

/** POSTs a body with the given headers and times the response. */
export async function post(url: string, request: SlackBody, headers: Record<string, string>): Promise<PostResult> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: request.body });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}
