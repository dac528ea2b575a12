import type { HomeReply } from '../../core/conversation/replies.ts';
import { formatTime } from '../../core/conversation/request-replies.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';
import { renderFlowList } from './menu.ts';
import { renderRequest } from './request.ts';

/** A guest's home names them as they typed it ("Mary-Jane O'Brien (guest)"), not by their account id. */
function displayName(name: string): string {
  const guest = /^(?:playground:)?guest:(.+)$/.exec(name);
  return guest ? `${guest[1]} (guest)` : name;
}

/** A person's home: what awaits their decision or vote, their own requests, what they can start. */
export function renderHome(reply: HomeReply, ctx: RenderContext): Html {
  return html`<div class="home">
<p class="home-name">Signed in as <strong>${displayName(reply.name)}</strong></p>
<h3>Awaiting your decision or vote</h3>
${reply.awaiting.length ? reply.awaiting.map((request) => renderRequest(request, ctx)) : html`<p class="empty">Nothing awaits you.</p>`}
<h3>My requests</h3>
${
  reply.mine.length
    ? html`<ul class="summaries">${reply.mine.map(
        (summary) =>
          html`<li data-summary-id="${summary.id}"><strong>${summary.title}</strong><br><span class="status">${summary.status}</span><br><small>Submitted ${formatTime(summary.submittedAt)} · ${summary.id}</small> <button type="button" class="btn btn-small" data-open-request="${summary.id}" aria-label="${`Open ${summary.title} (${summary.id})`}">Open</button></li>`,
      )}</ul>`
    : html`<p class="empty">You have made no requests.</p>`
}
<details class="home-flows"><summary>Start a request</summary>${renderFlowList(reply.flows)}</details>
</div>`;
}
