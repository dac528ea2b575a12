/**
 * Whether the policies answer a question at all, read from general measures of how well the best
 * clause matches it, none of them about any one organisation or topic: the learned scope model's
 * probability that such policies do not cover it, how strongly and how fully the best clause
 * matches, how much of it the organisation's policies know, whether a where or when question's
 * best clause states no place or time, whether it asks for a listed contact, and its length.
 * A logistic model over them (`answer-gate-model.ts`, `npm run train:gate`) weighs them together
 * where hand-set thresholds had weighed each alone (docs/answers.md, step 6).
 */

/** What the gate reads of a question and its best clause. */
export interface GateReading {
  /** The scope model's probability that such policies do not cover the question. */
  readonly outOfScope: number;
  /** The best clause's BM25 score. */
  readonly score: number;
  /** The share of the question's weight the best clause covers. */
  readonly coverage: number;
  /** The best clause's ranking score (BM25 times coverage, meaning and place). */
  readonly rank: number;
  /** The share of the question's content the organisation's policies know. */
  readonly knownShare: number;
  /** A where or when question whose best clause states no place or time. */
  readonly unfit: boolean;
  /** A question for someone the organisation lists as a contact, its record among the matches. */
  readonly asksForContact: boolean;
  /** How many terms the question has. */
  readonly terms: number;
}

/** The gate's features, by the names its model's weights use; `bias` is always 1. */
export function gateFeatures(reading: GateReading): Map<string, number> {
  return new Map([
    ['bias', 1],
    ['outOfScope', reading.outOfScope],
    ['logScore', Math.log1p(reading.score)],
    ['coverage', reading.coverage],
    ['logMatch', Math.log1p(reading.score * reading.coverage)],
    ['knownShare', reading.knownShare],
    ['unfit', reading.unfit ? 1 : 0],
    ['asksForContact', reading.asksForContact ? 1 : 0],
    ['logTerms', Math.log1p(reading.terms)],
    ['logRank', Math.log1p(reading.rank)],
  ]);
}
