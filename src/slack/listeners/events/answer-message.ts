import { renderAnswer } from '../../render/answer.ts';
import { renderConcern } from '../../render/concern.ts';
import type { SlackMessage } from '../../render/kit.ts';
import { renderNotice } from '../../render/notice.ts';
import type { SlackContext } from '../../slack-context.ts';
import { isTransient, slackErrorCode } from '../../slack-errors.ts';
import { ask } from '../ask.ts';
import { questionText } from './question-text.ts';

/** Where a question came from and where its answer goes. */
export interface QuestionSource {
  readonly teamId: string | undefined;
  readonly userId: string;
  readonly channel: string;
  readonly text: string | undefined;
  /** Reply in this thread (a mention, or a DM asked in a thread); undefined answers at the top level. */
  readonly threadTs?: string;
  /** A channel (a mention): notices and the reporting route go only to the person, ephemerally. */
  readonly inChannel: boolean;
  /**
   * Slack will deliver this event again if handling it fails (its retries: up to three). A
   * transient failure then throws, so the retry answers; on the last attempt, or for a refusal
   * that no retry would fix, the person is told in plain text instead.
   */
  readonly retriesLeft: boolean;
  /** The bot's user id in this workspace (Bolt's context), to strip its mention. */
  readonly botUserId?: string | undefined;
}

/** Slack redelivers a failed event up to three times (Events API retries). */
export const maxSlackRetries = 3;

const refusedText = (code: string) =>
  `Policy Desk could not show its answer here: Slack refused it (${code}). Please try again in a minute; if it happens again, tell your Policy Desk admin (the log has the details).`;

/**
 * Answers a DM or a mention with the same blocks as `/policy`, in the thread it was asked in. In a
 * channel, a disclosure's reporting route goes only to the person who wrote (ephemeral), never
 * into the thread. If Slack refuses a reply, the person is told so in plain text.
 */
export async function answerQuestion(ctx: SlackContext, source: QuestionSource): Promise<void> {
  const who = ctx.speaker(source.teamId, source.userId);
  const { messenger } = ctx;
  // Whatever Slack refuses, the person hears why in plain text, where they asked.
  const explain = (error: unknown) => {
    if (source.retriesLeft && isTransient(error)) throw error;
    const code = slackErrorCode(error);
    ctx.logger.warn({ err: error, code }, 'slack answer refused');
    const text = refusedText(code);
    const sent = source.inChannel
      ? messenger.ephemeralText(source.channel, source.userId, text, source.threadTs)
      : messenger.postText(source.channel, text, source.threadTs);
    return sent.then(
      () => undefined,
      (again: unknown) =>
        ctx.logger.error(
          { err: again, code: slackErrorCode(again) },
          'slack could not tell the person their answer failed',
        ),
    );
  };
  const privately = (message: SlackMessage) =>
    (source.inChannel
      ? messenger.ephemeral(source.channel, source.userId, message, source.threadTs)
      : messenger.post(source.channel, message, source.threadTs)
    ).then(() => undefined, explain);
  if (!who.ok) return privately(renderNotice(who.notice));
  const question = questionText(source.text, source.botUserId ?? ctx.botUserId);
  if (!question)
    return privately(
      renderNotice({
        kind: 'notice',
        tone: 'info',
        text: 'Ask me a question about your policies, e.g. "can I text a young person?"',
      }),
    );
  const reply = ask(ctx.conversation, who.speaker, question);
  if (reply.kind === 'notice') return privately(renderNotice(reply));
  if (reply.kind === 'concern') return privately(renderConcern(reply));
  await messenger.post(source.channel, renderAnswer(reply), source.threadTs).then(() => undefined, explain);
}
