import type { RespondFn } from '@slack/bolt';
import type { Logger } from '../../adapters/logger.ts';
import { PolicyDeskError } from '../../core/errors.ts';
import type { SlackMessage } from '../render/kit.ts';
import { slackErrorCode } from '../slack-errors.ts';

/**
 * Answers through the payload's response_url with a message only the person who acted sees. If
 * Slack refuses it (blocks it will not draw, an expired response_url), the person is told so in
 * plain text with what to do, rather than hearing nothing.
 */
export async function respondPrivately(respond: RespondFn, message: SlackMessage, logger: Logger): Promise<void> {
  try {
    await checked(
      respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks }),
    );
  } catch (error) {
    const code = slackErrorCode(error);
    logger.warn({ err: error, code }, 'slack response_url message refused');
    try {
      await checked(
        respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `:warning: Policy Desk could not show its reply here: Slack refused it (${code}). Please try again in a minute; if it happens again, tell your Policy Desk admin (the log has the details).`,
        }),
      );
    } catch (again) {
      logger.error({ err: again, code: slackErrorCode(again) }, 'slack could not tell the person their reply failed');
    }
  }
}

/** response_url answers `ok: false` in a 200 body for some refusals; Bolt's respond only throws on a non-2xx status. */
async function checked(sent: Promise<unknown>): Promise<void> {
  const response = await sent;
  if (!(response instanceof Response)) return;
  const text = await response.text().catch(() => '');
  if (!text.trimStart().startsWith('{')) return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  const error =
    (body as { ok?: unknown; error?: unknown }).ok === false ? (body as { error?: unknown }).error : undefined;
  if (error !== undefined)
    throw Object.assign(
      new PolicyDeskError('policy_desk_platform_error', `slack: response_url refused the message (${String(error)})`),
      { data: { error: String(error) } },
    );
}
