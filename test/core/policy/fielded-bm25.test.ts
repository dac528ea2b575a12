import { readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/adapters/policy-files.ts';
import { defaultPoliciesDir, projectRoot } from '../../../src/cli/cli-support.ts';
import { defaultIndexOptions } from '../../../src/core/policy/clause-index.ts';
import { type Bm25Query, FieldedBm25, type FieldTerms } from '../../../src/core/policy/fielded-bm25.ts';
import { splitSentences } from '../../../src/core/policy/sentences.ts';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';

const FIELDS = ['text', 'section', 'context', 'asked'] as const;
const { boost, bm25 } = defaultIndexOptions;
const analyser = new TextAnalyser();

/** The same scoring units the clause index builds: each sentence with its clause's heading, lead-in and phrasings. */
let documents: FieldTerms[] = [];
let questions: string[] = [];

beforeAll(async () => {
  const corpus = await loadCorpus(defaultPoliciesDir);
  documents = [...corpus.organisations.values()].flatMap((org) =>
    org.clauses.flatMap((clause) => {
      const section = analyser.terms(clause.section);
      const context = clause.context ? analyser.terms(clause.context) : [];
      const asked = (clause.asked ?? []).flatMap((phrase) => analyser.terms(phrase));
      return splitSentences(clause.text)
        .map((sentence) => analyser.terms(sentence))
        .filter((terms) => terms.length > 0)
        .map((terms): FieldTerms => [terms, section, context, asked]);
    }),
  );
  questions = ['dev-questions.jsonl', 'staff-questions.jsonl', 'unseen/five-orgs-tune.jsonl'].flatMap((file) =>
    readFileSync(path.join(projectRoot, 'test/fixtures', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );
});

/** MiniSearch over the same documents, searched as the clause index searched it before FieldedBm25. */
function miniSearch(): (query: Bm25Query, limit: number) => Array<{ doc: number; score: number }> {
  const index = new MiniSearch<Record<string, string | number>>({
    fields: [...FIELDS],
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term || null,
    searchOptions: { boost: { ...boost }, combineWith: 'OR' },
  });
  index.addAll(
    documents.map((fields, id) => ({
      id,
      ...Object.fromEntries(FIELDS.map((field, i) => [field, fields[i]!.join(' ')])),
    })),
  );
  return (query, limit) =>
    index
      .search(query.terms.join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boostTerm: query.boost,
        fuzzy: (term) => (query.fuzzy(term) ? 1 : false),
        weights: { fuzzy: 0.4, prefix: 0.3 },
        bm25: { ...bm25 },
      })
      .slice(0, limit)
      .map((result) => ({ doc: result.id as number, score: result.score }));
}

describe('FieldedBm25', () => {
  it('scores and orders exactly as MiniSearch does, typo matches and equal scores included', () => {
    const fielded = new FieldedBm25(documents, [boost.text, boost.section, boost.context, boost.asked], bm25, 0.4);
    const reference = miniSearch();
    const known = new Set(documents.flatMap((fields) => fields.flat()));
    let compared = 0;
    for (const question of questions) {
      // The question's own terms, related concepts at a lower weight, and typos in long words it may hold.
      const weights = analyser.queryTerms(question, 0.35, 0.3);
      const typo = [...weights.keys()].map((term) =>
        term.length >= 6 ? `${term.slice(0, 2)}x${term.slice(3)}` : term,
      );
      for (const terms of [[...weights.keys()], typo]) {
        const query: Bm25Query = {
          terms,
          boost: (term) => weights.get(term) ?? 1,
          fuzzy: (term) => term.length >= 6 && !known.has(term),
        };
        expect(fielded.search(query, 100)).toEqual(reference(query, 100));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('finds nothing for no terms, or terms no document holds', () => {
    const fielded = new FieldedBm25([[['phone'], [], [], []]], [1, 1, 1, 1], bm25, 0.4);
    const query = (terms: string[]): Bm25Query => ({ terms, boost: () => 1, fuzzy: () => false });
    expect(fielded.search(query([]), 10)).toEqual([]);
    expect(fielded.search(query(['camera']), 10)).toEqual([]);
    expect(fielded.search(query(['phone']), 10)).toHaveLength(1);
  });
});
