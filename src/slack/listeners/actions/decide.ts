import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { requestActionValue } from '../../../core/conversation/actions.ts';
import { parseButtonValue } from '../../payloads.ts';
import { type DecisionAction, renderDecisionModal } from '../../render/modal.ts';
import { type SlackContext, withinBudget } from '../../slack-context.ts';
import { openViewOrExplain } from '../open-view.ts';
import { pressedButton, tellPresser } from './action-support.ts';

/** How long the click waits for the request's title before opening the modal without it (trigger ids last three seconds). */
const titleBudgetMs = 1000;

/**
 * Approve / Decline: opens a small modal for an optional comment at once (trigger ids last three
 * seconds, and nothing slow runs first). The decision itself is made on submit, by the core, for
 * the user who submits. The modal names the request it decides.
 */
export function decide(ctx: SlackContext, action: DecisionAction): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return tellPresser(ctx, pressed, respond, [pressed.notice]);
    const triggerId = pressed.payload.trigger_id;
    if (!triggerId) return;
    const value = parseButtonValue(pressed.value);
    // Name the request in the modal when the store answers quickly; the trigger id will not wait long.
    const requestId = requestActionValue.safeParse(value).data?.request;
    const loaded = requestId
      ? await withinBudget(
          ctx.conversation.requestView(requestId, pressed.speaker.person, pressed.speaker.org).catch(() => undefined),
          titleBudgetMs,
        )
      : undefined;
    const drawn = loaded?.done ? loaded.value : undefined;
    const subject =
      drawn?.kind === 'request'
        ? { title: drawn.title, requester: drawn.request.requester.name, id: drawn.request.id }
        : requestId
          ? { id: requestId }
          : undefined;
    await openViewOrExplain(ctx, triggerId, renderDecisionModal(action, value, subject), (notice) =>
      tellPresser(ctx, pressed, respond, [notice]),
    );
  };
}
