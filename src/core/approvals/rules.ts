// This module imports nothing, so every other module (answers, votes, notifications, the platforms) can use it.

/**
 * The rules every platform shares, in one place: the core enforces them, and each platform's
 * forms and cards take their limits and words from here instead of writing their own.
 */

/** The longest decision comment, in characters, on every platform (Teams's own limit, 5,000, is not ours). */
export const maxCommentLength = 1000;

/** A young person's initials: 1 to 3 letters once dots and spaces are removed. */
export const initialsLength = { min: 1, max: 3 } as const;

/** How much an initials input takes: the letters with room for dots and spaces ("J. S. T."). */
export const initialsInputLength = initialsLength.max * 4;

/** A request id: ours (`r-` and 12 base-32 characters) or a client's (`requestId`, e.g. from a form submission). */
export const requestIdPattern = /^[a-z0-9][a-z0-9-]{5,63}$/;

/** How each vote choice is written, on every surface. */
export const voteLabels: Readonly<Record<'for' | 'against' | 'abstain', string>> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstain',
};

/** The notification kinds that ask their recipient to act (decide or vote): these carry the request with its buttons. */
export const actionableKinds: ReadonlySet<string> = new Set([
  'approval-needed',
  'vote-needed',
  'reminder',
  'escalated',
]);

/** True when a notification of this kind asks its recipient to act. */
export function isActionable(kind: string): boolean {
  return actionableKinds.has(kind);
}
