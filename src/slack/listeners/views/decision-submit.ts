import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { ActionId, requestActionValue } from '../../../core/conversation/actions.ts';
import type { Reply } from '../../../core/conversation/replies.ts';
import { describeFailures } from '../../delivery-report.ts';
import { teamOf, viewSubmissionPayload } from '../../payloads.ts';
import { commentActionId, commentBlockId, renderResultModal } from '../../render/modal.ts';
import { failureNotice, type SlackContext } from '../../slack-context.ts';
import { answerModal, watchDeliveries } from './modal-outcome.ts';

const decisionMetadata = z.object({ action: z.enum([ActionId.approve, ActionId.decline]), value: z.unknown() });
const commentState = z.object({ value: z.string().max(3000).nullish() });

/**
 * The Approve / Decline modal submitted: the core decides for the submitting user (never anyone a
 * value names) with the optional comment; the notifier redraws every copy and tells the requester.
 * The result shows in the modal once Slack has taken or refused every message about it: within
 * Slack's three seconds, or past the budget as "Recording your decision and letting everyone know…", then by views.update.
 */
export function decisionSubmit(ctx: SlackContext): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, body }) => {
    const payload = viewSubmissionPayload.parse(body);
    const who = ctx.speaker(teamOf(payload), payload.user.id);
    if (!who.ok) return ack({ response_action: 'update', view: renderResultModal('Decision', [who.notice]) });
    let raw: unknown;
    try {
      raw = JSON.parse(payload.view.private_metadata);
    } catch {
      raw = undefined;
    }
    const metadata = decisionMetadata.safeParse(raw);
    if (!metadata.success)
      return ack({
        response_action: 'update',
        view: renderResultModal('Decision', [
          { kind: 'notice', tone: 'error', text: 'This form is out of date: open the request again.' },
        ]),
      });
    const title = metadata.data.action === ActionId.approve ? 'Approve request' : 'Decline request';
    const comment = commentState.safeParse(payload.view.state.values[commentBlockId]?.[commentActionId]);
    const text = comment.success ? comment.data.value?.trim() : undefined;
    const requestId = requestActionValue.safeParse(metadata.data.value).data?.request;
    const deliveries = requestId ? watchDeliveries(ctx, requestId) : async () => [];
    const decision = ctx.conversation
      .handleAction(who.speaker, metadata.data.action, metadata.data.value, text ? { comment: text } : {})
      .catch((error: unknown) => {
        ctx.logger.error({ err: error, action: metadata.data.action }, 'slack decision failed');
        return [failureNotice];
      })
      .then(async (replies): Promise<Reply[]> => {
        // The decision stands; the core tells everyone in the background. The modal waits for this
        // request's deliveries however long they take, and if Slack refused to tell someone, the
        // decider hears so: never a bare "done" before Slack has taken every message.
        const failures = await deliveries();
        if (!failures.length) return replies;
        return [
          ...replies,
          {
            kind: 'notice',
            tone: 'warning',
            text: `Slack could not tell ${describeFailures(failures)} about this: please let them know yourself.`,
          },
        ];
      });

    await answerModal(ctx, ack, payload.view.id, {
      outcome: decision,
      title,
      working: 'Recording your decision and letting everyone know…',
      view: (replies) => renderResultModal(title, replies),
      // The modal is gone (closed, or Slack refused the update): the decider hears the result by DM.
      unseen: async (replies) => {
        const text = replies.flatMap((reply) => (reply.kind === 'notice' ? [reply.text] : [])).join(' ');
        await ctx.messenger
          .dmText(who.speaker.person.userId, text || 'Your decision is recorded.')
          .catch((again: unknown) => ctx.logger.error({ err: again }, 'slack could not tell the decider the result'));
      },
    });
    // The decided request leaves "awaiting" on the decider's Home tab, if they have opened it.
    await ctx.homes.refresh([who.speaker.person.userId]);
  };
}
