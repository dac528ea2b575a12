import type { InboxEntry } from '../inbox.ts';
import type { RenderContext } from './context.ts';
import { html, type Html } from './html.ts';
import { renderReplies } from './reply.ts';

/** A person's notifications, newest first. */
export function renderInbox(entries: readonly InboxEntry[], ctx: RenderContext): Html {
  if (entries.length === 0) return html`<p class="empty">No notifications yet.</p>`;
  return html`<ol class="inbox" reversed>${entries.map((entry) => html`<li class="inbox-entry" data-seq="${entry.seq}">${renderReplies(entry.replies, ctx)}</li>`)}</ol>`;
}
