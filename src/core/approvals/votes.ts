import type { VoteRoute } from './flow-schema.ts';

/** How a board member votes. Abstentions count towards the quorum but not as for or against. */
export type VoteChoice = 'for' | 'against' | 'abstain';

/** The vote choices, in the order platforms show them. */
export const voteChoices: readonly VoteChoice[] = ['for', 'against', 'abstain'];

/** One counted vote. */
export interface Ballot {
  readonly voterKey: string;
  readonly choice: VoteChoice;
}

/** The rules one vote is decided by. */
export interface VoteRules {
  readonly quorum: number;
  readonly threshold: VoteRoute['threshold'];
  readonly tie: VoteRoute['tie'];
  /** Every holder of the body role: majority-of-board counts against this, whoever may vote. */
  readonly boardSize: number;
  /** Person keys of the chair (the casting vote), if the flow names one. */
  readonly chairKeys: readonly string[];
}

/** Why a vote ended as it did. */
export type VoteReason = 'majority' | 'chair-casting-vote' | 'tie' | 'no-quorum';

/** A decided vote. Below quorum at the window's end the request expires: the board reached no decision. */
export interface VoteOutcome {
  readonly status: 'approved' | 'declined' | 'expired';
  readonly reason: VoteReason;
}

/** Counts of a vote so far, for display and for the rules. */
export interface Tally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Votes cast, abstentions included (what the quorum counts). */
  readonly cast: number;
  readonly boardSize: number;
  /** Members who may vote on this request (the board less the requester): "4 of 4 voted" once all have. */
  readonly eligible?: number;
  readonly quorum: number;
  /** Further votes needed to reach the quorum. */
  readonly needed: number;
}

/** Counts ballots; `eligible` (how many may vote) is carried for display when given. */
export function tallyVotes(
  ballots: readonly Ballot[],
  rules: Pick<VoteRules, 'quorum' | 'boardSize'> & { readonly eligible?: number },
): Tally {
  const count = (choice: VoteChoice): number => ballots.filter((ballot) => ballot.choice === choice).length;
  const cast = ballots.length;
  return {
    for: count('for'),
    against: count('against'),
    abstain: count('abstain'),
    cast,
    boardSize: rules.boardSize,
    ...(rules.eligible !== undefined ? { eligible: rules.eligible } : {}),
    quorum: rules.quorum,
    needed: Math.max(0, rules.quorum - cast),
  };
}

interface Counts {
  for: number;
  against: number;
  abstain: number;
  /** The chair's vote, when exactly one chair voted. */
  chair?: VoteChoice;
}

function outcomeOf(counts: Counts, rules: VoteRules): VoteOutcome {
  const cast = counts.for + counts.against + counts.abstain;
  if (cast < rules.quorum) return { status: 'expired', reason: 'no-quorum' };
  let comparison: number;
  if (rules.threshold === 'majority-of-cast') comparison = Math.sign(counts.for - counts.against);
  else comparison = Math.sign(2 * counts.for - rules.boardSize);
  if (comparison > 0) return { status: 'approved', reason: 'majority' };
  if (comparison < 0) return { status: 'declined', reason: 'majority' };
  if (rules.tie === 'chair-casting-vote' && (counts.chair === 'for' || counts.chair === 'against')) {
    return { status: counts.chair === 'for' ? 'approved' : 'declined', reason: 'chair-casting-vote' };
  }
  return { status: 'declined', reason: 'tie' };
}

function countsOf(ballots: readonly Ballot[], rules: VoteRules): Counts {
  const tally = tallyVotes(ballots, rules);
  const chairVotes = ballots.filter((ballot) => rules.chairKeys.includes(ballot.voterKey));
  return {
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    ...(chairVotes.length === 1 ? { chair: chairVotes[0]!.choice } : {}),
  };
}

/** The outcome when voting closes (window end, or every eligible member has voted). */
export function finalVoteOutcome(ballots: readonly Ballot[], rules: VoteRules): VoteOutcome {
  return outcomeOf(countsOf(ballots, rules), rules);
}

/**
 * The outcome once it can no longer change, whatever the members still to vote do (including not
 * voting at all); undefined while it still could. Every way the remaining votes could fall is
 * tried by counts, which is cheap for any real board.
 */
export function settledVoteOutcome(
  ballots: readonly Ballot[],
  remainingVoterKeys: readonly string[],
  rules: VoteRules,
): VoteOutcome | undefined {
  const base = countsOf(ballots, rules);
  if (remainingVoterKeys.length === 0) return outcomeOf(base, rules);
  const chairVoted = ballots.some((ballot) => rules.chairKeys.includes(ballot.voterKey));
  const chairRemaining =
    !chairVoted && rules.chairKeys.length === 1 && remainingVoterKeys.includes(rules.chairKeys[0]!);
  const others = remainingVoterKeys.length - (chairRemaining ? 1 : 0);
  const chairOptions: Array<VoteChoice | undefined> = chairRemaining
    ? ['for', 'against', 'abstain', undefined]
    : [base.chair];
  let seen: VoteOutcome | undefined;
  for (const chair of chairOptions) {
    for (let f = 0; f <= others; f++) {
      for (let a = 0; a + f <= others; a++) {
        for (let ab = 0; ab + a + f <= others; ab++) {
          const counts: Counts = {
            for: base.for + f + (chairRemaining && chair === 'for' ? 1 : 0),
            against: base.against + a + (chairRemaining && chair === 'against' ? 1 : 0),
            abstain: base.abstain + ab + (chairRemaining && chair === 'abstain' ? 1 : 0),
            ...(chair ? { chair } : {}),
          };
          const outcome = outcomeOf(counts, rules);
          if (!seen) seen = outcome;
          else if (seen.status !== outcome.status) return undefined;
        }
      }
    }
  }
  // The status cannot change; report the reason the votes cast so far give.
  return seen
    ? {
        status: seen.status,
        reason: outcomeOf(base, rules).status === seen.status ? outcomeOf(base, rules).reason : seen.reason,
      }
    : undefined;
}
