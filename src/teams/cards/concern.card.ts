import type { ConcernReply } from '../../core/conversation/replies.ts';
import { heading, plain, type CardPart } from './adaptive-card.ts';
import { contactElements } from './contacts.ts';

/** A disclosure or immediate danger: the emergency line first, then the reporting route. No buttons. */
export function concernPart(reply: ConcernReply): CardPart {
  return {
    body: [
      heading(reply.headline, 'attention'),
      plain(reply.emergency, { weight: 'bolder', color: 'attention', size: 'medium' }),
      plain(reply.summary),
      ...contactElements(reply.contacts),
    ],
  };
}
