import type { ScoredClause } from './clause-index.ts';

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

/** The measures the learned order reads of one candidate. */
export function candidateFeatures(candidate: RankedCandidate, context: CandidateContext): Map<string, number> {
  const signals = candidate.signals;
  const features = new Map<string, number>([
    ['hand', logRatio(candidate.rank, context.bestRank)],
    ['bm25', logRatio(candidate.score, context.bestScore)],
    ['coverage', candidate.coverage],
    ['closeness', signals?.closeness ?? 0],
    ['held', signals?.held ?? 0],
    ['own', signals?.own ?? 0],
    ['inClause', signals?.inClause ?? 0],
    ['inHeading', signals?.inHeading ?? 0],
    ['precision', signals?.terms ? signals.ownTerms / signals.terms : 0],
    ['length', Math.log1p(signals?.terms ?? 0)],
    ['clauseLength', Math.log1p(candidate.clause.text.length)],
    ['first', candidate.clause.text.trimStart().startsWith(candidate.sentence.trimStart().slice(0, 40)) ? 1 : 0],
    ['actor', Math.log(candidate.actorFactor)],
    ['type', Math.log(candidate.typeFactor)],
    ['facts', Math.log(candidate.factsFactor)],
    ['ruleless', Math.log(candidate.rulelessFactor)],
  ]);
  if (context.actTerms && context.actTerms.size > 0) {
    const terms = new Set(context.termsOf(candidate.sentence));
    let held = 0;
    for (const term of context.actTerms) if (terms.has(term)) held += 1;
    features.set('act', held / context.actTerms.size);
  }
  return features;
}

/** The model's score for some features: higher ranks first. */
export function orderScore(model: CandidateOrderModel, features: ReadonlyMap<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return z;
}

/** The candidates in the model's order, best first; ties keep the hand order. */
export function orderCandidates<T extends RankedCandidate>(
  candidates: readonly T[],
  model: CandidateOrderModel,
  context: CandidateContext,
): T[] {
  return candidates
    .map((candidate, i) => ({ candidate, i, z: orderScore(model, candidateFeatures(candidate, context)) }))
    .sort((a, b) => b.z - a.z || a.i - b.i)
    .map(({ candidate }) => candidate);
}
