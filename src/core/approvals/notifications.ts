import type { PersonRef } from './people.ts';
import type { RequestStatus } from './request-view.ts';
import type { Tally } from './votes.ts';

/** A role of an organisation, for a notification nobody listed in organisation.yaml holds (post it where that role will see it). */
export interface RoleRef {
  readonly org: string;
  readonly role: string;
}

/** What happened, from the recipient's point of view. */
export type NotificationKind =
  | 'approval-needed'
  | 'vote-needed'
  | 'reminder'
  | 'escalated'
  | 'decided'
  | 'decided-by-other'
  | 'tally-changed'
  | 'withdrawn'
  | 'expired'
  | 'lapsed';

/**
 * A platform-neutral message to one account (or, when nobody holds a role, to the role). A person
 * with accounts on two platforms gets one notification per account; each platform delivers its own.
 * `messageUpdate` says the approval or vote messages already posted for the request should be
 * redrawn from `getRequest` (a decision, a vote, a withdrawal).
 */
export interface Notification {
  readonly to: PersonRef | RoleRef;
  readonly kind: NotificationKind;
  readonly org: string;
  readonly requestId: string;
  readonly messageUpdate: boolean;
  /** The request's status after the event. */
  readonly status: RequestStatus;
  /** Who decided (display name), for decided and decided-by-other. */
  readonly decidedBy?: string;
  readonly comment?: string;
  /** The conditions to show with an approval: verbatim quotes with their clause ids. */
  readonly conditions?: ReadonlyArray<{ readonly text: string; readonly clause?: string }>;
  readonly tally?: Tally;
  /** Why it ended (decision, majority, chair-casting-vote, tie, no-quorum, expire-after). */
  readonly reason?: string;
  /** For an approval that lapses: the end of the permission (ISO 8601, UTC), to show with it. */
  readonly validUntil?: string;
  /** 1 for the first reminder, 2 for the second... */
  readonly reminder?: number;
}

/** True when the notification is addressed to an account rather than a role. */
export function isPersonTarget(to: Notification['to']): to is PersonRef {
  return 'platform' in to;
}
