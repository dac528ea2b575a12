import { describe, expect, it } from 'vitest';
import { ClauseIndex, defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import { readVerdict, sentenceForce } from '../../../src/core/policy/verdict.ts';

// Camp rules written the way a woodcraft group's camping policy lays them out (paraphrased, not
// any organisation's wording): each item opens with its topic, emphasised, then a dash.
function clauses(...texts: string[]): Clause[] {
  return texts.map((text, i) => ({
    id: `camp#${i + 1}`,
    documentId: 'camp',
    label: `General Policies ${i + 1}`,
    section: 'General Policies',
    text,
    line: i + 1,
    kind: 'clause',
  }));
}

const camp = clauses(
  'Parents take responsibility for their behaviour. Their dogs stay in the car park.',
  '*Dogs* – These must be kept on a lead around the tents. The owner must take responsibility for their behaviour at all times.',
  '*Equipment* – The equipment officer will make sure the equipment is brought to camp and put up.',
);

describe('a run-in heading', () => {
  it('names the topic of every sentence of its clause, as a heading does', () => {
    const index = new ClauseIndex(camp, new TextAnalyser(), defaultIndexOptions);
    const results = index.search(index.analyse("who takes responsibility for a dog's behaviour?"), 3);
    expect(results[0]!.clause.id).toBe('camp#2');
    // The sentence it is cited for is the one about behaviour, not the one that names the topic.
    expect(results[0]!.sentence).toBe('The owner must take responsibility for their behaviour at all times.');
  });

  it('is not the rule: "*Mobile Phones* - No mobile phones … are allowed" forbids', () => {
    const rule =
      '*Mobile Phones* - No mobile phones or other electrical equipment are allowed on camp for children under 16.';
    expect(sentenceForce(rule)).toMatchObject({ prohibits: true, permits: false });
    // However much is named between "no" and "are allowed".
    expect(
      sentenceForce('Children under 16: no phones, tablets or games consoles are permitted in the tents.'),
    ).toMatchObject({ prohibits: true, permits: false });
    const analyser = new TextAnalyser();
    const relevance = {
      terms: (text: string) => analyser.terms(text),
      weight: () => 1,
      known: () => true,
      related: (term: string) => analyser.related(term),
    };
    expect(
      readVerdict({ question: 'can the little ones bring their phones on camp?', clauseText: rule, relevance }).verdict,
    ).toBe('not-allowed');
  });
});
