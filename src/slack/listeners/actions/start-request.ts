import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ActionId } from '../../../core/conversation/actions.ts';
import { parseButtonValue } from '../../payloads.ts';
import { renderRequestForm } from '../../render/form.ts';
import type { SlackContext } from '../../slack-context.ts';
import { openViewOrExplain } from '../open-view.ts';
import { pressedButton, tellPresser } from './action-support.ts';

/**
 * "Request approval" / "Start": opens the flow's form as a modal. The core draws the form from
 * memory (no store call), so views.open runs at once with the click's trigger id.
 */
export function startRequest(ctx: SlackContext): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return tellPresser(ctx, pressed, respond, [pressed.notice]);
    const replies = await ctx.conversation.handleAction(
      pressed.speaker,
      ActionId.startRequest,
      parseButtonValue(pressed.value),
    );
    const form = replies.find((reply) => reply.kind === 'request-form');
    const triggerId = pressed.payload.trigger_id;
    if (form && triggerId)
      return openViewOrExplain(ctx, triggerId, renderRequestForm(form), (notice) =>
        tellPresser(ctx, pressed, respond, [notice]),
      );
    await tellPresser(ctx, pressed, respond, replies);
  };
}
