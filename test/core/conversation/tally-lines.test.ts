import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../../src/core/approvals/request-view.ts';
import type { Tally } from '../../../src/core/approvals/votes.ts';
import { tallyLine } from '../../../src/core/conversation/request-replies.ts';

const tally = (over: Partial<Tally>): Tally =>
  ({ for: 3, against: 0, abstain: 0, cast: 3, quorum: 3, boardSize: 5, ...over }) as Tally;
const vote = (over: Partial<RequestView>): RequestView =>
  ({
    route: { kind: 'vote', body: 'trustee', closesAt: '2026-12-09T12:00:00.000Z' },
    status: 'approved',
    decidedAt: '2026-12-02T12:00:00.000Z',
    ...over,
  }) as RequestView;

describe('tallyLine (the vote line every platform shows)', () => {
  it('counts only those who may vote: a requester on the board does not vote on their own request', () => {
    expect(tallyLine(tally({ eligible: 4, cast: 4, for: 3, against: 1 }))).toBe(
      'For 3 · Against 1 · Abstain 0 · 4 of 4 voted (quorum 3)',
    );
    expect(tallyLine(tally({}))).toBe('For 3 · Against 0 · Abstain 0 · 3 of 5 voted (quorum 3)');
  });

  it('says why a vote closed before everyone voted', () => {
    const closed = tally({ eligible: 5 });
    expect(tallyLine(closed, vote({ tally: closed }))).toBe(
      'For 3 · Against 0 · Abstain 0 · 3 of 5 voted (quorum 3) Voting closed early: 3 of 5 for: the outcome cannot change, whatever the 2 still to vote do.',
    );
    expect(tallyLine(closed, vote({ tally: closed, status: 'pending', decidedAt: undefined }))).toBe(
      'For 3 · Against 0 · Abstain 0 · 3 of 5 voted (quorum 3)',
    );
  });
});
