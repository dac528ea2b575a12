import type { FieldErrors } from './answers.ts';
import type { Notification } from './notifications.ts';
import type { RequestView } from './request-view.ts';
import type { VoteChoice } from './votes.ts';

/** The approvals core's results, shared by its modules; the service re-exports them. */

/** Why a command did not happen: a result for the user to read, never a throw. */
export type ApprovalErrorCode =
  | 'unknown_org'
  | 'unknown_flow'
  | 'unknown_request'
  | 'invalid_answers'
  | 'not_a_decider'
  | 'not_a_voter'
  | 'own_request'
  | 'already_decided'
  | 'already_voted'
  | 'not_pending'
  | 'not_requester'
  | 'no_approver';

/** A refused command: what went wrong, field messages for a form, and the request as it now stands. */
export interface ApprovalError {
  readonly code: ApprovalErrorCode;
  readonly message: string;
  readonly fieldErrors?: FieldErrors;
  readonly request?: RequestView;
}

/** An event whose follow-up work (its notifications) is pending until it is marked delivered. */
export interface FollowUpEvent {
  readonly org: string;
  readonly requestId: string;
  /** The audit event id (`submitted:<id>`, `outcome:<id>`, `vote:<id>:<person>`…). */
  readonly eventId: string;
}

/** What a command did: the request as it now stands, who to tell what, and the events those notifications follow up. */
export interface CommandValue {
  readonly request: RequestView;
  readonly notifications: readonly Notification[];
  /** Mark these delivered (ApprovalService.markDelivered) once the notifications are handed to every platform. */
  readonly events: readonly FollowUpEvent[];
}

/** Every command returns this: recoverable outcomes are results; only store failures throw. */
export type CommandResult = { ok: true; value: CommandValue } | { ok: false; error: ApprovalError };

/** What `tick()` did: every notification to send and every request whose messages changed. */
export interface TickResult {
  readonly notifications: readonly Notification[];
  readonly requests: readonly RequestView[];
  /** The events these notifications follow up (see CommandValue.events). */
  readonly events: readonly FollowUpEvent[];
}

/** What a person may do with a request now: platforms show these buttons. */
export interface AvailableActions {
  readonly decide: boolean;
  readonly vote: boolean;
  readonly withdraw: boolean;
  /** This person's vote, if they have cast one. */
  readonly myVote?: VoteChoice;
}
