import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/adapters/policy-files.ts';
import { defaultPoliciesDir } from '../../src/cli/cli-support.ts';
import type { Corpus } from '../../src/core/policy/corpus.ts';

const seedsDir = path.join(import.meta.dirname, '../fixtures/seeds');

/** Words only: what "verbatim" must preserve once layout (breaks, bullets, emphasis) is gone. */
function words(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[•◦·o\uf0b7-]|\d+\.)\s+/gm, ' ')
    .replace(/[•◦·\uf0b7]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the shipped policy corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(defaultPoliciesDir);
  });

  it('has the five sample organisations', () => {
    expect([...corpus.organisations.keys()].sort()).toEqual([
      'activity-alliance',
      'allsorts',
      'interest-link-borders',
      'online-courses',
      'worknlearn',
    ]);
  });

  it('quotes every clause verbatim from its source document', () => {
    const failures: string[] = [];
    for (const org of corpus.organisations.values()) {
      for (const document of org.documents.values()) {
        const source = words(readFileSync(path.join(seedsDir, document.meta.source), 'utf8'));
        for (const clause of document.clauses) {
          // A clause's blocks may sit apart in the source (a page footer between them): check each block.
          for (const block of clause.text.split('\n')) {
            if (!source.includes(words(block))) failures.push(`${clause.id}: "${block.slice(0, 60)}"`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('numbers Allsorts clauses 2.1 to 6.1 and Worknlearn 1.1 to 10.2 as the documents do', () => {
    const labels = (slug: string) => corpus.organisations.get(slug)!.clauses.map((clause) => clause.label);
    expect(labels('allsorts')).toEqual(expect.arrayContaining(['2.1', '2.5', '3.5', '4.1', '4.3', '5.4', '6.1']));
    expect(labels('worknlearn')).toEqual(expect.arrayContaining(['1.1', '1.5', '6.5', '7.3', '10.1', '10.2']));
    expect(labels('activity-alliance')).toContain("Dos and don'ts > Do 3");
  });

  it('gives Allsorts exactly the five request flows of the product brief, each linked to its clauses', () => {
    const allsorts = corpus.organisations.get('allsorts')!;
    expect(allsorts.organisation.flows.map((flow) => flow.id).sort()).toEqual([
      'keep-contact-details',
      'photos',
      'premium-international-calls',
      'trustee-contact',
      'work-phone-sharing',
    ]);
    const linked = (clause: string) =>
      (allsorts.flowsByClause.get(`allsorts-mobile-phone-policy#${clause}`) ?? []).map((flow) => flow.id);
    expect(linked('3.5')).toContain('keep-contact-details');
    expect(linked('4.3')).toContain('trustee-contact');
    expect(linked('2.1')).toContain('photos');
  });

  it('gives every organisation at least one flow from its own policy', () => {
    for (const [slug, org] of corpus.organisations) expect(org.organisation.flows.length, slug).toBeGreaterThan(0);
  });

  it('makes document facts and contacts searchable records', () => {
    const aa = corpus.organisations.get('activity-alliance')!;
    const facts = aa.clauses.find((clause) => clause.label === 'Document details')!;
    expect(facts.kind).toBe('facts');
    expect(facts.text).toContain('Review date: January 2026');
    expect(aa.clauses.some((clause) => clause.label === 'Contacts')).toBe(true);
  });
});
