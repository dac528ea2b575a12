import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ActionId } from '../../../core/conversation/actions.ts';
import type { SlackContext } from '../../slack-context.ts';
import { actOnButton } from './action-support.ts';

/** Helpful / Not helpful under an answer: recorded once per person and answer by the core. */
export function feedback(
  ctx: SlackContext,
  action: typeof ActionId.feedbackHelpful | typeof ActionId.feedbackUnhelpful,
): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    await actOnButton(ctx, action, body, respond);
  };
}
