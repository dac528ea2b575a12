import type { App } from '@slack/bolt';
import type { SlackContext } from '../../slack-context.ts';
import { policyCommand, policyCommandName } from './policy-command.ts';
import { requestCommand, requestCommandName } from './request-command.ts';

/** Registers the slash command listeners. */
export function register(app: App, ctx: SlackContext): void {
  app.command(policyCommandName, policyCommand(ctx));
  app.command(requestCommandName, requestCommand(ctx));
}
