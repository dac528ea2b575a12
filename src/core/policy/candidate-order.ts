import type { ScoredClause } from './clause-index.ts';
import { ALIGNMENT_MEASURES } from './word-alignment.ts';

/**
 * The learned order of the candidates a question's hand ranking shortlists (docs/answers.md,
 * thirty-second session). The ranking multiplies hand-set factors, each weighed by a constant set
 * on its own; a pairwise logistic model (`npm run train:rank`) learns how to weigh them together,
 * from the question sets tuned on: for each question, every pair of a candidate that holds the
 * expected clause and one that does not. Its features are measures of a match, never words, so it
 * reads any organisation's policy alike.
 */
export interface CandidateOrderModel {
  readonly weights: Readonly<Record<string, number>>;
}

/** A candidate as the answer path ranked it, with the factors it multiplied into its rank. */
export interface RankedCandidate extends ScoredClause {
  /** Whom the sentence is about against who asks (`actorFactor`). */
  readonly actorFactor: number;
  /** Whether it states what the question's answer type wants (`answerTypeFactor`). */
  readonly typeFactor: number;
  /** Contact and document details asked an open question (`factsOnOpenQuestions`). */
  readonly factsFactor: number;
  /** A sentence stating no rule, for a question asking leave (`ruleless`). */
  readonly rulelessFactor: number;
}

/** What every candidate of one question is measured against. */
export interface CandidateContext {
  /** The best BM25 score and the best rank among the candidates. */
  readonly bestScore: number;
  readonly bestRank: number;
  /** For a question asking leave, the terms of the act asked about; otherwise undefined. */
  readonly actTerms: ReadonlySet<string> | undefined;
  /** The terms of a sentence, as the act's terms are read. */
  readonly termsOf: (sentence: string) => readonly string[];
}

const logRatio = (value: number, best: number): number => (value > 0 && best > 0 ? Math.log(value / best) : -10);

/** Whether the sentence opens its clause (its first 40 characters do). */
function opensClause(candidate: RankedCandidate): boolean {
  const text = candidate.clause.text;
  const start = text.length - text.trimStart().length;
  const opening = candidate.sentence.trimStart().slice(0, 40);
  return text.startsWith(opening, start);
}

/** The share of the act's terms the sentence holds, for a question asking leave. */
function actShare(candidate: RankedCandidate, actTerms: ReadonlySet<string>, context: CandidateContext): number {
  const terms = context.termsOf(candidate.sentence);
  let held = 0;
  for (const term of actTerms) if (terms.includes(term)) held += 1;
  return held / actTerms.size;
}

type Measure = (candidate: RankedCandidate, context: CandidateContext) => number;

/** Every measure the learned order reads, by name: each defined once, for training and answering alike. */
const MEASURES: ReadonlyArray<readonly [string, Measure]> = [
  ['hand', (c, context) => logRatio(c.rank, context.bestRank)],
  ['bm25', (c, context) => logRatio(c.score, context.bestScore)],
  ['coverage', (c) => c.coverage],
  ['closeness', (c) => c.signals?.closeness ?? 0],
  ['held', (c) => c.signals?.held ?? 0],
  ['own', (c) => c.signals?.own ?? 0],
  ['inClause', (c) => c.signals?.inClause ?? 0],
  ['inHeading', (c) => c.signals?.inHeading ?? 0],
  ['precision', (c) => (c.signals?.terms ? c.signals.ownTerms / c.signals.terms : 0)],
  ['length', (c) => Math.log1p(c.signals?.terms ?? 0)],
  ['clauseLength', (c) => Math.log1p(c.clause.text.length)],
  ['first', (c) => (opensClause(c) ? 1 : 0)],
  ['actor', (c) => Math.log(c.actorFactor)],
  ['type', (c) => Math.log(c.typeFactor)],
  ['facts', (c) => Math.log(c.factsFactor)],
  ['ruleless', (c) => Math.log(c.rulelessFactor)],
  ...ALIGNMENT_MEASURES.map((name, k) => [name, (c: RankedCandidate) => c.signals?.alignment?.[k] ?? 0] as const),
];

/** The measures the learned order reads of one candidate ("act" only for a question asking leave). */
export function candidateFeatures(candidate: RankedCandidate, context: CandidateContext): Map<string, number> {
  const features = new Map(MEASURES.map(([name, measure]) => [name, measure(candidate, context)] as const));
  if (context.actTerms && context.actTerms.size > 0)
    features.set('act', actShare(candidate, context.actTerms, context));
  return features;
}

/** The model's score for some features: higher ranks first. */
export function orderScore(model: CandidateOrderModel, features: ReadonlyMap<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return z;
}

/** The model's weights in the order of `MEASURES`, then the act's, made once per model. */
const weightArrays = new WeakMap<CandidateOrderModel, Float64Array>();
function weightArray(model: CandidateOrderModel): Float64Array {
  let weights = weightArrays.get(model);
  if (!weights) {
    weights = Float64Array.from([...MEASURES.map(([name]) => model.weights[name] ?? 0), model.weights.act ?? 0]);
    weightArrays.set(model, weights);
  }
  return weights;
}

/**
 * The candidates in the model's order, best first; ties keep the hand order. Scored as
 * `orderScore` of `candidateFeatures` scores them, without a map a candidate.
 */
export function orderCandidates<T extends RankedCandidate>(
  candidates: readonly T[],
  model: CandidateOrderModel,
  context: CandidateContext,
): T[] {
  const weights = weightArray(model);
  const act = context.actTerms && context.actTerms.size > 0 ? context.actTerms : undefined;
  const scored = candidates.map((candidate, i) => {
    let z = 0;
    for (let k = 0; k < MEASURES.length; k += 1) {
      const weight = weights[k]!;
      if (weight !== 0) z += weight * MEASURES[k]![1](candidate, context);
    }
    if (act) z += weights[MEASURES.length]! * actShare(candidate, act, context);
    return { candidate, i, z };
  });
  return scored.sort((a, b) => b.z - a.z || a.i - b.i).map(({ candidate }) => candidate);
}
