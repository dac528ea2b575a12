import { quoteParts, type AnswerReply, type CitationView, type ConcernReply, type ContactLine, type NoAnswerReply } from '../../core/conversation/replies.ts';
import { renderButtonRow } from './buttons.ts';
import { html, type Html } from './html.ts';

/** A clause quoted verbatim (each line a paragraph, its lead-in first) with its citation. */
export function renderCitation(citation: CitationView): Html {
  const lines = citation.quote.split('\n').filter((line) => line.trim() !== '');
  // The rule the clause is cited for is marked; every word of the clause is still shown as written.
  const drawLine = (line: string): Html => html`<p>${quoteParts(line, citation.rule).map((part) => (part.rule ? html`<mark>${part.text}</mark>` : part.text))}</p>`;
  return html`<figure class="citation">
<blockquote>${citation.context ? html`<p class="citation-context">${citation.context}</p>` : ''}${lines.map(drawLine)}</blockquote>
<figcaption><cite>${citation.reference}</cite>${citation.overdue ? html` <span class="overdue">${citation.overdue}</span>` : ''}</figcaption>
</figure>`;
}

/** One person or route to turn to, with mail and phone links. */
export function renderContact(contact: ContactLine): Html {
  const details = [
    contact.name ? html`<span class="contact-name">${contact.name}</span>` : '',
    contact.email ? html`<a href="${`mailto:${contact.email}`}">${contact.email}</a>` : '',
    contact.phone ? html`<a href="${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}">${contact.phone}</a>` : '',
  ].filter((part) => part !== '');
  return html`<li><strong>${contact.title}</strong>${details.length ? html` · ${details.map((part, i) => (i ? html` · ${part}` : part))}` : ''}${contact.notes ? html`<br><span class="contact-notes">${contact.notes}</span>` : ''}</li>`;
}

function contactList(contacts: readonly ContactLine[]): Html {
  return contacts.length ? html`<ul class="contacts">${contacts.map(renderContact)}</ul>` : html``;
}

/** A policy answer: the verdict, why, the clauses quoted and cited, request and feedback buttons. */
export function renderAnswer(reply: AnswerReply): Html {
  return html`<article class="card answer verdict-${reply.verdict}" aria-label="Answer">
<p class="verdict"><span class="verdict-badge">${reply.headline}</span></p>
<p class="explanation">${reply.explanation}</p>
${reply.notices.length ? html`<ul class="answer-notices">${reply.notices.map((text) => html`<li>${text}</li>`)}</ul>` : ''}
${reply.citations.length ? html`<section class="citations" aria-label="What the policy says">${reply.citations.map(renderCitation)}</section>` : ''}
${renderButtonRow(reply.requestButtons, 'Request approval')}
${renderButtonRow(reply.feedbackButtons, 'Was this answer helpful?')}
</article>`;
}

/** Nothing in the policies answers the question: who to ask instead. */
export function renderNoAnswer(reply: NoAnswerReply): Html {
  return html`<article class="card answer verdict-no-answer" aria-label="Answer">
<p class="verdict"><span class="verdict-badge">${reply.headline}</span></p>
<p class="explanation">${reply.explanation}</p>
${contactList(reply.contacts)}
${renderButtonRow(reply.feedbackButtons, 'Was this answer helpful?')}
</article>`;
}

/**
 * A disclosure or immediate danger: the reporting route at once, announced to screen readers; the
 * emergency line first when it is happening now; the policy answer under it when the message was
 * also a question.
 */
export function renderConcern(reply: ConcernReply): Html {
  const emergency = html`<p class="emergency"><strong>${reply.emergency}</strong></p>`;
  const list = (title: string, items: readonly string[]): Html =>
    items.length ? html`<h4>${title}</h4><ul class="concern-steps">${items.map((item) => html`<li>${item}</li>`)}</ul>` : html``;
  return html`<article class="card concern${reply.danger ? ' danger' : ''}" role="alert">
${reply.danger ? emergency : ''}
<h3>${reply.headline}</h3>
<p class="concern-about">${reply.about}</p>
<p>${reply.summary}</p>
${list('Do now', reply.doNow)}
${list('Do not', reply.dont)}
${reply.contacts.length ? html`<h4>Who to tell</h4>` : ''}
${contactList(reply.contacts)}
${reply.danger ? '' : emergency}
</article>${reply.answer ? html`<section class="concern-answer"><h4>What your policies say about your question</h4>${renderAnswer(reply.answer)}</section>` : ''}`;
}
