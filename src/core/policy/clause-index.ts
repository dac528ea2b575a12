import MiniSearch from 'minisearch';
import type { Clause } from './policy-types.ts';
import { TextAnalyser } from './text-analysis.ts';

/** Tuning for clause retrieval. Defaults in {@link defaultIndexOptions}. */
export interface ClauseIndexOptions {
  /** Field boosts: a match in a section title says more about the topic than one in the text. */
  readonly boost: { readonly text: number; readonly section: number; readonly context: number };
  /** Weight of related concepts (a question about texting also looks for "messages"). */
  readonly relatedWeight: number;
  /** Terms at least this long may match with one typo. */
  readonly fuzzyMinLength: number;
  /** Weight of light question words ("use", "send") that say little on their own. */
  readonly lightWeight: number;
  /** Credit for a question term the clause covers only through a related concept. */
  readonly relatedCredit: number;
  /** Score multiplier for fact records (document details, contacts), so policy wording ranks first. */
  readonly factsBoost: number;
  /** Related concepts in more than this share of clauses (and over 200 of them) are not searched; coverage still credits them. */
  readonly maxRelatedShare: number;
  /** In a large corpus, the question's own terms in more than this share of clauses (and over 500) are not searched when rarer ones are. */
  readonly maxOwnShare: number;
  /** How many of the best BM25 matches are re-ranked by coverage. */
  readonly candidates: number;
  /** BM25 parameters: term-frequency saturation `k`, length normalisation `b`, `d`. */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
}

/** The retrieval defaults, measured on the dev questions and staff-style paraphrases. */
export const defaultIndexOptions: ClauseIndexOptions = {
  boost: { text: 1, section: 1.5, context: 0.35 },
  relatedWeight: 0.35,
  fuzzyMinLength: 6,
  lightWeight: 0.3,
  relatedCredit: 0.5,
  factsBoost: 0.5,
  candidates: 60,
  maxRelatedShare: 0.1,
  maxOwnShare: 0.15,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};

/** Heading words that name no topic of their own ("Policy Statement", "General good practice"). */
const GENERIC_HEADING_TERMS = new Set(
  'polici procedur introduct aim scope statement guidelin term content gener good practic expect preambl document detail organis safeti onlin includ young adult member volunt staff'.split(' '),
);

/** One retrieved clause with the evidence for it. */
export interface ScoredClause {
  readonly clause: Clause;
  readonly score: number;
  /** The question's own terms (not related expansions) that the clause matched. */
  readonly matchedTerms: readonly string[];
  /** Share of the question's topic (its own terms weighted by rarity) that this clause covers. */
  readonly coverage: number;
  /** The ranking score: BM25 scaled by coverage, so a clause that answers all of the question wins. */
  readonly rank: number;
}

/** A question analysed once: its own terms, the weighted query, and how rare each term is. */
export interface AnalysedQuestion {
  readonly ownTerms: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
}

interface IndexedClause {
  readonly id: string;
  readonly text: string;
  readonly section: string;
  readonly context: string;
}

/** A MiniSearch index over one organisation's clauses, with synonym-aware analysis. */
export class ClauseIndex {
  readonly analyser: TextAnalyser;
  readonly #options: ClauseIndexOptions;
  readonly #search: MiniSearch<IndexedClause>;
  readonly #clauses = new Map<string, Clause>();
  readonly #clauseTerms = new Map<string, ReadonlySet<string>>();
  readonly #sectionTerms = new Map<string, ReadonlySet<string>>();
  readonly #documentFrequency = new Map<string, number>();
  readonly #topics = new Set<string>();

