import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { eventEnvelope, messageEvent } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { answerQuestion, maxSlackRetries } from './answer-message.ts';

/** A direct message to the bot: answered in the DM (in its thread, if asked in one), once per event id. Edits, joins and bot messages are ignored. */
export function messageIm(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ body, event, context }) => {
    const envelope = eventEnvelope.parse(body);
    const message = messageEvent.safeParse(event);
    if (!message.success) return;
    const dm = message.data;
    if (dm.channel_type !== 'im' || dm.subtype || dm.bot_id || !dm.user) return;
    await ctx.deduper.run(envelope.event_id, () =>
      answerQuestion(ctx, {
        teamId: envelope.team_id ?? dm.team,
        userId: dm.user!,
        channel: dm.channel,
        text: dm.text,
        inChannel: false,
        retriesLeft: (context.retryNum ?? 0) < maxSlackRetries,
        botUserId: context.botUserId,
        ...(dm.thread_ts ? { threadTs: dm.thread_ts } : {}),
      }),
    );
  };
}
