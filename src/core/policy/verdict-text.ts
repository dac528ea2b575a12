import type { Verdict } from './verdict.ts';

/** Verdicts in plain words, the same on every platform. */
export const verdictHeadline: Readonly<Record<Verdict, string>> = {
  allowed: 'Allowed',
  'not-allowed': 'Not allowed',
  'needs-approval': 'Needs approval',
  'see-policy': 'See the policy',
  'no-answer': 'The policies do not cover this',
  'report-concern': 'Report this concern now',
};

/** One sentence under the headline: what the verdict means for the person asking. */
export const verdictExplanation: Readonly<Record<Verdict, string>> = {
  allowed: 'The policy permits this; follow any conditions in the quoted clauses.',
  'not-allowed': 'The policy does not permit this.',
  'needs-approval': 'Only with the permission the policy names: ask for it before you act.',
  'see-policy': 'The policy does not give a yes or no here; read the quoted clauses.',
  'no-answer': 'Nothing in your organisation’s policies answers this. Ask:',
  'report-concern': 'This sounds like a safeguarding concern, not a policy question.',
};

/** The heading over what is drawn under a concern's route: the policy's answer, or the reporting procedure. */
export const concernAnswerHeading = {
  policy: 'What your policies say',
  reportingProcedure: 'What your policy says about reporting',
} as const;
