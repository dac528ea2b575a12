import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { eventEnvelope, messageEvent } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { answerQuestion, maxSlackRetries } from './answer-message.ts';

/** `@Policy Desk <question>` in a channel: answered in the thread, once per event id. */
export function appMention(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ body, event, context }) => {
    const envelope = eventEnvelope.parse(body);
    await ctx.deduper.run(envelope.event_id, async () => {
      const mention = messageEvent.parse(event);
      if (!mention.user || mention.bot_id) return;
      await answerQuestion(ctx, {
        teamId: envelope.team_id ?? mention.team,
        userId: mention.user,
        channel: mention.channel,
        text: mention.text,
        threadTs: mention.thread_ts ?? mention.ts,
        inChannel: true,
        retriesLeft: (context.retryNum ?? 0) < maxSlackRetries,
        botUserId: context.botUserId,
      });
    });
  };
}
