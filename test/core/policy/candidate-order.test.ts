import { describe, expect, it } from 'vitest';
import {
  type CandidateContext,
  candidateFeatures,
  orderCandidates,
  orderScore,
  type RankedCandidate,
} from '../../../src/core/policy/candidate-order.ts';
import { candidateOrderModel } from '../../../src/core/policy/candidate-order-model.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

/** A candidate as the answer path ranks it; only what the features read is filled in. */
function candidate(id: string, sentence: string, rank: number, score: number, terms: number): RankedCandidate {
  const clause = { id, text: sentence } as unknown as Clause;
  return {
    clause,
    sentence,
    score,
    rank,
    coverage: 0.5,
    matchedTerms: [],
    signals: { closeness: 0.4, held: 0.5, own: 0.5, inClause: 0, inHeading: 0, ownTerms: 2, terms },
    actorFactor: 1,
    typeFactor: 1,
    factsFactor: 1,
    rulelessFactor: 1,
  };
}

const context = (actTerms?: ReadonlySet<string>): CandidateContext => ({
  bestScore: 10,
  bestRank: 8,
  actTerms,
  termsOf: (sentence) => sentence.toLowerCase().split(/\W+/).filter(Boolean),
});

describe('the learned order of the candidates', () => {
  it('measures a candidate against the best of its question', () => {
    const best = candidateFeatures(candidate('a', 'Never text a member', 8, 10, 4), context());
    expect(best.get('hand')).toBe(0);
    expect(best.get('bm25')).toBe(0);
    const weaker = candidateFeatures(candidate('b', 'Never text a member', 4, 5, 4), context());
    expect(weaker.get('hand')).toBeCloseTo(Math.log(0.5), 10);
    expect(weaker.get('bm25')).toBeCloseTo(Math.log(0.5), 10);
    // A question asking leave: the share of the act's terms the sentence holds; otherwise no such measure.
    expect(best.has('act')).toBe(false);
    const act = candidateFeatures(candidate('a', 'Never text a member', 8, 10, 4), context(new Set(['text', 'photo'])));
    expect(act.get('act')).toBe(0.5);
  });

  it('orders by the model, and keeps the hand order where the model cannot tell them apart', () => {
    const long = candidate('long', 'a long sentence', 8, 10, 30);
    const short = candidate('short', 'a short one', 6, 9, 5);
    const again = candidate('again', 'a short one again', 6, 9, 5);
    // A model that prefers short sentences puts the short ones first, in their hand order.
    const ordered = orderCandidates([long, short, again], { weights: { length: -1 } }, context());
    expect(ordered.map((c) => c.clause.id)).toEqual(['short', 'again', 'long']);
    // A model that reads nothing keeps the hand order.
    expect(orderCandidates([long, short, again], { weights: {} }, context()).map((c) => c.clause.id)).toEqual([
      'long',
      'short',
      'again',
    ]);
  });

  it('orders as the model scores each candidate’s measures', () => {
    const act = context(new Set(['text', 'member']));
    const candidates = [
      candidate('a', 'Never text a member', 8, 10, 4),
      candidate('b', 'Members may be texted about fixtures by the coach', 6, 9, 8),
      candidate('c', 'A long sentence about the rota that names no act at all and goes on', 2, 4, 14),
    ];
    const byScore = [...candidates]
      .map((c) => ({ c, z: orderScore(candidateOrderModel!, candidateFeatures(c, act)) }))
      .sort((x, y) => y.z - x.z)
      .map(({ c }) => c.clause.id);
    expect(orderCandidates(candidates, candidateOrderModel!, act).map((c) => c.clause.id)).toEqual(byScore);
  });

  it('the shipped model reads exactly the measures the answer path gives it', () => {
    const features = candidateFeatures(candidate('a', 'Never text a member', 8, 10, 4), context(new Set(['text'])));
    expect(Object.keys(candidateOrderModel!.weights).sort()).toEqual([...features.keys()].sort());
  });
});

// A handbook written for this test: two sentences on leaving early, one short, one long.
const handbookDoc = `---
id: allsorts-handbook-test
title: Club Handbook
organisation: allsorts
source: written for this test
numbering: positional
---

# Club Handbook

## Leaving early

A young person may leave the session early only when a parent collects them.

## Rotas and cover

Volunteers who need to leave the session early, or who arrive late, or who want to swap a shift with another volunteer, tell the rota organiser a week ahead so that cover can be found and the session still has enough adults.
`;

const today = new Date('2026-12-04T12:00:00Z');

describe('the learned order in the answer path', () => {
  it('orders what is cited, and the hand ranking still decides whether the policies answer', () => {
    const question = 'can a young person leave the session early?';
    const hand = allsortsWithTemplate('handbook.md', handbookDoc, { candidateOrder: null }).answer(
      'allsorts',
      question,
      today,
    );
    // A model that reverses the hand order (it weighs the hand ranking against itself).
    const reversed = allsortsWithTemplate('handbook.md', handbookDoc, {
      candidateOrder: { weights: { hand: -1 } },
    }).answer('allsorts', question, today);
    const handOrder = hand.citations.map((c) => c.clause);
    expect(handOrder.length).toBeGreaterThan(1);
    expect(reversed.citations[0]!.clause).not.toBe(handOrder[0]);
    expect(new Set(reversed.citations.map((c) => c.clause))).toEqual(new Set(handOrder));

    // A question the policies do not answer is refused whatever the order.
    const offTopic = 'when do volunteers get paid for the christmas party?';
    const refused = allsortsWithTemplate('handbook.md', handbookDoc, { candidateOrder: null }).answer(
      'allsorts',
      offTopic,
      today,
    );
    expect(refused.verdict).toBe('no-answer');
    expect(
      allsortsWithTemplate('handbook.md', handbookDoc, { candidateOrder: { weights: { hand: -1 } } }).answer(
        'allsorts',
        offTopic,
        today,
      ).verdict,
    ).toBe('no-answer');
  });

  it('shows its training script each question’s candidates in the hand order, with their measures', () => {
    const seen: Array<{ clause: string; hand: number }> = [];
    const answerer = allsortsWithTemplate('handbook.md', handbookDoc, {
      candidateOrder: null,
      orderObserver: (candidates) => {
        for (const { clause, features } of candidates) seen.push({ clause: clause.id, hand: features.get('hand')! });
      },
    });
    const answer = answerer.answer('allsorts', 'can a young person leave the session early?', today);
    expect(seen.length).toBeGreaterThan(1);
    // The hand ranking's best comes first, at its own rank.
    expect(seen[0]!.hand).toBe(0);
    for (const { hand } of seen) expect(hand).toBeLessThanOrEqual(0);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
