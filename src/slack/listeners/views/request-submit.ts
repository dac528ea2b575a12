import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Speaker, SubmitOutcome } from '../../../core/conversation/conversation.ts';
import type { Reply } from '../../../core/conversation/replies.ts';
import { describeFailures, type FailedDelivery } from '../../delivery-report.ts';
import { readFormAnswers } from '../../form-state.ts';
import { teamOf, viewSubmissionPayload } from '../../payloads.ts';
import { type FormValues, inlineErrors, renderRequestForm } from '../../render/form.ts';
import { renderResultModal, renderWorkingModal } from '../../render/modal.ts';
import { failureNotice, type SlackContext, withinBudget } from '../../slack-context.ts';
import { postRequesterCopy } from './requester-copy.ts';

const formMetadata = z.object({ flow: z.string().min(1).max(100) });

const title = 'Request approval';

type Outcome = SubmitOutcome | { ok: false; notice: Reply };

/** The request id for a modal: its view id, so submitting the same modal twice makes one request. */
export function submissionId(viewId: string): string {
  return `slack-${viewId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`.slice(0, 64);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A submitted request form. The core validates before it touches the store, so field errors come
 * back at once and go inline on their fields (`response_action: 'errors'`). A valid request is
 * stored and routed; if the store or Slack's delivery of the request messages is slower than the
 * budget, the modal is acknowledged with a "sending" view inside Slack's three seconds and updated
 * (views.update) once every message is delivered or refused: never "Request sent" before that.
 */
export function requestSubmit(ctx: SlackContext): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, body }) => {
    const payload = viewSubmissionPayload.parse(body);
    const who = ctx.speaker(teamOf(payload), payload.user.id);
    if (!who.ok) return ack({ response_action: 'update', view: renderResultModal(title, [who.notice]) });
    const metadata = formMetadata.safeParse(parseJson(payload.view.private_metadata));
    const notice = (text: string): Reply => ({ kind: 'notice', tone: 'error', text });
    if (!metadata.success)
      return ack({
        response_action: 'update',
        view: renderResultModal(title, [notice('This form is out of date: use /request to start again.')]),
      });
    const form = ctx.conversation.requestForm(who.speaker.org, metadata.data.flow);
    if (form.kind !== 'request-form') return ack({ response_action: 'update', view: renderResultModal(title, [form]) });
    const answers = readFormAnswers(form, payload.view.state.values);
    const requestId = submissionId(payload.view.id);
    const failedBefore = ctx.report.count(requestId);
    const submission: Promise<Outcome> = ctx.conversation
      .submitRequest(who.speaker, form.flow.id, answers, requestId)
      .then(async (outcome) => {
        // The core returns once the request is recorded and delivers in the background; the form says
        // "sent" only for what Slack took, so it waits for this request's deliveries however long they
        // take. The ack below does not wait: past the budget the modal says "Sending…" until they settle.
        if (outcome.ok) await ctx.conversation.delivered(outcome.request.id);
        return outcome;
      })
      .catch((error: unknown) => {
        ctx.logger.error({ err: error, flow: form.flow.id }, 'slack request submission failed');
        return { ok: false, notice: failureNotice };
      });

    const early = await withinBudget(submission, ctx.viewAckBudgetMs);
    if (early.done) {
      const outcome = early.value;
      if (!outcome.ok && 'form' in outcome) {
        const errors = inlineErrors(outcome.form);
        if (errors) return ack({ response_action: 'errors', errors });
      }
      await ack({
        response_action: 'update',
        view: outcomeView(outcome, answers, ctx.report.since(requestId, failedBefore)),
      });
      await afterSubmit(ctx, who.speaker, outcome);
      return;
    }
    await ack({ response_action: 'update', view: renderWorkingModal(title, 'Sending your request…') });
    const outcome = await submission;
    await ctx.messenger
      .updateView(payload.view.id, outcomeView(outcome, answers, ctx.report.since(requestId, failedBefore)))
      .catch(async (error: unknown) => {
        // The person may have closed the modal meanwhile. A sent request reaches them by DM below; a
        // refused one would otherwise be heard of nowhere, so they get a DM saying what to fix.
        ctx.logger.info({ err: error }, 'slack modal update after submission failed');
        if (outcome.ok) return;
        const problems =
          'form' in outcome
            ? Object.values(outcome.form.errors).join(' ')
            : outcome.notice.kind === 'notice'
              ? outcome.notice.text
              : '';
        await ctx.messenger
          .dmText(
            who.speaker.person.userId,
            `Your request “${form.flow.title}” was not sent. ${problems} Start it again with /request ${form.flow.id}.`.replace(
              /\s+/g,
              ' ',
            ),
          )
          .catch((again: unknown) =>
            ctx.logger.error({ err: again }, 'slack could not tell the requester their form was refused'),
          );
      });
    await afterSubmit(ctx, who.speaker, outcome);
  };
}

/**
 * What the modal shows once the core is done. "Request sent" only when every request message
 * reached Slack; otherwise it says what is recorded and whom it did not reach.
 */
function outcomeView(outcome: Outcome, answers: FormValues, failures: readonly FailedDelivery[]) {
  if (outcome.ok && failures.length) {
    const warning: Reply = {
      kind: 'notice',
      tone: 'warning',
      text: `Your request is recorded, but Slack could not deliver it to ${describeFailures(failures)}. They can still find it on the Policy Desk app's Home tab: let them know it is waiting, or tell your Policy Desk admin.`,
    };
    return renderResultModal('Request recorded', [
      warning,
      ...outcome.replies.filter((reply) => reply.kind !== 'notice'),
    ]);
  }
  if (outcome.ok) return renderResultModal('Request sent', outcome.replies);
  if ('form' in outcome) return renderRequestForm(outcome.form, { values: answers, showErrors: true });
  return renderResultModal(title, [outcome.notice]);
}

async function afterSubmit(ctx: SlackContext, speaker: Speaker, outcome: Outcome): Promise<void> {
  // Submitting the same modal twice makes one request, and one requester copy.
  if (outcome.ok && (await ctx.log.claimRequesterCopy(outcome.request.id, new Date().toISOString())))
    await postRequesterCopy(ctx, speaker, outcome.replies);
}
