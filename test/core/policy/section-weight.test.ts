import { describe, expect, it } from 'vitest';
import { defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import { allsortsWithTemplate } from '../../support/allsorts-with-template.ts';

// A club handbook (paraphrased, not any organisation's wording): two sentences about leaving a
// session early, one under a heading about young people's welfare whose other clause names the
// first aider, one under a heading about volunteers' rotas.
const handbookDoc = `---
id: allsorts-handbook-test
title: Club Handbook
organisation: allsorts
source: written for this test
numbering: positional
---

# Club Handbook

## Rotas

No one may leave the session early without telling the session lead.

Swaps between volunteers are arranged through the rota organiser.

## Welfare of young people

No young person may leave the session early without a parent collecting them.

An injured young person is seen by the first aider before anything else.
`;

const today = new Date('2026-12-04T12:00:00Z');
const question = 'can someone leave the session early to go to the first aider';

describe('where a sentence sits', () => {
  it('ranks, of two sentences that match alike, the one under the heading whose clauses hold more of the question first', () => {
    const answer = allsortsWithTemplate('handbook.md', handbookDoc).answer('allsorts', question, today);
    expect(answer.citations[0]!.clause).toBe('Welfare of young people 1');
  });

  it('ranks by the sentence and its clause alone with the section weight at 0', () => {
    // The hand ranking's order: the learned order of the candidates reads where a sentence sits
    // whatever the section weight.
    const plain = allsortsWithTemplate('handbook.md', handbookDoc, {
      candidateOrder: null,
      index: { ...defaultIndexOptions, sectionWeight: 0 },
    }).answer('allsorts', question, today);
    // The shorter sentence under "Rotas" matches the question's words as well and ranks first.
    expect(plain.citations[0]!.clause).toBe('Rotas 1');
  });
});
