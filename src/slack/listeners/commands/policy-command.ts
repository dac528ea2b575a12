import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.blocks.ts';
import { concernMessage } from '../../blocks/concern.blocks.ts';
import { noticeMessage } from '../../blocks/notice.blocks.ts';
import { commandPayload } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { ask } from '../ask.ts';
import { respondPrivately } from '../respond.ts';

/** The slash command that asks a question. */
export const policyCommandName = '/policy';

/**
 * `/policy <question>`: acknowledged at once, then answered privately (the answer is ~1 ms of work)
 * with a "Share to channel" button. A disclosure gets the reporting route, and nothing to share.
 */
export function policyCommand(ctx: SlackContext): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ ack, body, respond }) => {
    await ack();
    const command = commandPayload.parse(body);
    const who = ctx.speaker(command.team_id, command.user_id);
    if (!who.ok) return respondPrivately(respond, noticeMessage(who.notice));
    const question = command.text.trim();
    if (!question) {
      return respondPrivately(respond, noticeMessage({ kind: 'notice', tone: 'info', text: 'Ask a question after the command, e.g. /policy can I text a young person?' }));
    }
    const reply = ask(ctx.conversation, who.speaker, question);
    if (reply.kind === 'notice') return respondPrivately(respond, noticeMessage(reply));
    await respondPrivately(respond, reply.kind === 'concern' ? concernMessage(reply) : answerMessage(reply, { share: true }));
  };
}
