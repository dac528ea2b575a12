import type { Reply } from '../../core/conversation/replies.ts';
import { composeCard, type AdaptiveCard, type CardPart } from './adaptive-card.ts';
import { answerPart, noAnswerPart } from './answer.card.ts';
import { concernPart } from './concern.card.ts';
import { formPart, type FormState } from './form.card.ts';
import { flowMenuPart, homePart } from './home.card.ts';
import { noticePart } from './notice.card.ts';
import { requestPart, type RequestCardOptions } from './request.card.ts';

/** What drawing needs beyond the replies: the form's state and how request cards refresh. */
export interface DrawOptions {
  /** For a request form: its submission id and the values typed so far. */
  readonly form?: FormState;
  /** For a request: shared copy or one viewer's, and who refreshes it. */
  readonly request?: RequestCardOptions;
  /** For a home: which page of what awaits (0 first). */
  readonly homePage?: number;
}

/** One reply as a card part. */
export function replyPart(reply: Reply, options: DrawOptions = {}): CardPart {
  switch (reply.kind) {
    case 'answer':
      return answerPart(reply);
    case 'no-answer':
      return noAnswerPart(reply);
    case 'concern':
      return concernPart(reply);
    case 'flow-menu':
      return flowMenuPart(reply);
    case 'request-form':
      if (!options.form) throw new TypeError('a request form needs its submission id (options.form)');
      return formPart(reply, options.form);
    case 'request':
      return requestPart(reply, options.request);
    case 'notice':
      return noticePart(reply);
    case 'home':
      return homePart(reply, options.homePage ?? 0);
  }
}

/** Replies (a notice, then a request, say) drawn as one Adaptive Card 1.5. */
export function repliesCard(replies: readonly Reply[], options: DrawOptions = {}): AdaptiveCard {
  return composeCard(replies.map((reply) => replyPart(reply, options)));
}
