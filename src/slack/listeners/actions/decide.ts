import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decisionView, type DecisionAction } from '../../blocks/modal.blocks.ts';
import { parseButtonValue } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { pressedButton, tellPresser } from './action-support.ts';

/**
 * Approve / Decline: opens a small modal for an optional comment at once (trigger ids last three
 * seconds, and nothing slow runs first). The decision itself is made on submit, by the core, for
 * the user who submits.
 */
export function decide(ctx: SlackContext, action: DecisionAction): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return tellPresser(ctx, pressed, respond, [pressed.notice]);
    const triggerId = pressed.payload.trigger_id;
    if (!triggerId) return;
    await ctx.messenger.openView(triggerId, decisionView(action, parseButtonValue(pressed.value)));
  };
}
