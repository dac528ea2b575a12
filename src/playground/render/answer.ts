import {
  type AnswerReply,
  type CitationView,
  type NoAnswerReply,
  quoteParts,
} from '../../core/conversation/replies.ts';
import { renderButtonRow } from './buttons.ts';
import { renderContacts } from './contacts.ts';
import { type Html, html } from './html.ts';

/** A clause quoted verbatim (each line a paragraph, its lead-in first) with its citation. */
export function renderCitation(citation: CitationView): Html {
  const lines = citation.quote.split('\n').filter((line) => line.trim() !== '');
  // The rule the clause is cited for is marked; every word of the clause is still shown as written.
  const drawLine = (line: string): Html =>
    html`<p>${quoteParts(line, citation.rule).map((part) => (part.rule ? html`<mark>${part.text}</mark>` : part.text))}</p>`;
  return html`<figure class="citation">
<blockquote>${citation.context ? html`<p class="citation-context">${citation.context}</p>` : ''}${lines.map(drawLine)}</blockquote>
<figcaption><cite>${citation.reference}</cite>${citation.overdue ? html` <span class="overdue">${citation.overdue}</span>` : ''}</figcaption>
</figure>`;
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
${renderContacts(reply.contacts)}
${reply.safetyNote ? html`<p class="safety-note">${reply.safetyNote}</p>` : ''}
${renderButtonRow(reply.feedbackButtons, 'Was this answer helpful?')}
</article>`;
}
