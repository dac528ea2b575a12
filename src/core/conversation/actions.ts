import { z } from 'zod';
import { requestIdPattern, voteLabels } from '../approvals/rules.ts';

/**
 * Action ids shared by the core, every platform and the tests: a Slack `action_id`, a Teams
 * `Action.Execute` verb and a playground button all use these.
 */
export const ActionId = {
  /** Open the form of a flow: `{ flow }`. */
  startRequest: 'pd_request_start',
  /** The answer helped / did not help: `{ answer, verdict, clauses }`. */
  feedbackHelpful: 'pd_feedback_helpful',
  feedbackUnhelpful: 'pd_feedback_unhelpful',
  /** Post an answer given only to the asker into the conversation (Slack `/policy`). */
  shareAnswer: 'pd_answer_share',
  /** Decide a single-approver request: `{ request }`. */
  approve: 'pd_request_approve',
  decline: 'pd_request_decline',
  /** Vote on a board request: `{ request }`. */
  voteFor: 'pd_vote_for',
  voteAgainst: 'pd_vote_against',
  voteAbstain: 'pd_vote_abstain',
  /** The requester withdraws a pending request: `{ request }`. */
  withdraw: 'pd_request_withdraw',
} as const;

/** One of the action ids. */
export type ActionIdValue = (typeof ActionId)[keyof typeof ActionId];

/** Form submission id (Slack modal `callback_id`, Teams card verb). */
export const SubmitRequestFormId = 'pd_request_submit';

/** The value a "request approval" button carries. */
export const startRequestValue = z.strictObject({ flow: z.string().min(1).max(100) });

/** The value feedback buttons carry: which answer, never who (identity comes from the platform payload). */
export const feedbackValue = z.strictObject({
  answer: z.string().min(1).max(64),
  verdict: z.string().min(1).max(32),
  clauses: z.array(z.string().max(200)).max(5),
});

/** The value decision, vote and withdraw buttons carry. */
export const requestActionValue = z.strictObject({ request: z.string().regex(requestIdPattern) });

/** The three vote choices and their actions. */
export const voteActions = [
  { id: ActionId.voteFor, choice: 'for', label: voteLabels.for },
  { id: ActionId.voteAgainst, choice: 'against', label: voteLabels.against },
  { id: ActionId.voteAbstain, choice: 'abstain', label: voteLabels.abstain },
] as const;
