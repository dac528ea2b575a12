import { answerMessage } from '../../blocks/answer.blocks.ts';
import { concernMessage } from '../../blocks/concern.blocks.ts';
import { noticeMessage } from '../../blocks/notice.blocks.ts';
import type { SlackContext } from '../../slack-context.ts';
import { ask } from '../ask.ts';
import { questionText } from './question-text.ts';

/** Where a question came from and where its answer goes. */
export interface QuestionSource {
  readonly teamId: string | undefined;
  readonly userId: string;
  readonly channel: string;
  readonly text: string | undefined;
  /** Reply in this thread (a mention); undefined answers in the conversation itself (a DM). */
  readonly threadTs?: string;
}

/**
 * Answers a DM or a mention with the same blocks as `/policy`. In a channel, a disclosure's
 * reporting route goes only to the person who wrote (ephemeral), never into the thread.
 */
export async function answerQuestion(ctx: SlackContext, source: QuestionSource): Promise<void> {
  const who = ctx.speaker(source.teamId, source.userId);
  const inChannel = source.threadTs !== undefined;
  const privately = (message: Parameters<SlackContext['messenger']['post']>[1]) =>
    inChannel ? ctx.messenger.ephemeral(source.channel, source.userId, message, source.threadTs) : ctx.messenger.post(source.channel, message).then(() => undefined);
  if (!who.ok) return privately(noticeMessage(who.notice));
  const question = questionText(source.text, ctx.botUserId);
  if (!question) return privately(noticeMessage({ kind: 'notice', tone: 'info', text: 'Ask me a question about your policies, e.g. "can I text a young person?"' }));
  const reply = ask(ctx.conversation, who.speaker, question);
  if (reply.kind === 'notice') return privately(noticeMessage(reply));
  if (reply.kind === 'concern') return privately(concernMessage(reply));
  await ctx.messenger.post(source.channel, answerMessage(reply), source.threadTs);
}
