import SearchableMap from 'minisearch/SearchableMap';

/** BM25 parameters: term-frequency saturation `k`, length normalisation `b`, and the BM25+ floor `d`. */
export interface Bm25Parameters {
  readonly k: number;
  readonly b: number;
  readonly d: number;
}

/** One document: for each field, in the index's field order, its terms (already analysed). */
export type FieldTerms = ReadonlyArray<readonly string[]>;

/** A query: distinct terms, each with its weight, and whether it may also match with one typo. */
export interface Bm25Query {
  readonly terms: readonly string[];
  readonly boost: (term: string) => number;
  readonly fuzzy: (term: string) => boolean;
}

/** A matching document (its position in the documents indexed) and its score. */
export interface Bm25Match {
  readonly doc: number;
  readonly score: number;
}

/** A term's postings in one field: the documents holding it, in order, and each one's BM25 score. */
interface FieldPostings {
  readonly field: number;
  readonly docs: Int32Array;
  readonly scores: Float64Array;
}

/**
 * BM25+ over documents of several boosted fields, for an OR query with a weight per term and
 * one-typo matching for some terms. It scores exactly as MiniSearch 7 does for the same documents
 * and query (the same formula, the same field-length averages, the same order of every floating
 * point sum, the same order among equal scores: `test/core/policy/fielded-bm25.test.ts` holds it
 * to that), but a term's score in each document is worked out once, when the index is built, and
 * a query reuses the same scratch arrays: a search allocates next to nothing, where MiniSearch
 * builds a map entry per matching document and term. The answer path searches several hundred
 * sentences per question, so that allocation was most of its garbage collection.
 */
export class FieldedBm25 {
  readonly #fieldBoosts: readonly number[];
  readonly #fuzzyWeight: number;
  readonly #postings = new Map<string, readonly FieldPostings[]>();
  /** Every term, as MiniSearch's radix tree holds it: one-typo neighbours are found in the same order. */
  readonly #terms = new SearchableMap<readonly FieldPostings[]>();
  // Scratch space for one query, one slot per document: reused, so a query allocates nothing per match.
  readonly #total: Float64Array;
  readonly #termScore: Float64Array;
  readonly #matchedTerms: Int32Array;
  readonly #inQuery: Int32Array;
  readonly #inTerm: Int32Array;
  #query = 0;
  #term = 0;
  /** Scratch lists for one query, reused: the documents it matches, and those the current term touches. */
  readonly #matched: number[] = [];
  readonly #touched: number[] = [];

