import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ActionId } from '../../../core/conversation/actions.ts';
import type { SlackContext } from '../../slack-context.ts';
import { actOnButton } from './action-support.ts';

/** The three vote buttons. */
export type VoteAction = typeof ActionId.voteFor | typeof ActionId.voteAgainst | typeof ActionId.voteAbstain;

/**
 * For / Against / Abstain on a board request: the core checks the voter (a non-trustee is refused
 * there, privately) and the notifier redraws every copy with the new tally.
 */
export function vote(ctx: SlackContext, action: VoteAction): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    await actOnButton(ctx, action, body, respond);
  };
}
