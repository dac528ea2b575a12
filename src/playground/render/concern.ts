import type { ConcernReply } from '../../core/conversation/replies.ts';
import { renderAnswer } from './answer.ts';
import { renderContacts } from './contacts.ts';
import { type Html, html } from './html.ts';

/**
 * A disclosure or immediate danger: the reporting route at once, announced to screen readers; the
 * emergency line first when it is happening now; the policy answer under it when the message was
 * also a question.
 */
export function renderConcern(reply: ConcernReply): Html {
  const emergency = html`<p class="emergency"><strong>${reply.emergency}</strong></p>`;
  const list = (title: string, items: readonly string[]): Html =>
    items.length
      ? html`<h4>${title}</h4><ul class="concern-steps">${items.map((item) => html`<li>${item}</li>`)}</ul>`
      : html``;
  return html`<article class="card concern${reply.danger ? ' danger' : ''}" role="alert">
${reply.danger ? emergency : ''}
<h3>${reply.headline}</h3>
<p class="concern-about">${reply.about}</p>
<p>${reply.summary}</p>
${list('Do now', reply.doNow)}
${list('Do not', reply.dont)}
${reply.contacts.length ? html`<h4>Who to tell</h4>` : ''}
${renderContacts(reply.contacts)}
${reply.danger ? '' : emergency}
</article>${reply.answer ? html`<section class="concern-answer"><h4>${reply.answerHeading}</h4>${renderAnswer(reply.answer)}</section>` : ''}`;
}
