import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { parseButtonValue } from '../../payloads.ts';
import { renderAnswer } from '../../render/answer.ts';
import { renderNotice } from '../../render/notice.ts';
import { shareReference } from '../../shared-questions.ts';
import type { SlackContext } from '../../slack-context.ts';
import { slackErrorCode } from '../../slack-errors.ts';
import { ask } from '../ask.ts';
import { respondPrivately } from '../respond.ts';
import { pressedButton } from './action-support.ts';

const outOfDate = 'That Share button is out of date (a share lasts 30 minutes): ask the question again with /policy.';

/**
 * "Share to channel" under a private `/policy` answer. The button carries a reference to the sealed
 * question (never the text); the core answers it again (the answer is never taken from the button)
 * and it is posted in the conversation through the response_url, which works in any channel or DM
 * the command was used in, bot member or not. If Slack refuses the post, the person is told.
 */
export function shareAnswer(ctx: SlackContext): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return respondPrivately(respond, renderNotice(pressed.notice), ctx.logger);
    const reference = shareReference.safeParse(parseButtonValue(pressed.value));
    const opened = reference.success ? await ctx.shares.open(reference.data, pressed.payload.user.id) : undefined;
    if (!opened?.ok)
      return respondPrivately(respond, renderNotice({ kind: 'notice', tone: 'error', text: outOfDate }), ctx.logger);
    const reply = ask(ctx.conversation, pressed.speaker, opened.question);
    if (reply.kind === 'notice') return respondPrivately(respond, renderNotice(reply), ctx.logger);
    // A disclosure is never shared into a channel: the person gets the reporting route privately.
    if (reply.kind === 'concern')
      return respondPrivately(
        respond,
        renderNotice({
          kind: 'notice',
          tone: 'warning',
          text: 'This cannot be shared. Follow the reporting route shown above.',
        }),
        ctx.logger,
      );
    const message = renderAnswer(reply, { sharedBy: pressed.payload.user.id });
    try {
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
      });
    } catch (error) {
      ctx.logger.warn({ err: error }, 'slack shared answer was refused');
      await respondPrivately(
        respond,
        renderNotice({
          kind: 'notice',
          tone: 'error',
          text: `Slack did not accept the shared answer (${slackErrorCode(error)}), so nothing was posted. Try Share again, or ask in the channel by mentioning the app.`,
        }),
        ctx.logger,
      );
    }
  };
}
