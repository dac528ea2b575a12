import type { NoticeReply } from '../../core/conversation/replies.ts';
import { type Html, html } from './html.ts';

/** A short message; warnings and errors are announced at once, the rest politely. */
export function renderNotice(reply: NoticeReply): Html {
  const role = reply.tone === 'error' || reply.tone === 'warning' ? 'alert' : 'status';
  return html`<p class="notice notice-${reply.tone}" role="${role}">${reply.text}</p>`;
}
