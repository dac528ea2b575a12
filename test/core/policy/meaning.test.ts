import { describe, expect, it } from 'vitest';
import { sharedWordVectors } from '../../../src/adapters/word-vectors-file.ts';
import { ClauseIndex, defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import { closeness, MEANING_MIN_RANK, meaningDirection, meaningSum } from '../../../src/core/policy/meaning.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';

const vectors = sharedWordVectors();
const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

describe('meaning', () => {
  it('leaves the most frequent English words out, and has no direction for a text of only those', () => {
    expect(vectors.rank('the')).toBeLessThan(MEANING_MIN_RANK);
    expect(meaningSum(words('the and of to'), vectors).count).toBe(0);
    expect(meaningDirection(words('can i do it'), vectors)).toBeUndefined();
    const direction = meaningDirection(words('photographs of the team'), vectors)!;
    expect(closeness(direction, direction)).toBeCloseTo(1, 5);
  });

  it('reads a question nearer the sentence about the same thing in other words', () => {
    const question = meaningDirection(words('can i hug a child who is upset?'), vectors)!;
    const comfort = meaningDirection(
      words('Physical contact should be limited to comforting a distressed child.'),
      vectors,
    )!;
    const kit = meaningDirection(words('Players must wear shin pads and the club kit at every session.'), vectors)!;
    expect(closeness(question, comfort)).toBeGreaterThan(closeness(question, kit) + 0.1);
  });
});

describe('closeness in meaning in the ranking', () => {
  // Written for this test (no organisation's wording).
  const clauses: Clause[] = [
    'Physical contact with a child should be limited to comforting a distressed child.',
    'Every child must wear the club kit at each session.',
  ].map((text, i) => ({
    id: `doc#${i + 1}`,
    documentId: 'doc',
    label: String(i + 1),
    section: 'Rules',
    text,
    line: i + 1,
    kind: 'clause',
  }));
  const ranks = (meaningWeight: number, question: string): number[] => {
    const index = new ClauseIndex(clauses, new TextAnalyser(), { ...defaultIndexOptions, meaningWeight }, [], {
      vectors,
    });
    const results = index.search(index.analyse(question), 2);
    return clauses.map((clause) => results.find((result) => result.clause === clause)?.rank ?? 0);
  };

  it("multiplies each sentence's rank by e to the weight times its closeness to the question", () => {
    const question = 'a little one is really upset, can i give the child a hug?';
    const [comfort0, kit0] = ranks(0, question);
    const [comfort1, kit1] = ranks(1, question);
    expect(comfort0).toBeGreaterThan(0);
    expect(kit0).toBeGreaterThan(0);
    // The sentence about the same thing gains more than the one that only shares "child".
    expect(comfort1! / comfort0!).toBeGreaterThan(kit1! / kit0!);
    const asked = meaningDirection(new TextAnalyser().tokensAndTerms(question).tokens, vectors)!;
    const comfort = meaningDirection(new TextAnalyser().tokensAndTerms(clauses[0]!.text).tokens, vectors)!;
    expect(comfort1! / comfort0!).toBeCloseTo(Math.exp(closeness(asked, comfort)), 5);
  });
});
