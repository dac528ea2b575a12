import type { Reply } from '../../core/conversation/replies.ts';
import { renderAnswer, renderNoAnswer } from './answer.ts';
import { renderConcern } from './concern.ts';
import type { RenderContext } from './context.ts';
import { renderRequestForm } from './form.ts';
import { renderHome } from './home.ts';
import { type Html, join } from './html.ts';
import { renderFlowMenu } from './menu.ts';
import { renderNotice } from './notice.ts';
import { renderRequest } from './request.ts';

/** Any neutral reply as HTML: the one renderer the page and every API fragment use. */
export function renderReply(reply: Reply, ctx: RenderContext): Html {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply);
    case 'no-answer':
      return renderNoAnswer(reply);
    case 'concern':
      return renderConcern(reply);
    case 'flow-menu':
      return renderFlowMenu(reply, ctx);
    case 'request-form':
      return renderRequestForm(reply, ctx);
    case 'request':
      return renderRequest(reply, ctx);
    case 'notice':
      return renderNotice(reply);
    case 'home':
      return renderHome(reply, ctx);
  }
}

/** Several replies, in order. */
export function renderReplies(replies: readonly Reply[], ctx: RenderContext): Html {
  return join(replies.map((reply) => renderReply(reply, ctx)));
}
