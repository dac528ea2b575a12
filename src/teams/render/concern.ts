import type { ConcernReply } from '../../core/conversation/replies.ts';
import { type CardElement, type CardPart, heading, plain } from './adaptive-card.ts';
import { renderAnswer } from './answer.ts';
import { renderContacts } from './contacts.ts';

function list(title: string, items: readonly string[]): CardElement[] {
  return items.length
    ? [
        plain(title, { weight: 'bolder' }, { spacing: 'medium' }),
        ...items.map((item) => plain(`• ${item}`, {}, { spacing: 'none' })),
      ]
    : [];
}

/**
 * A disclosure or immediate danger: the emergency line first when it is happening now, then what
 * to do, what not to do and who to tell; the policy answer under a separator when the message was
 * also a question. Only the answer's own buttons (feedback), none of the concern's.
 */
export function renderConcern(reply: ConcernReply): CardPart {
  const emergency = plain(reply.emergency, { weight: 'bolder', color: 'attention', size: 'medium' });
  const under = reply.answer ? renderAnswer(reply.answer) : undefined;
  return {
    body: [
      ...(reply.danger ? [emergency] : []),
      heading(reply.headline, 'attention'),
      plain(reply.about),
      plain(reply.summary),
      ...list('Do now', reply.doNow),
      ...list('Do not', reply.dont),
      ...renderContacts(reply.contacts),
      ...(reply.danger ? [] : [emergency]),
      ...(under
        ? [plain(reply.answerHeading, { weight: 'bolder' }, { separator: true, spacing: 'medium' }), ...under.body]
        : []),
    ],
    ...(under?.actions ? { actions: under.actions } : {}),
  };
}
