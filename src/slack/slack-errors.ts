import { PolicyDeskError } from '../core/errors.ts';

/**
 * Slack's reason for a failed call, for logs and for telling people what happened: the Web API's
 * `error` field (`invalid_blocks`, `channel_not_found`…), a response_url's HTTP status, or the
 * error's own code or message.
 */
export function slackErrorCode(error: unknown): string {
  const e = error as
    | { data?: { error?: unknown }; code?: unknown; statusCode?: unknown; message?: unknown }
    | undefined;
  if (typeof e?.data?.error === 'string') return e.data.error;
  // Policy Desk's own refusal of what Slack answered ("chat.postMessage returned no ts"): its words say more than its code.
  if (error instanceof PolicyDeskError) return error.message;
  if (typeof e?.statusCode === 'number') return `HTTP ${e.statusCode}`;
  if (typeof e?.code === 'string' && e.code !== 'slack_webapi_platform_error') return e.code;
  return typeof e?.message === 'string' ? e.message : 'unknown error';
}

const transient = new Set([
  'internal_error',
  'fatal_error',
  'ratelimited',
  'service_unavailable',
  'request_timeout',
  'slack_webapi_request_error',
  'slack_webapi_rate_limited_error',
  'slack_webapi_http_error',
]);

/** Whether Slack failed in a way that may pass if tried again (an outage, a rate limit), rather than refusing the message. */
export function isTransient(error: unknown): boolean {
  const e = error as { data?: { error?: unknown }; code?: unknown } | undefined;
  return transient.has(String(e?.data?.error)) || transient.has(String(e?.code));
}
