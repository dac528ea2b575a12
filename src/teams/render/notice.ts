import type { NoticeReply } from '../../core/conversation/replies.ts';
import { type CardPart, plain, type RunStyle } from './adaptive-card.ts';

const toneColor: Readonly<Record<NoticeReply['tone'], RunStyle['color']>> = {
  info: 'default',
  success: 'good',
  warning: 'warning',
  error: 'attention',
};

/** A short confirmation, refusal or error, coloured by its tone. */
export function renderNotice(reply: NoticeReply): CardPart {
  return {
    body: [plain(reply.text, { color: toneColor[reply.tone], weight: reply.tone === 'info' ? undefined : 'bolder' })],
  };
}
