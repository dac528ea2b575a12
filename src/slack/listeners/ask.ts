import type { Conversation, Speaker } from '../../core/conversation/conversation.ts';
import type { AnswerReply, ConcernReply, NoAnswerReply, NoticeReply } from '../../core/conversation/replies.ts';
import { PolicyDeskError } from '../../core/errors.ts';

/** The core's answer, or, for a question it cannot take (empty, too long), its reason as a notice. */
export function ask(
  conversation: Conversation,
  speaker: Speaker,
  question: string,
): AnswerReply | NoAnswerReply | ConcernReply | NoticeReply {
  try {
    return conversation.ask(speaker, question);
  } catch (error) {
    if (error instanceof PolicyDeskError && error.code === 'policy_desk_bad_question')
      return { kind: 'notice', tone: 'warning', text: error.message };
    throw error;
  }
}
