import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { commandPayload } from '../../payloads.ts';
import { renderAnswer } from '../../render/answer.ts';
import { renderConcern } from '../../render/concern.ts';
import { renderNotice } from '../../render/notice.ts';
import type { SlackContext } from '../../slack-context.ts';
import { ask } from '../ask.ts';
import { respondPrivately } from '../respond.ts';

/** The slash command that asks a question. */
export const policyCommandName = '/policy';

/**
 * `/policy <question>`: acknowledged at once, then answered privately (the answer is ~1 ms of work)
 * with a "Share to channel" button that carries a reference to the sealed question, never its text.
 * A disclosure gets the reporting route, nothing to share, and nothing is sealed or stored.
 */
export function policyCommand(ctx: SlackContext): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ ack, body, respond }) => {
    await ack();
    const command = commandPayload.parse(body);
    const who = ctx.speaker(command.team_id, command.user_id);
    if (!who.ok) return respondPrivately(respond, renderNotice(who.notice), ctx.logger);
    const question = command.text.trim();
    if (!question) {
      return respondPrivately(
        respond,
        renderNotice({
          kind: 'notice',
          tone: 'info',
          text: 'Ask a question after the command, e.g. /policy can I text a young person?',
        }),
        ctx.logger,
      );
    }
    const reply = ask(ctx.conversation, who.speaker, question);
    if (reply.kind === 'notice') return respondPrivately(respond, renderNotice(reply), ctx.logger);
    if (reply.kind === 'concern') {
      await respondPrivately(respond, renderConcern(reply), ctx.logger);
      return;
    }
    // The Share button carries a short sealed reference; without one (the store failed) the answer still goes out, unshareable.
    const share = await ctx.shares.seal(command.user_id, question).catch((error: unknown) => {
      ctx.logger.warn({ err: error }, 'slack could not seal a question for sharing');
      return undefined;
    });
    await respondPrivately(respond, renderAnswer(reply, share ? { share } : {}), ctx.logger);
  };
}
