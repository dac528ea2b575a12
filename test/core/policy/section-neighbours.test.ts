import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/adapters/answerer.ts';
import { loadCorpus } from '../../../src/adapters/policy-files.ts';
import type { PolicyAnswerer } from '../../../src/core/policy/answer.ts';
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

describe('the act in other words, held against the rest of its section', () => {
  // A holiday club's own terms (The Clubhouse, not one of the shipped five): "We may take
  // photographs…" and, under the same heading, "You will be asked to give consent for photography…".
  let withEnglish: PolicyAnswerer;
  beforeAll(async () => {
    withEnglish = createAnswerer(await loadCorpus('test/fixtures/unseen-policies/the-clubhouse'));
  });

  it('reads a word the index reads as near the policy’s ("snapping": photograph) as naming the act', () => {
    const answer = withEnglish.answer(
      'the-clubhouse',
      "so i can get snapping at today's session for our website?",
      today,
    );
    expect(answer.citations[0]!.section).toBe('Photography and Media');
    expect(answer.verdict).toBe('needs-approval');
  });
});
