import { describe, expect, it } from 'vitest';
import { type AnalysedQuestion, emphasised } from '../../../src/core/policy/clause-index.ts';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A club handbook (written for this test): a rule on the act asked about, and a sentence about
// the situation the question tells.
const handbookDoc = `---
id: allsorts-handbook-test
title: Club Handbook
organisation: allsorts
source: written for this test
numbering: positional
---

# Club Handbook

## Touch

Staff must not give piggybacks to young people.

## Evening nets

Nets finish at eight.
`;

const today = new Date('2026-12-04T12:00:00Z');
const question = 'nets finish at eight, can i give a child a piggyback?';

describe('the act a question asks leave for', () => {
  // The hand ranking's weighing, without the learned order over it: since the thirty-sixth session
  // the learned order (reading how each question word is met, the situation's words as much as the
  // act's) puts "Nets finish at eight." first for this question, and answers see-policy
  // (docs/answers.md, thirty-sixth session; left as found).
  it('weighs the act asked about over the situation told, so the rule on the act ranks first', () => {
    const answer = allsortsWithTemplate('handbook.md', handbookDoc, { candidateOrder: null }).answer(
      'allsorts',
      question,
      today,
    );
    expect(answer.citations[0]!.clause).toBe('Touch 1');
    expect(answer.verdict).toBe('not-allowed');
  });

  it('ranks the sentence about the situation first when the act weighs no more than the rest', () => {
    const plain = allsortsWithTemplate('handbook.md', handbookDoc, { actWeight: 1 }).answer(
      'allsorts',
      question,
      today,
    );
    expect(plain.citations[0]!.clause).toBe('Evening nets 1');
  });

  it('keeps the question weighing as much as before', () => {
    const question: AnalysedQuestion = {
      ownTerms: ['piggyback', 'child', 'nets'],
      weights: new Map([
        ['piggyback', 1],
        ['child', 2],
        ['nets', 3],
      ]),
      soft: new Map(),
      meaning: undefined,
      general: new Set(),
      nearest: new Map(),
    };
    const weighed = emphasised(question, new Set(['piggyback', 'child']), 2);
    const total = [...weighed.weights.values()].reduce((sum, weight) => sum + weight, 0);
    expect(total).toBeCloseTo(6);
    expect(weighed.weights.get('piggyback')! / weighed.weights.get('nets')!).toBeCloseTo((2 * 1) / 3);
    expect(emphasised(question, new Set(['swim']), 2)).toBe(question);
  });
});
