import type { RequestView } from '../approvals/request-view.ts';
import { voteLabels } from '../approvals/rules.ts';
import type { Tally } from '../approvals/votes.ts';

/** Members who may vote: the board less the requester (the whole board for records made before it was counted). */
const votersOf = (tally: Tally): number => tally.eligible ?? tally.boardSize;

/** "For 3 · Against 0 · Abstain 1 · 4 of 4 voted (quorum 3)", counting only those who may vote. */
export function tallyText(tally: Tally): string {
  return `${voteLabels.for} ${tally.for} · ${voteLabels.against} ${tally.against} · ${voteLabels.abstain} ${tally.abstain} · ${tally.cast} of ${votersOf(tally)} voted (quorum ${tally.quorum})`;
}

/**
 * Why a vote ended before its window closed and before everyone voted, or undefined: "Voting
 * closed early: 3 of 5 for: the outcome cannot change, whatever the 2 still to vote do."
 */
export function earlyCloseText(view: RequestView): string | undefined {
  const { tally } = view;
  if (view.route.kind !== 'vote' || !tally || !view.decidedAt) return undefined;
  const voters = votersOf(tally);
  const waiting = voters - tally.cast;
  if (waiting <= 0 || view.decidedAt >= view.route.closesAt) return undefined;
  const still = `whatever the ${waiting} still to vote ${waiting === 1 ? 'does' : 'do'}`;
  if (view.status === 'approved')
    return `Voting closed early: ${tally.for} of ${voters} for: the outcome cannot change, ${still}.`;
  if (view.status === 'declined')
    return `Voting closed early: ${tally.against} of ${voters} against: the outcome cannot change, ${still}.`;
  if (view.status === 'expired') return `Voting closed early: the quorum of ${tally.quorum} can no longer be reached.`;
  return undefined;
}
