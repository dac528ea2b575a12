import { describe, expect, it } from 'vitest';
import { ClauseIndex, defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import type { Clause } from '../../../src/core/policy/policy-types.ts';
import { runInHeading, withoutRunInHeading } from '../../../src/core/policy/run-in-heading.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';
import { sentenceForce } from '../../../src/core/policy/verdict.ts';

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

describe('runInHeading and withoutRunInHeading', () => {
  it('find the emphasised words a clause opens with, and the rule after them', () => {
    expect(runInHeading('*Mobile Phones* - No mobile phones are allowed.')).toBe('Mobile Phones');
    expect(runInHeading('**Tutors**: Name, contact details, qualifications')).toBe('Tutors');
    expect(runInHeading('**Child:** Anyone under the age of 18.')).toBe('Child:');
    expect(runInHeading('Mobile phones are not allowed.')).toBeUndefined();
    expect(withoutRunInHeading('*Mobile Phones* - No mobile phones are allowed.')).toBe(
      'No mobile phones are allowed.',
    );
    expect(withoutRunInHeading('◦ **Child:** Anyone under the age of 18.')).toBe('◦ Anyone under the age of 18.');
    // Emphasis that runs on into the sentence is part of the rule.
    expect(withoutRunInHeading('**Do not** share photos of members.')).toBe('**Do not** share photos of members.');
  });
});

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
  });
});
