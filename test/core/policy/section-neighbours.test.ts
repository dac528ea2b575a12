import { describe, expect, it } from 'vitest';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A holiday club's terms (paraphrased, not any organisation's wording): each paragraph is a clause
// of its own, and the permission and the consent it needs stand in two paragraphs under one heading.
const termsDoc = `---
id: allsorts-terms-test
title: Terms and Conditions
organisation: allsorts
source: written for this test
numbering: positional
---

# Terms and Conditions

## Face Painting

We may offer face painting at sessions and at our summer fun day.

Parents are asked to give consent for face painting when they book, as some children react to the paints.

## Snacks

We may offer fruit and water at every session.
`;

const answerer = allsortsWithTemplate('terms.md', termsDoc);
const today = new Date('2026-12-02T12:00:00Z');

describe('a permission held against the rest of its section', () => {
  it('is subject to permission when the next paragraph under the same heading asks for consent to the act', () => {
    const answer = answerer.answer('allsorts', 'can i do some face painting with the kids at the session?', today);
    expect(answer.citations[0]!.section).toBe('Face Painting');
    expect(answer.verdict).toBe('needs-approval');
  });

  it('stays allowed when nothing under its heading says otherwise', () => {
    const answer = answerer.answer('allsorts', 'can we offer fruit and water at the session?', today);
    expect(answer.citations[0]!.section).toBe('Snacks');
    expect(answer.verdict).toBe('allowed');
  });
});
