import { describe, expect, it } from 'vitest';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A template-style policy (paraphrased, not any organisation's wording) in which one clause
// welcomes parents at sessions and another, about a child sent home, asks one not to come.
const templateDoc = `---
id: allsorts-parents-test
title: Parents at Sessions
organisation: allsorts
source: written for this test
numbering: positional
---

# Parents at Sessions

## Joining in

1. Parents are welcome to stay and join in at our evening sessions.

## Warnings

1. A parent given a second warning is asked not to stay and join in at evening sessions.
`;

const answerer = allsortsWithTemplate('parents-at-sessions.md', templateDoc);
const today = new Date('2026-12-02T12:00:00Z');

describe('two cited readings that disagree', () => {
  it('answers "see the policy", not the stricter of the two, when the best clause allows what another forbids', () => {
    const answer = answerer.answer('allsorts', 'can parents stay and join in at the evening sessions?', today);
    expect(answer.citations[0]!.section).toBe('Joining in');
    expect(answer.citations.map((citation) => citation.section)).toContain('Warnings');
    expect(answer.verdict).toBe('see-policy');
  });
});
