import { describe, expect, it } from 'vitest';
import { sharedWordVectors } from '../../../src/adapters/word-vectors-file.ts';
import { candidateFeatures, type RankedCandidate } from '../../../src/core/policy/candidate-order.ts';
import { candidateOrderModel } from '../../../src/core/policy/candidate-order-model.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import { ALIGNMENT_MEASURES, AlignmentVocabulary } from '../../../src/core/policy/word-alignment.ts';

const analyser = new TextAnalyser();
const tokens = (text: string): readonly string[] => analyser.tokensAndTerms(text).tokens;
const named = (values: readonly number[]): Record<string, number> =>
  Object.fromEntries(ALIGNMENT_MEASURES.map((name, k) => [name, values[k]!]));

/** A vocabulary over some policy sentences, and the measures of a question against one of them (as its own clause). */
function aligner(sentences: readonly string[]) {
  const vocabulary = new AlignmentVocabulary(sharedWordVectors());
  const ids = sentences.map((sentence) => vocabulary.ids(tokens(sentence)));
  return (question: string, sentence: number, clause = sentence): Record<string, number> => {
    const asked = vocabulary.question(tokens(question));
    if (!asked) throw new Error(`no word of "${question}" counts`);
    return named(vocabulary.measure(asked, ids[sentence]!, ids[clause]!));
  };
}

const policy = [
  'No individual who is unsuitable to work with children has unsupervised access to them.',
  'The kit store is locked at nine and the keys are kept in the office.',
  'Photographs of children must not be posted online without written parental consent.',
];

describe('how each question word is met by a sentence (word vectors)', () => {
  it('meets every word of a question a sentence holds in full', () => {
    const measures = aligner(policy)('photographs posted online without consent', 2);
    expect(measures.alignMean).toBeCloseTo(1, 5);
    expect(measures.alignWeighted).toBeCloseTo(1, 5);
    expect(measures.alignMet).toBeCloseTo(1, 5);
    expect(measures.alignUnmet).toBe(0);
  });

  it('meets a word by one near it in meaning, and a sentence about the same thing beats one that is not', () => {
    const measure = aligner(policy);
    const question = 'can my neighbour babysit the kids while i nip out? she has not been vetted';
    const near = measure(question, 0);
    const far = measure(question, 1);
    expect(near.alignWeighted).toBeGreaterThan(far.alignWeighted);
    expect(near.alignMet).toBeGreaterThan(far.alignMet);
    expect(near.sentenceAlignWeighted).toBeGreaterThan(far.sentenceAlignWeighted);
  });

  it('reads the whole clause for the clause measures', () => {
    const measure = aligner(policy);
    const alone = measure('who keeps the keys to the kit store', 0, 0);
    const inClause = measure('who keeps the keys to the kit store', 0, 1);
    expect(inClause.clauseAlignWeighted).toBeGreaterThan(alone.clauseAlignWeighted);
    // The sentence's own measures are the sentence's, whatever its clause.
    expect(inClause.alignWeighted).toBe(alone.alignWeighted);
  });

  it('counts neither stop words nor the most frequent English words', () => {
    const vocabulary = new AlignmentVocabulary(sharedWordVectors());
    vocabulary.ids(tokens(policy[0]!));
    expect(vocabulary.question(tokens('can i do it if he is'))).toBeUndefined();
  });

  it('gives the same measures whether the cosines were remembered from earlier questions or not', () => {
    const remembered = aligner(policy);
    for (const question of ['photos of the kids online', 'who has the keys', 'a neighbour with access to children'])
      for (let sentence = 0; sentence < policy.length; sentence += 1) remembered(question, sentence);
    const fresh = aligner(policy);
    for (let sentence = 0; sentence < policy.length; sentence += 1)
      expect(remembered('can a neighbour take photos of the kids', sentence)).toEqual(
        fresh('can a neighbour take photos of the kids', sentence),
      );
  });
});

describe('the learned order reads the alignment', () => {
  it('takes each measure from the candidate and weighs some of them', () => {
    const clause = { id: 'c', text: 'Never text a member' } as unknown as Clause;
    const alignment = ALIGNMENT_MEASURES.map((_, k) => k / 10);
    const candidate: RankedCandidate = {
      clause,
      sentence: clause.text,
      score: 5,
      rank: 5,
      coverage: 0.5,
      matchedTerms: [],
      signals: { closeness: 0.4, held: 0.5, own: 0.5, inClause: 0, inHeading: 0, ownTerms: 2, terms: 4, alignment },
      actorFactor: 1,
      typeFactor: 1,
      factsFactor: 1,
      rulelessFactor: 1,
    };
    const features = candidateFeatures(candidate, {
      bestScore: 5,
      bestRank: 5,
      actTerms: undefined,
      termsOf: (sentence) => sentence.toLowerCase().split(/\W+/),
    });
    ALIGNMENT_MEASURES.forEach((name, k) => expect(features.get(name)).toBe(k / 10));
    const weighed = ALIGNMENT_MEASURES.filter((name) => (candidateOrderModel?.weights[name] ?? 0) !== 0);
    expect(weighed.length).toBeGreaterThan(0);
  });
});