  /**
   * @param topics Texts that name what the policies are about (document titles); together with
   *   section headings and the synonym map's concepts they make the topics a question must touch
   *   before a weak match counts as an answer.
   */
  constructor(clauses: readonly Clause[], analyser = new TextAnalyser(), options: ClauseIndexOptions = defaultIndexOptions, topics: readonly string[] = []) {
    this.analyser = analyser;
    this.#options = options;
    for (const text of [...topics, ...new Set(clauses.filter((c) => c.kind === 'clause').map((c) => c.section))]) {
      for (const term of analyser.terms(text)) if (!GENERIC_HEADING_TERMS.has(term)) this.#topics.add(term);
    }
    for (const term of analyser.concepts()) this.#topics.add(term);
    this.#search = new MiniSearch<IndexedClause>({
      fields: ['text', 'section', 'context'],
      // Fields arrive already analysed (see below), so tokenising is a split on spaces.
      tokenize: (text) => (text ? text.split(' ') : []),
      processTerm: (term) => term || null,
      searchOptions: { boost: { ...options.boost }, combineWith: 'OR' },
    });
    const documents: IndexedClause[] = [];
    for (const clause of clauses) {
      const text = analyser.terms(clause.text);
      const section = analyser.terms(clause.section);
      const context = clause.context ? analyser.terms(clause.context) : [];
      const all = new Set([...text, ...section]);
      for (const term of all) this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
      this.#clauses.set(clause.id, clause);
      this.#clauseTerms.set(clause.id, new Set([...text, ...context]));
      this.#sectionTerms.set(clause.id, new Set(section));
      documents.push({ id: clause.id, text: text.join(' '), section: section.join(' '), context: context.join(' ') });
    }
    this.#search.addAll(documents);
  }

  /** Number of clauses indexed. */
  get size(): number {
    return this.#clauses.size;
  }

  /** Inverse document frequency (BM25 form): rare terms weigh more; unknown terms weigh most. */
  idf(term: string): number {
    const n = this.#clauses.size;
    const df = this.#documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the term names something the policies are about (a title, heading or known concept). */
  isTopic(term: string): boolean {
    return this.#topics.has(term);
  }

  /** True when some clause contains the term. */
  knows(term: string): boolean {
    return this.#documentFrequency.has(term);
  }

  /** Analyses a question into weighted query terms. */
  analyse(question: string): AnalysedQuestion {
    const weights = this.analyser.queryTerms(question, this.#options.relatedWeight, this.#options.lightWeight);
    return { ownTerms: [...new Set(this.analyser.terms(question))], weights };
  }

  /** The clauses that best match a question, best first. */
  search(question: AnalysedQuestion, limit = 10): ScoredClause[] {
    if (question.weights.size === 0) return [];
    // A related concept found in a large share of clauses adds work, not signal: leave it to the
    // coverage re-rank, which still credits it.
    const own = new Set(question.ownTerms);
    const df = (term: string): number => this.#documentFrequency.get(term) ?? 0;
    const n = this.#clauses.size;
    // In a large corpus, a term found in a big share of clauses costs the most and tells the least:
    // search the rarer terms and leave the common ones to the coverage re-rank, which still credits
    // them. Small corpora (every organisation today) are searched in full.
    const rareOwn = question.ownTerms.filter((term) => df(term) <= Math.max(n * this.#options.maxOwnShare, 500));
    const terms = [...question.weights.keys()].filter((term) =>
      own.has(term) ? rareOwn.length === 0 || rareOwn.includes(term) : df(term) <= Math.max(n * this.#options.maxRelatedShare, 200),
    );
    const results = this.#search.search(terms.join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => question.weights.get(term) ?? 1,
      fuzzy: (term) => (own.has(term) && term.length >= this.#options.fuzzyMinLength && !this.#documentFrequency.has(term) ? 1 : false),
      weights: { fuzzy: 0.4, prefix: 0.3 },
      bm25: { ...this.#options.bm25 },
    });
    const topicWeight = question.ownTerms.reduce((sum, term) => sum + this.weight(term), 0) || 1;
    // Re-rank only the best BM25 candidates: coverage reorders near neighbours, not the tail.
    return results
      .slice(0, Math.max(limit * 5, this.#options.candidates))
      .map((result) => {
        const clause = this.#clauses.get(result.id as string)!;
        const clauseTerms = this.#clauseTerms.get(clause.id)!;
        const sectionTerms = this.#sectionTerms.get(clause.id)!;
        const matchedTerms: string[] = [];
        let covered = 0;
        // The clause's own words answer the question; its heading only says where it sits.
        for (const term of question.ownTerms) {
          if (clauseTerms.has(term) || (result.queryTerms.includes(term) && !sectionTerms.has(term))) {
            matchedTerms.push(term);
            covered += this.weight(term);
          } else if (sectionTerms.has(term)) {
            matchedTerms.push(term);
            covered += this.weight(term) * this.#options.relatedCredit;
          } else if (this.analyser.related(term).some((related) => clauseTerms.has(related))) {
            covered += this.weight(term) * this.#options.relatedCredit;
          } else if (this.analyser.related(term).some((related) => sectionTerms.has(related))) {
            covered += this.weight(term) * this.#options.relatedCredit * this.#options.relatedCredit;
          }
        }
        const coverage = covered / topicWeight;
        // Applied here rather than as a MiniSearch document boost, which would run once per posting.
        const score = clause.kind === 'facts' ? result.score * this.#options.factsBoost : result.score;
        return { clause, score, matchedTerms, coverage, rank: score * coverage };
      })
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit);
  }

  /** How much a question term says about its topic: its rarity, less for light words. */
  weight(term: string): number {
    return this.idf(term) * (this.analyser.isLight(term) ? this.#options.lightWeight : 1);
  }
}
