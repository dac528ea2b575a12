import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { eventEnvelope, messageEvent } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { answerQuestion } from './answer-message.ts';

/** A direct message to the bot: answered in the DM, once per event id. Edits, joins and bot messages are ignored. */
export function messageIm(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ body, event }) => {
    const envelope = eventEnvelope.parse(body);
    const message = messageEvent.safeParse(event);
    if (!message.success) return;
    const dm = message.data;
    if (dm.channel_type !== 'im' || dm.subtype || dm.bot_id || !dm.user) return;
    await ctx.deduper.run(envelope.event_id, () => answerQuestion(ctx, { teamId: envelope.team_id ?? dm.team, userId: dm.user!, channel: dm.channel, text: dm.text }));
  };
}
