import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Speaker, SubmitOutcome } from '../../../core/conversation/conversation.ts';
import type { Reply } from '../../../core/conversation/replies.ts';
import { describeFailures, type FailedDelivery } from '../../delivery-report.ts';
import { readFormAnswers } from '../../form-state.ts';
import { teamOf, viewSubmissionPayload } from '../../payloads.ts';
import { type FormValues, inlineErrors, renderRequestForm } from '../../render/form.ts';
import { renderResultModal } from '../../render/modal.ts';
import { failureNotice, type SlackContext } from '../../slack-context.ts';
import { answerModal, watchDeliveries } from './modal-outcome.ts';
import { postRequesterCopy } from './requester-copy.ts';

const formMetadata = z.object({ flow: z.string().min(1).max(100) });

const title = 'Request approval';

type Outcome = SubmitOutcome | { ok: false; notice: Reply };

/** The core's outcome and, for a recorded request, the request messages Slack refused. */
interface Submitted {
  readonly outcome: Outcome;
  readonly failures: readonly FailedDelivery[];
}

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
    const deliveries = watchDeliveries(ctx, requestId);
    const submission: Promise<Submitted> = ctx.conversation
      .submitRequest(who.speaker, form.flow.id, answers, requestId)
      // The core returns once the request is recorded and delivers in the background; the form says
      // "sent" only for what Slack took, so it waits for this request's deliveries however long they take.
      .then(async (outcome) => ({ outcome, failures: outcome.ok ? await deliveries() : [] }))
      .catch((error: unknown) => {
        ctx.logger.error({ err: error, flow: form.flow.id }, 'slack request submission failed');
        return { outcome: { ok: false, notice: failureNotice }, failures: [] };
      });

    const { outcome } = await answerModal(ctx, ack, payload.view.id, {
      outcome: submission,
      title,
      working: 'Sending your request…',
      view: ({ outcome, failures }) => outcomeView(outcome, answers, failures),
      errors: ({ outcome }) => (!outcome.ok && 'form' in outcome ? inlineErrors(outcome.form) : undefined),
      // The person may have closed the modal meanwhile. A sent request reaches them by DM below; a
      // refused one would otherwise be heard of nowhere, so they get a DM saying what to fix.
      unseen: async ({ outcome }) => {
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
      },
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
