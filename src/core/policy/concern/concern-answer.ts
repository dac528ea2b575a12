import type { PolicyAnswer } from '../answer.ts';
import { contactCards } from '../contact-cards.ts';
import type { OrganisationCorpus } from '../corpus.ts';
import type { ConcernAssessment } from './detect-concern.ts';
import { reportingRoute } from './reporting-route.ts';

/** A question's opening words where a clause of a message starts: "…, can i ring his mum", "so should we…". */
const ASKED_CLAUSE =
  /(?:^|[,;:.!]\s*|\s-\s|\b(?:but|so|and|also|then)\s+)(?:(?:can|could|may|should|must|do|does|is|are|am|what|who|where|when|how|which)\s+(?:i|we|you|he|she|they|it|the|a|an|my|our|someone|anyone|staff)\b|(?:what|who|where|when|how|which)(?:'s|\s+(?:do|does|did|should|can|could|would|will|shall|am|is|are|must))\b|anything (?:i|we) (?:should|need|must|can)\b)/i;

/**
 * A message that asks something, as well as telling it: a question mark, or a question's opening
 * words at its start or at the start of one of its clauses ("dylan's collapsed and the work phone's
 * dead, can i ring his mum on my own phone").
 */
export function looksLikeQuestion(message: string): boolean {
  return (
    /\?/.test(message) ||
    /^(?:can|could|may|should|must|do|does|is|are|am|what|who|where|when|how|which)\b/i.test(message.trim()) ||
    ASKED_CLAUSE.test(message)
  );
}

/** The question in a message that also tells something: "…she said X. can I text her?" asks "can I text her?". */
export function questionPart(message: string): string {
  const asked = [
    ...message.matchAll(
      /(?:^|[.,;:!?]\s*|\s-\s|\b(?:but|so|and)\s+)((?:can|could|should|may|must|am i|is it|are we|do i|do we|does|what|who|how|where|when|which)\b[^.?!]*(?:\?|[.!]?\s*$))/gi,
    ),
  ].at(-1);
  return asked?.[1]?.trim() || message;
}

/** The answer to a concern: the route for its kind, and the policy answer under it when there is one. */
export function concernAnswer(
  corpus: OrganisationCorpus,
  question: string,
  concern: ConcernAssessment,
  underneath: PolicyAnswer | undefined,
): PolicyAnswer {
  const route = reportingRoute(corpus.organisation, concern);
  return {
    org: corpus.organisation.slug,
    question,
    verdict: 'report-concern',
    // No request buttons with a concern: the person has something more urgent to do.
    citations: underneath?.citations ?? [],
    flows: [],
    // Contacts for a concern are shown without their other duties ("report a lost phone").
    contacts: contactCards(corpus, route.contacts).map(({ notes: _notes, ...contact }) => contact),
    reporting: route,
    ...(underneath && underneath.verdict !== 'report-concern' ? { policyVerdict: underneath.verdict } : {}),
    ...(underneath?.notices ? { notices: underneath.notices } : {}),
  };
}
