import {
  type AnswerReply,
  type CitationView,
  type NoAnswerReply,
  quoteParts,
} from '../../core/conversation/replies.ts';
import {
  type CardElement,
  type CardPart,
  executeAction,
  flowChooser,
  heading,
  maxCardActions,
  paragraph,
  plain,
  type RunStyle,
  run,
} from './adaptive-card.ts';
import { renderContacts } from './contacts.ts';

const verdictColor: Readonly<Record<AnswerReply['verdict'], RunStyle['color']>> = {
  allowed: 'good',
  'not-allowed': 'attention',
  'needs-approval': 'warning',
  'see-policy': 'accent',
};

function citationElement(citation: CitationView): CardElement {
  // The quote is verbatim policy text: plain runs only, never Markdown.
  const items: CardElement[] = [];
  if (citation.context) items.push(plain(citation.context, { isSubtle: true, italic: true }, { spacing: 'none' }));
  // The rule the clause is cited for, in bold; every word of the clause still shown as written.
  items.push(
    citation.rule
      ? paragraph(
          quoteParts(citation.quote, citation.rule).map((part) =>
            run(part.text, part.rule ? { weight: 'bolder' } : {}),
          ),
          { spacing: 'small' },
        )
      : plain(citation.quote, {}, { spacing: 'small' }),
  );
  items.push(paragraph([run(citation.reference, { size: 'small', isSubtle: true })], { spacing: 'small' }));
  if (citation.overdue) items.push(plain(citation.overdue, { size: 'small', color: 'warning' }, { spacing: 'none' }));
  return { type: 'Container', style: 'emphasis', bleed: false, spacing: 'medium', items };
}

/**
 * An answer: verdict, explanation, quoted clauses with citations, "Request approval" and feedback
 * buttons. With more linked flows than six actions allow, the flows become one choice and a Start.
 */
export function renderAnswer(reply: AnswerReply): CardPart {
  const feedback = reply.feedbackButtons.map((button) => executeAction(button, { associatedInputs: 'none' }));
  const asButtons = reply.requestButtons.length + feedback.length <= maxCardActions;
  return {
    body: [
      heading(reply.headline, verdictColor[reply.verdict]),
      plain(reply.explanation),
      ...reply.citations.map(citationElement),
      ...reply.notices.map((text) => plain(text, { color: 'warning' })),
      ...(asButtons || !reply.requestButtons.length ? [] : flowChooser(reply.requestButtons, 'Request approval')),
    ],
    actions: [
      ...(asButtons ? reply.requestButtons.map((button) => executeAction(button, { associatedInputs: 'none' })) : []),
      ...feedback,
    ],
  };
}

/** Nothing in the policies answers: who to ask instead, and feedback buttons. */
export function renderNoAnswer(reply: NoAnswerReply): CardPart {
  return {
    body: [
      heading(reply.headline),
      plain(reply.explanation),
      ...renderContacts(reply.contacts),
      ...(reply.safetyNote ? [plain(reply.safetyNote)] : []),
    ],
    actions: reply.feedbackButtons.map((button) => executeAction(button, { associatedInputs: 'none' })),
  };
}
