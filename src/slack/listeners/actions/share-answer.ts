import type { BlockAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { answerMessage, maxSharedQuestion } from '../../blocks/answer.blocks.ts';
import { noticeMessage } from '../../blocks/notice.blocks.ts';
import { parseButtonValue } from '../../payloads.ts';
import type { SlackContext } from '../../slack-context.ts';
import { ask } from '../ask.ts';
import { respondPrivately } from '../respond.ts';
import { pressedButton } from './action-support.ts';

const shareValue = z.strictObject({ question: z.string().min(1).max(maxSharedQuestion) });

/**
 * "Share to channel" under a private `/policy` answer: the core answers the question again (the
 * answer is never taken from the button) and it is posted in the conversation through the
 * response_url, which works in any channel or DM the command was used in, bot member or not.
 */
export function shareAnswer(ctx: SlackContext): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return async ({ ack, body, respond }) => {
    await ack();
    const pressed = pressedButton(ctx, body);
    if (!pressed.ok) return respondPrivately(respond, noticeMessage(pressed.notice));
    const value = shareValue.safeParse(parseButtonValue(pressed.value));
    if (!value.success) return respondPrivately(respond, noticeMessage({ kind: 'notice', tone: 'error', text: 'That button is out of date: ask the question again.' }));
    const reply = ask(ctx.conversation, pressed.speaker, value.data.question);
    if (reply.kind === 'notice') return respondPrivately(respond, noticeMessage(reply));
    // A disclosure is never shared into a channel: the person gets the reporting route privately.
    if (reply.kind === 'concern') return respondPrivately(respond, noticeMessage({ kind: 'notice', tone: 'warning', text: 'This cannot be shared. Follow the reporting route shown above.' }));
    const message = answerMessage(reply, { sharedBy: pressed.payload.user.id });
    await respond({ response_type: 'in_channel', replace_original: false, text: message.text, blocks: message.blocks });
  };
}
