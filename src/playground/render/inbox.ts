import type { Reply } from '../../core/conversation/replies.ts';
import { formatTime } from '../../core/conversation/request-replies.ts';
import type { InboxEntry } from '../inbox.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';
import { renderReplies } from './reply.ts';

/** One kept notification as drawn now: its sentences (no request card: that is on Home, or opened on demand). */
export interface DrawnNotification {
  readonly entry: InboxEntry;
  readonly replies: readonly Reply[];
}

/**
 * A person's notifications, newest first: when, what happened, and a button that opens the
 * request's card in the conversation. Cards with buttons live on Home, so a request awaiting
 * someone is shown there once, not twice.
 */
export function renderInbox(items: readonly DrawnNotification[], ctx: RenderContext): Html {
  if (items.length === 0) return html`<p class="empty">No notifications yet.</p>`;
  return html`<ol class="inbox">${items.map((item) => {
    const textId = ctx.elementId('notification');
    const { requestId } = item.entry.notification;
    return html`<li class="inbox-entry" data-n="${item.entry.n}" data-request="${requestId}"><time datetime="${item.entry.at}">${formatTime(item.entry.at)}</time><div id="${textId}">${renderReplies(item.replies, ctx)}</div><button type="button" class="btn btn-small" data-open-request="${requestId}" aria-describedby="${textId}">Show request</button></li>`;
  })}</ol>`;
}