  /**
   * @param fieldBoosts a multiplier per field, in the documents' field order.
   * @param fuzzyWeight the weight of a one-typo match relative to an exact one (scaled by length, as MiniSearch does).
   */
  constructor(
    documents: readonly FieldTerms[],
    fieldBoosts: readonly number[],
    parameters: Bm25Parameters,
    fuzzyWeight: number,
  ) {
    this.#fieldBoosts = fieldBoosts;
    this.#fuzzyWeight = fuzzyWeight;
    const fields = fieldBoosts.length;
    // Term frequencies by term, then field, then document; terms in the order they first occur.
    const frequencies = new Map<string, Array<Map<number, number>>>();
    const lengths = documents.map(() => new Array<number>(fields).fill(0));
    const averageLength = new Array<number>(fields).fill(0);
    documents.forEach((document, doc) => {
      for (let field = 0; field < fields; field += 1) {
        const terms = document[field] ?? [];
        // The length of a field is its number of distinct terms, averaged as documents are added.
        const length = new Set(terms).size;
        lengths[doc]![field] = length;
        averageLength[field] = (averageLength[field]! * doc + length) / (doc + 1);
        for (const term of terms) {
          let byField = frequencies.get(term);
          if (!byField) {
            byField = Array.from({ length: fields }, () => new Map<number, number>());
            frequencies.set(term, byField);
          }
          byField[field]!.set(doc, (byField[field]!.get(doc) ?? 0) + 1);
        }
      }
    });
    const total = documents.length;
    const { k, b, d } = parameters;
    for (const [term, byField] of frequencies) {
      const postings: FieldPostings[] = [];
      byField.forEach((byDocument, field) => {
        if (byDocument.size === 0) return;
        const matching = byDocument.size;
        const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const docs = new Int32Array(matching);
        const scores = new Float64Array(matching);
        let i = 0;
        for (const [doc, frequency] of byDocument) {
          const length = lengths[doc]![field]!;
          docs[i] = doc;
          scores[i] =
            inverseFrequency *
            (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength[field]!)));
          i += 1;
        }
        postings.push({ field, docs, scores });
      });
      this.#postings.set(term, postings);
      this.#terms.set(term, postings);
    }
    this.#total = new Float64Array(total);
    this.#termScore = new Float64Array(total);
    this.#matchedTerms = new Int32Array(total);
    this.#inQuery = new Int32Array(total);
    this.#inTerm = new Int32Array(total);
  }

  /**
   * The `limit` best-scoring documents for the query, best first; equal scores in the order the
   * documents were first matched. A document's score is the sum of its terms' scores, times the
   * number of query terms it matches.
   */
  search(query: Bm25Query, limit: number): Bm25Match[] {
    if (this.#query >= 0x3fffffff || this.#term >= 0x3fffffff) this.#resetStamps();
    const queryStamp = ++this.#query;
    const matched = this.#matched;
    const touched = this.#touched;
    matched.length = 0;
    for (const term of query.terms) {
      const termStamp = ++this.#term;
      touched.length = 0;
      const boost = query.boost(term);
      const exact = this.#postings.get(term);
      if (exact) this.#addPostings(exact, 1 * boost, termStamp, touched);
      if (query.fuzzy(term)) {
        for (const [near, [postings, distance]] of this.#terms.fuzzyGet(term, 1)) {
          if (distance === 0) continue;
          const weight = (this.#fuzzyWeight * near.length) / (near.length + distance);
          this.#addPostings(postings, weight * boost, termStamp, touched);
        }
      }
      for (const doc of touched) {
        if (this.#inQuery[doc] !== queryStamp) {
          this.#inQuery[doc] = queryStamp;
          this.#total[doc] = this.#termScore[doc]!;
          this.#matchedTerms[doc] = 1;
          matched.push(doc);
        } else {
          this.#total[doc] = this.#total[doc]! + this.#termScore[doc]!;
          this.#matchedTerms[doc]! += 1;
        }
      }
    }
    const total = this.#total;
    for (const doc of matched) total[doc] = total[doc]! * this.#matchedTerms[doc]!;
    // A stable sort: equal scores keep the order in which documents were first matched.
    matched.sort((a, b) => total[b]! - total[a]!);
    const out: Bm25Match[] = [];
    for (let i = 0; i < Math.min(limit, matched.length); i += 1) {
      const doc = matched[i]!;
      out.push({ doc, score: total[doc]! });
    }
    return out;
  }

  /** Adds one term's (or typo neighbour's) postings, weighted, to the current term's scores. */
  #addPostings(postings: readonly FieldPostings[], weight: number, termStamp: number, touched: number[]): void {
    const termScore = this.#termScore;
    const inTerm = this.#inTerm;
    for (const { field, docs, scores } of postings) {
      const factor = weight * this.#fieldBoosts[field]!;
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        const score = factor * scores[i]!;
        if (inTerm[doc] !== termStamp) {
          inTerm[doc] = termStamp;
          termScore[doc] = score;
          touched.push(doc);
        } else termScore[doc] = termScore[doc]! + score;
      }
    }
  }

  #resetStamps(): void {
    this.#inQuery.fill(0);
    this.#inTerm.fill(0);
    this.#query = 0;
    this.#term = 0;
  }
}
