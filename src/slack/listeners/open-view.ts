import type { types } from '@slack/bolt';
import type { NoticeReply } from '../../core/conversation/replies.ts';
import type { SlackContext } from '../slack-context.ts';
import { slackErrorCode } from '../slack-errors.ts';

/**
 * Opens a modal from a click's or command's trigger id; if Slack refuses (an expired trigger, a
 * view it will not draw), `tell` gets a notice saying what happened and what to do.
 */
export async function openViewOrExplain(
  ctx: SlackContext,
  triggerId: string,
  view: types.ModalView,
  tell: (notice: NoticeReply) => Promise<void>,
): Promise<void> {
  try {
    await ctx.messenger.openView(triggerId, view);
  } catch (error) {
    const code = slackErrorCode(error);
    ctx.logger.warn({ err: error, code }, 'slack modal refused');
    const text =
      code === 'expired_trigger_id'
        ? 'Slack did not open the form: it answered too slowly (Slack allows three seconds after a click). Please try again.'
        : `Slack could not open the form (${code}). Please try again in a minute; if it happens again, tell your Policy Desk admin (the log has the details).`;
    await tell({ kind: 'notice', tone: 'error', text });
  }
}
