import type { AckFn, types, ViewResponseAction } from '@slack/bolt';
import type { FailedDelivery } from '../../delivery-report.ts';
import { renderWorkingModal } from '../../render/modal.ts';
import { type SlackContext, withinBudget } from '../../slack-context.ts';

/**
 * Starts watching what Slack refuses for a request. The returned wait resolves once every message
 * queued for the request so far is delivered or refused, however long Slack takes, to the refusals
 * since this call (so one command reads only its own). A modal reports on its messages only after
 * that: never "sent" or "done" for what Slack has not yet taken.
 */
export function watchDeliveries(ctx: SlackContext, requestId: string): () => Promise<readonly FailedDelivery[]> {
  const before = ctx.report.count(requestId);
  return async () => {
    await ctx.conversation.delivered(requestId);
    return ctx.report.since(requestId, before);
  };
}

/** How a submitted modal shows the outcome of its work. */
export interface ModalOutcome<T> {
  /** The work, settled only once everything the modal reports on has (deliveries included); it must not reject. */
  readonly outcome: Promise<T>;
  /** The modal's title while it works. */
  readonly title: string;
  /** What the modal says while it waits past the budget ("Sending your request…"). */
  readonly working: string;
  /** The modal for the outcome. */
  readonly view: (outcome: T) => types.ModalView;
  /** Inline field errors for an outcome in time (`response_action: 'errors'`), instead of `view`. */
  readonly errors?: (outcome: T) => Record<string, string> | undefined;
  /** Tells the person another way when the modal can no longer be updated (closed, or refused by Slack). */
  readonly unseen: (outcome: T, error: unknown) => Promise<void>;
}

/**
 * Answers a modal submission with its outcome. The budget decides only when to acknowledge, never
 * what is reported: an outcome in time is the acknowledgement (inside Slack's three seconds); a
 * slower one leaves the modal on a "working" view, then updates it (views.update) once the outcome
 * is settled, however long that takes. Resolves to the outcome, for the listener's follow-up.
 */
export async function answerModal<T>(
  ctx: SlackContext,
  ack: AckFn<ViewResponseAction>,
  viewId: string,
  answer: ModalOutcome<T>,
): Promise<T> {
  const early = await withinBudget(answer.outcome, ctx.viewAckBudgetMs);
  if (early.done) {
    const errors = answer.errors?.(early.value);
    await ack(
      errors ? { response_action: 'errors', errors } : { response_action: 'update', view: answer.view(early.value) },
    );
    return early.value;
  }
  await ack({ response_action: 'update', view: renderWorkingModal(answer.title, answer.working) });
  const outcome = await answer.outcome;
  await ctx.messenger.updateView(viewId, answer.view(outcome)).catch(async (error: unknown) => {
    ctx.logger.info({ err: error, modal: answer.title }, 'slack modal update with the outcome failed');
    await answer.unseen(outcome, error);
  });
  return outcome;
}
