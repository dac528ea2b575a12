import type { CandidateOrderModel } from './candidate-order.ts';

/**
 * The learned order of the candidates, written by scripts/train-candidate-order.ts (npm run
 * train:rank) from 3619 questions of the sets tuned on whose expected clause is among
 * their first 10 candidates. Do not edit by hand; retrain.
 */
export const candidateOrderModel: CandidateOrderModel | undefined = {
  weights: {
    act: 0.1557,
    actor: 1.0194,
    bm25: 1.2028,
    clauseLength: -0.1491,
    closeness: 3.933,
    coverage: 1.3225,
    facts: 2.4095,
    first: 0.3261,
    hand: 0.44,
    held: 1.1431,
    inClause: 2.5139,
    inHeading: -0.5651,
    length: -0.5202,
    own: 1.5302,
    precision: 0.0565,
    ruleless: 1.6129,
    type: 3.0323,
  },
};
