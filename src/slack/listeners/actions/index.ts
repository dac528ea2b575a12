import type { App } from '@slack/bolt';
import { ActionId } from '../../../core/conversation/actions.ts';
import { HomePageActionId } from '../../render/home.ts';
import type { SlackContext } from '../../slack-context.ts';
import { decide } from './decide.ts';
import { feedback } from './feedback.ts';
import { homePage } from './home-page.ts';
import { shareAnswer } from './share-answer.ts';
import { startRequest } from './start-request.ts';
import { vote } from './vote.ts';
import { withdraw } from './withdraw.ts';

/** Registers a listener for every button action id the blocks emit. */
export function register(app: App, ctx: SlackContext): void {
  app.action(ActionId.startRequest, startRequest(ctx));
  app.action(ActionId.feedbackHelpful, feedback(ctx, ActionId.feedbackHelpful));
  app.action(ActionId.feedbackUnhelpful, feedback(ctx, ActionId.feedbackUnhelpful));
  app.action(ActionId.shareAnswer, shareAnswer(ctx));
  app.action(ActionId.approve, decide(ctx, ActionId.approve));
  app.action(ActionId.decline, decide(ctx, ActionId.decline));
  app.action(ActionId.voteFor, vote(ctx, ActionId.voteFor));
  app.action(ActionId.voteAgainst, vote(ctx, ActionId.voteAgainst));
  app.action(ActionId.voteAbstain, vote(ctx, ActionId.voteAbstain));
  app.action(ActionId.withdraw, withdraw(ctx));
  // The Home tab's own paging buttons (one action id each: ids are unique within a block).
  app.action(`${HomePageActionId}:prev`, homePage(ctx));
  app.action(`${HomePageActionId}:next`, homePage(ctx));
}
