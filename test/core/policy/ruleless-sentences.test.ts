import { describe, expect, it } from 'vitest';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A youth club's trips policy (paraphrased, not any organisation's wording): one paragraph tells
// what the trips are, another states the rule on what the question asks.
const tripsDoc = `---
id: allsorts-trips-test
title: Trips and Outings
organisation: allsorts
source: written for this test
numbering: positional
---

# Trips and Outings

## Activities

At the coast the young people swim in the sea and play on the sand.

## Safety

Staff must not let young people swim in the sea.
`;

const today = new Date('2026-12-04T12:00:00Z');
const question = 'can the young people swim in the sea?';

describe('a sentence that states no rule, against a question asking leave', () => {
  it('ranks below a sentence that states the rule on the act, so the verdict is read from the rule', () => {
    const answer = allsortsWithTemplate('trips.md', tripsDoc).answer('allsorts', question, today);
    expect(answer.citations[0]!.section).toBe('Safety');
    expect(answer.verdict).toBe('not-allowed');
  });

  it('keeps its place when ranked as matched (ruleless 1), and for a question asking what happens', () => {
    const plain = allsortsWithTemplate('trips.md', tripsDoc, { ruleless: 1 }).answer('allsorts', question, today);
    expect(plain.citations[0]!.section).toBe('Activities');
    expect(plain.verdict).toBe('see-policy');
    const open = allsortsWithTemplate('trips.md', tripsDoc).answer(
      'allsorts',
      'what do the young people do at the coast?',
      today,
    );
    expect(open.citations[0]!.section).toBe('Activities');
  });
});
