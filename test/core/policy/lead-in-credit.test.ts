import { describe, expect, it } from 'vitest';
import { ClauseIndex, type ClauseIndexOptions, defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import { riversideClub } from '../../support/riverside-club.ts';

// A small club's code of conduct (paraphrased, not any organisation's wording): a list of what
// parents at the touchline must do, whose items do not repeat the lead-in's "parents", and the
// same rule as one sentence that names them itself.
const policy = `---
id: riverside-code
title: Code of Conduct
organisation: riverside-club
source: written for this test
numbering: positional
---

# Code of Conduct

## Spectators

Parents and spectators at the touchline must:

- Cheer every young person on, whatever the score.
- Refrain from coaching during sessions.

## Coaching

Parents must refrain from coaching during sessions.

## Sessions

Sessions start at six and finish at eight.
`;

function clauses(): readonly Clause[] {
  return riversideClub({ file: 'code.md', text: policy }).organisations.get('riverside-club')!.clauses;
}

/** The coverage of the list item under the lead-in, as a share of the sentence that says it all itself. */
function itemShare(options: ClauseIndexOptions): number {
  const index = new ClauseIndex(clauses(), new TextAnalyser(), options);
  const found = index.search(index.analyse('a parent keeps coaching during the session, is that allowed?'));
  const item = found.find((result) => result.sentence.startsWith('Refrain'))!;
  const whole = found.find((result) => result.sentence.startsWith('Parents must refrain'))!;
  return item.coverage / whole.coverage;
}

describe("the words of a list item's lead-in", () => {
  it('count nearly as fully as the item\'s own: the item under "Parents … must:" covers a question about a parent almost as a sentence naming parents does', () => {
    expect(itemShare(defaultIndexOptions)).toBeGreaterThan(0.9);
  });

  it('counted for less at the earlier credit of 0.6', () => {
    expect(itemShare({ ...defaultIndexOptions, clauseCredit: 0.6 })).toBeLessThan(0.85);
  });
});
