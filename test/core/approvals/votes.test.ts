import { describe, expect, it } from 'vitest';
import {
  type Ballot,
  finalVoteOutcome,
  settledVoteOutcome,
  tallyVotes,
  type VoteChoice,
  type VoteRules,
} from '../../../src/core/approvals/votes.ts';

const board = ['chair', 'b', 'c', 'd', 'e'];
const rules: VoteRules = {
  quorum: 3,
  threshold: 'majority-of-cast',
  tie: 'chair-casting-vote',
  boardSize: 5,
  chairKeys: ['chair'],
};
const ballots = (votes: Record<string, VoteChoice>): Ballot[] =>
  Object.entries(votes).map(([voterKey, choice]) => ({ voterKey, choice }));
const remaining = (votes: Record<string, VoteChoice>) => board.filter((key) => !(key in votes));

describe('finalVoteOutcome', () => {
  it('expires below quorum, counting abstentions towards it', () => {
    expect(finalVoteOutcome(ballots({ b: 'for', c: 'for' }), rules)).toEqual({
      status: 'expired',
      reason: 'no-quorum',
    });
    expect(finalVoteOutcome(ballots({ b: 'for', c: 'abstain', d: 'abstain' }), rules)).toEqual({
      status: 'approved',
      reason: 'majority',
    });
  });

  it('decides majority-of-cast by for against against, abstentions aside', () => {
    expect(finalVoteOutcome(ballots({ b: 'against', c: 'against', d: 'for' }), rules)).toEqual({
      status: 'declined',
      reason: 'majority',
    });
  });

  it("breaks a tie with the chair's vote, else declines", () => {
    expect(finalVoteOutcome(ballots({ chair: 'for', b: 'against', c: 'abstain' }), rules)).toEqual({
      status: 'approved',
      reason: 'chair-casting-vote',
    });
    expect(finalVoteOutcome(ballots({ chair: 'against', b: 'for', c: 'abstain' }), rules)).toEqual({
      status: 'declined',
      reason: 'chair-casting-vote',
    });
    expect(finalVoteOutcome(ballots({ chair: 'abstain', b: 'for', c: 'against' }), rules)).toEqual({
      status: 'declined',
      reason: 'tie',
    });
    expect(
      finalVoteOutcome(ballots({ chair: 'for', b: 'against', c: 'abstain' }), { ...rules, tie: 'declined' }),
    ).toEqual({ status: 'declined', reason: 'tie' });
  });

  it('needs more than half the whole board for majority-of-board', () => {
    const boardRules: VoteRules = { ...rules, threshold: 'majority-of-board', quorum: 2 };
    expect(finalVoteOutcome(ballots({ b: 'for', c: 'for', d: 'abstain' }), boardRules)).toEqual({
      status: 'declined',
      reason: 'majority',
    });
    expect(finalVoteOutcome(ballots({ b: 'for', c: 'for', d: 'for' }), boardRules)).toEqual({
      status: 'approved',
      reason: 'majority',
    });
  });
});

describe('settledVoteOutcome', () => {
  it('is undefined while the remaining votes could still change the outcome', () => {
    const votes = { b: 'for', c: 'for' } as const;
    expect(settledVoteOutcome(ballots(votes), remaining(votes), rules)).toBeUndefined();
  });

  it('settles as soon as no remaining vote can change it', () => {
    const votes = { b: 'for', c: 'for', d: 'for' } as const;
    expect(settledVoteOutcome(ballots(votes), remaining(votes), rules)).toEqual({
      status: 'approved',
      reason: 'majority',
    });
    const against = { b: 'against', c: 'against', d: 'against' } as const;
    expect(settledVoteOutcome(ballots(against), remaining(against), rules)).toEqual({
      status: 'declined',
      reason: 'majority',
    });
  });

  it('waits for the chair when a tie is still possible', () => {
    // 2-1 with the chair and one other to vote: a 2-2 tie is possible, and the chair would break it.
    const votes = { b: 'for', c: 'for', d: 'against' } as const;
    expect(settledVoteOutcome(ballots(votes), remaining(votes), rules)).toBeUndefined();
  });

  it('settles when everyone has voted, whatever the result', () => {
    const votes = { chair: 'for', b: 'for', c: 'against', d: 'against', e: 'abstain' } as const;
    expect(settledVoteOutcome(ballots(votes), [], rules)).toEqual({ status: 'approved', reason: 'chair-casting-vote' });
  });

  it('agrees with the final outcome over every complete vote (model check)', () => {
    const choices: Array<VoteChoice | undefined> = ['for', 'against', 'abstain', undefined];
    let checked = 0;
    const assign = (i: number, votes: Record<string, VoteChoice>): void => {
      if (i === board.length) {
        const settled = settledVoteOutcome(ballots(votes), remaining(votes), rules);
        if (settled) {
          // Every completion of this partial vote must give the same status.
          const open = remaining(votes);
          const complete = (j: number, more: Record<string, VoteChoice>): void => {
            if (j === open.length) {
              expect(finalVoteOutcome(ballots(more), rules).status).toBe(settled.status);
              checked++;
              return;
            }
            for (const choice of choices) complete(j + 1, choice ? { ...more, [open[j]!]: choice } : more);
          };
          complete(0, votes);
        }
        return;
      }
      for (const choice of choices) assign(i + 1, choice ? { ...votes, [board[i]!]: choice } : votes);
    };
    assign(0, {});
    expect(checked).toBeGreaterThan(100);
  });
});

describe('tallyVotes', () => {
  it('counts each choice, what was cast, and how many more the quorum needs', () => {
    expect(tallyVotes(ballots({ b: 'for', c: 'abstain' }), rules)).toEqual({
      for: 1,
      against: 0,
      abstain: 1,
      cast: 2,
      boardSize: 5,
      quorum: 3,
      needed: 1,
    });
  });
});
