import { describe, expect, it } from 'vitest';
import { PolicyAnswerer } from '../../../src/core/policy/answer.ts';
import { buildCorpus } from '../../../src/core/policy/corpus.ts';

// A small club (paraphrased, not any organisation's wording): its contacts record names who runs
// lifts home after Saturday sessions; its policy states the rule on lifts.
const organisation = `slug: riverside-club
name: Riverside Club
contacts:
  transport:
    title: Transport coordinator
    name: Sam Lee
    notes: Arranges lifts home for young people after the Saturday session.
  lead:
    title: Safeguarding lead
    name: Kim Ray
askInstead: [lead]
reporting:
  summary: Tell the safeguarding lead today.
  contacts: [lead]
  emergency: If someone is in immediate danger, call 999 now.
roles: {}
`;

const policy = `---
id: riverside-transport
title: Transport
organisation: riverside-club
source: written for this test
numbering: positional
---

# Transport

## Lifts

Volunteers must not drive a young person home alone in their own car.
`;

function answerer(options: ConstructorParameters<typeof PolicyAnswerer>[1] = {}): PolicyAnswerer {
  const result = buildCorpus([
    {
      slug: 'riverside-club',
      organisation: { file: 'riverside-club/organisation.yaml', text: organisation },
      documents: [{ file: 'riverside-club/transport.md', text: policy }],
    },
  ]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return new PolicyAnswerer(result.corpus, options);
}

const today = new Date('2026-12-04T12:00:00Z');

describe('the contacts record, for a question asking leave', () => {
  it('ranks below the rule: a list of who to reach states no rule on whether one may', () => {
    const answer = answerer().answer(
      'riverside-club',
      'can i give a young person a lift home after the saturday session?',
      today,
    );
    expect(answer.citations[0]!.section).toBe('Lifts');
    expect(answer.verdict).toBe('not-allowed');
  });

  it('is still cited first when asked who someone is', () => {
    const answer = answerer().answer('riverside-club', 'who arranges lifts home after the saturday session?', today);
    expect(answer.citations[0]!.clause).toBe('Contacts');
  });
});
