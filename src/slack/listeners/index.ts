import type { App } from '@slack/bolt';
import type { SlackContext } from '../slack-context.ts';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import * as events from './events/index.ts';
import * as views from './views/index.ts';

/** Registers every listener: slash commands, events, button actions and modal submissions. */
export function registerListeners(app: App, ctx: SlackContext): void {
  commands.register(app, ctx);
  events.register(app, ctx);
  actions.register(app, ctx);
  views.register(app, ctx);
}
