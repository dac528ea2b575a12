import { describe, expect, it } from 'vitest';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A template-style policy (paraphrased, not any organisation's wording) that gives one rule twice:
// once for the adults, once for the young people.
const templateDoc = `---
id: allsorts-template-test
title: Texting and Social Media Code
organisation: allsorts
source: written for this test
numbering: positional
---

# Texting and Social Media Code

## Coaches and volunteers must not:

1. Send young members messages of a personal nature from a personal phone.
2. Remove any unsuitable text or email sent to you, as it may be needed in an investigation.

## Students must not:

1. Post hurtful or abusive comments about other members online.
2. Remove unsuitable texts or emails sent to you, as they may be needed in an investigation.
`;

const answerer = allsortsWithTemplate('template.md', templateDoc);
const today = new Date('2026-12-02T12:00:00Z');

describe('the same rule written twice, for the adults and for the young people', () => {
  it("gives staff the adults' copy first, even when the question names a student", () => {
    const answer = answerer.answer('allsorts', 'got an unsuitable text from a student, can i just remove it?', today);
    expect(answer.citations[0]!.section).toBe('Coaches and volunteers must not');
    expect(answer.citations.map((c) => c.section)).toContain('Students must not');
  });

  it("gives a young person's question the young people's copy", () => {
    const answer = answerer.answer('allsorts', 'can students remove unsuitable texts sent to them?', today);
    expect(answer.citations[0]!.section).toBe('Students must not');
  });
});
