import type { App } from '@slack/bolt';
import type { SlackContext } from '../../slack-context.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { messageIm } from './message-im.ts';

/** Every event type listened to (the manifest subscribes to `message.im`, which arrives as `message`). */
export const eventTypes = ['app_mention', 'message', 'app_home_opened'] as const;

/** Registers the Events API listeners. */
export function register(app: App, ctx: SlackContext): void {
  app.event('app_mention', appMention(ctx));
  app.event('message', messageIm(ctx));
  app.event('app_home_opened', appHomeOpened(ctx));
}
