import { maxCommentLength } from '../../core/approvals/rules.ts';
import type { RequestReply } from '../../core/conversation/replies.ts';
import { earlyCloseText, tallyText } from '../../core/conversation/tally-lines.ts';
import { renderButtonRow } from './buttons.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';

/**
 * A request drawn for one viewer: where it stands, its answers (young people by initials only, as
 * the core gives them), the tally, the conditions verbatim, and the buttons this viewer may press.
 * `data-request-id` lets the page redraw it when the request changes.
 */
export function renderRequest(reply: RequestReply, ctx: RenderContext): Html {
  const view = reply.request;
  const titleId = ctx.elementId('request-title');
  const commentId = ctx.elementId('comment');
  return html`<article class="card request status-${view.status}" data-request-id="${view.id}" data-audience="${reply.audience}" aria-labelledby="${titleId}">
<h3 id="${titleId}">${reply.title}</h3>
<p class="status">${reply.status}</p>
<dl class="facts">${reply.facts.map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}</dl>
${view.tally ? html`<p class="tally"><span class="tally-label">Votes:</span> ${tallyText(view.tally)}</p>` : ''}
${earlyCloseText(view) ? html`<p class="early-close">${earlyCloseText(view)}</p>` : ''}
${view.comment ? html`<p class="decision-comment"><span class="tally-label">Comment:</span> “${view.comment}”</p>` : ''}
${reply.conditions.length ? html`<div class="conditions"><p>${reply.conditionsHeading}</p><ul>${reply.conditions.map((text) => html`<li><q>${text}</q></li>`)}</ul></div>` : ''}
${reply.commentPrompt ? html`<div class="field"><label for="${commentId}">${reply.commentPrompt}</label><textarea id="${commentId}" name="comment" rows="2" maxlength="${maxCommentLength}"></textarea></div>` : ''}
${renderButtonRow(reply.actions, `Actions on ${reply.title}`)}
<p class="request-id">Request ${view.id}</p>
</article>`;
}
