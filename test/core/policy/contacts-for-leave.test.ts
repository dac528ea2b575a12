import { describe, expect, it } from 'vitest';
import { PolicyAnswerer } from '../../../src/core/policy/answer.ts';
import { riversideClub } from '../../support/riverside-club.ts';

// A small club (paraphrased, not any organisation's wording): its contacts record names who runs
// lifts home after Saturday sessions, beside its safeguarding lead; its policy states the rule on lifts.
const transport = `  transport:
    title: Transport coordinator
    name: Sam Lee
    notes: Arranges lifts home for young people after the Saturday session.
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
  return new PolicyAnswerer(riversideClub({ file: 'transport.md', text: policy }, transport), options);
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
