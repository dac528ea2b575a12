import type { App } from '@slack/bolt';
import type { SlackContext } from '../../slack-context.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { appUninstalled, tokensRevoked } from './app-uninstalled.ts';
import { messageIm } from './message-im.ts';

/** Registers the Events API listeners (the manifest's `message.im` arrives as a `message` event; uninstalls remove installations). */
export function register(app: App, ctx: SlackContext): void {
  app.event('app_mention', appMention(ctx));
  app.event('message', messageIm(ctx));
  app.event('app_home_opened', appHomeOpened(ctx));
  app.event('app_uninstalled', appUninstalled(ctx));
  app.event('tokens_revoked', tokensRevoked(ctx));
}
