import type { ContactCard, PolicyAnswer } from '../policy/answer.ts';
import { concernAnswerHeading, verdictExplanation, verdictHeadline } from '../policy/verdict-text.ts';
import { ActionId } from './actions.ts';
import type { AnswerReply, Button, CitationView, ConcernReply, ContactLine, NoAnswerReply } from './replies.ts';

function contactLine(contact: ContactCard): ContactLine {
  return {
    title: contact.title,
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.notes ? { notes: contact.notes } : {}),
  };
}

function feedbackButtons(answerId: string, answer: PolicyAnswer): Button[] {
  const value = {
    answer: answerId,
    verdict: answer.verdict,
    clauses: answer.citations.map((c) => `${c.document}#${c.clause}`).slice(0, 5),
  };
  return [
    { action: ActionId.feedbackHelpful, label: 'Helpful', value },
    { action: ActionId.feedbackUnhelpful, label: 'Not helpful', value },
  ];
}

/** Turns an answer into the reply every platform draws. */
export function answerReply(answer: PolicyAnswer, answerId: string): AnswerReply | NoAnswerReply | ConcernReply {
  if (answer.verdict === 'report-concern') {
    const reporting = answer.reporting!;
    const underneath =
      answer.policyVerdict && answer.policyVerdict !== 'no-answer'
        ? // The question is left out: nothing of a concern message is repeated in the reply. No
          // buttons of any kind under a concern: the person has something more urgent to do.
          {
            ...policyReply({ ...answer, question: '', verdict: answer.policyVerdict, flows: [] }, answerId),
            feedbackButtons: [],
            // The reporting procedure gives no yes or no: say what it is instead.
            ...(answer.reportingProcedure
              ? { headline: 'Your reporting procedure', explanation: 'How your policy says to report a concern.' }
              : {}),
          }
        : undefined;
    return {
      kind: 'concern',
      headline: verdictHeadline['report-concern'],
      danger: reporting.danger,
      emergency: reporting.emergency,
      about: reporting.about.length
        ? `This reads like ${joinWords(reporting.about)}.`
        : verdictExplanation['report-concern'],
      summary: reporting.summary,
      doNow: reporting.doNow,
      dont: reporting.dont,
      contacts: (answer.contacts ?? []).map(contactLine),
      ...(underneath ? { answer: underneath } : {}),
      answerHeading: answer.reportingProcedure ? concernAnswerHeading.reportingProcedure : concernAnswerHeading.policy,
    };
  }
  if (answer.verdict === 'no-answer') {
    return {
      kind: 'no-answer',
      answerId,
      question: answer.question,
      headline: verdictHeadline['no-answer'],
      explanation: verdictExplanation['no-answer'],
      contacts: (answer.contacts ?? []).map(contactLine),
      safetyNote: answer.safetyNote ?? '',
      feedbackButtons: feedbackButtons(answerId, answer),
    };
  }
  return policyReply(answer as PolicyAnswer & { verdict: AnswerReply['verdict'] }, answerId);
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function policyReply(answer: PolicyAnswer & { verdict: AnswerReply['verdict'] }, answerId: string): AnswerReply {
  const citations: CitationView[] = answer.citations.map((citation) => ({
    quote: citation.text,
    ...(citation.context ? { context: citation.context } : {}),
    documentId: citation.document,
    documentTitle: citation.documentTitle,
    section: citation.section,
    clause: citation.clause,
    reference:
      citation.kind === 'clause'
        ? `${citation.documentTitle} · ${citation.section} · clause ${citation.clause}`
        : `${citation.documentTitle} · ${citation.clause}`,
    kind: citation.kind,
    ...(citation.reviewOverdue ? { overdue: `Past its review date (${citation.reviewOverdue.reviewDate})` } : {}),
    ...(citation.rule ? { rule: citation.rule } : {}),
  }));
  return {
    kind: 'answer',
    answerId,
    question: answer.question,
    verdict: answer.verdict,
    headline: verdictHeadline[answer.verdict],
    explanation: verdictExplanation[answer.verdict],
    citations,
    notices: answer.notices ?? [],
    requestButtons: answer.flows.map((flow) => ({
      action: ActionId.startRequest,
      label: `Request approval: ${flow.title}`,
      value: { flow: flow.id },
      style: 'primary' as const,
    })),
    feedbackButtons: feedbackButtons(answerId, answer),
  };
}
