import type { App } from '@slack/bolt';
import { SubmitRequestFormId } from '../../../core/conversation/actions.ts';
import { DecisionFormId } from '../../render/modal.ts';
import type { SlackContext } from '../../slack-context.ts';
import { decisionSubmit } from './decision-submit.ts';
import { requestSubmit } from './request-submit.ts';

/** Registers the modal submission listeners. */
export function register(app: App, ctx: SlackContext): void {
  app.view(SubmitRequestFormId, requestSubmit(ctx));
  app.view(DecisionFormId, decisionSubmit(ctx));
}
