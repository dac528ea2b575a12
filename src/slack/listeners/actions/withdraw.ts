import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ActionId } from '../../../core/conversation/actions.ts';
import type { SlackContext } from '../../slack-context.ts';
import { actOnButton } from './action-support.ts';

/** "Withdraw request" on the requester's copy: only the requester can, as the core decides. */
export function withdraw(ctx: SlackContext): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    await actOnButton(ctx, ActionId.withdraw, body, respond);
  };
}
