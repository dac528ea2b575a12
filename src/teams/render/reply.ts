import type { Reply } from '../../core/conversation/replies.ts';
import { type AdaptiveCard, type CardPart, composeCard } from './adaptive-card.ts';
import { renderAnswer, renderNoAnswer } from './answer.ts';
import { renderConcern } from './concern.ts';
import { type FormState, renderRequestForm } from './form.ts';
import { renderHome } from './home.ts';
import { renderFlowMenu } from './menu.ts';
import { renderNotice } from './notice.ts';
import { type RequestCardOptions, renderRequest } from './request.ts';

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
export function renderReply(reply: Reply, options: DrawOptions = {}): CardPart {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply);
    case 'no-answer':
      return renderNoAnswer(reply);
    case 'concern':
      return renderConcern(reply);
    case 'flow-menu':
      return renderFlowMenu(reply);
    case 'request-form':
      if (!options.form) throw new TypeError('a request form needs its submission id (options.form)');
      return renderRequestForm(reply, options.form);
    case 'request':
      return renderRequest(reply, options.request);
    case 'notice':
      return renderNotice(reply);
    case 'home':
      return renderHome(reply, options.homePage ?? 0);
  }
}

/** Replies (a notice, then a request, say) drawn as one Adaptive Card 1.5. */
export function renderReplies(replies: readonly Reply[], options: DrawOptions = {}): AdaptiveCard {
  return composeCard(replies.map((reply) => renderReply(reply, options)));
}
