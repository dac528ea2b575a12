import type { NoticeReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { type SlackBlock, type SlackMessage, section } from './kit.ts';

const toneEmoji: Readonly<Record<NoticeReply['tone'], string>> = {
  info: ':information_source:',
  success: ':white_check_mark:',
  warning: ':warning:',
  error: ':x:',
};

/** A notice as one section block. */
export function noticeBlock(reply: NoticeReply): SlackBlock {
  return section(`${toneEmoji[reply.tone]} ${escapeMrkdwn(reply.text)}`);
}

/** A notice as a message. */
export function renderNotice(reply: NoticeReply): SlackMessage {
  return { text: escapeMrkdwn(reply.text), blocks: [noticeBlock(reply)] };
}
