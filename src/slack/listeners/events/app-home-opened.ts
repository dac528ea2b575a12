import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { eventEnvelope, homeOpenedEvent } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';

/** Opening the app's Home tab publishes it: my requests and what awaits my decision or vote. */
export function appHomeOpened(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return async ({ body, event }) => {
    const envelope = eventEnvelope.parse(body);
    const opened = homeOpenedEvent.parse(event);
    if (opened.tab !== undefined && opened.tab !== 'home') return;
    const who = ctx.speaker(envelope.team_id, opened.user);
    if (!who.ok) return;
    await ctx.deduper.run(envelope.event_id, () => ctx.homes.publish(who.speaker));
  };
}
