import type { CandidateOrderModel } from './candidate-order.ts';

/**
 * The learned order of the candidates, written by scripts/train-candidate-order.ts (npm run
 * train:rank) from 3563 questions of the sets tuned on whose expected clause is among
 * their first 10 candidates. Do not edit by hand; retrain.
 */
export const candidateOrderModel: CandidateOrderModel | undefined = {
  weights: {
    act: 0.1482,
    actor: 1.033,
    bm25: 1.2008,
    clauseLength: -0.1567,
    closeness: 3.8974,
    coverage: 1.3493,
    facts: 2.4052,
    first: 0.3183,
    hand: 0.4393,
    held: 1.1291,
    inClause: 2.5018,
    inHeading: -0.5537,
    length: -0.5231,
    own: 1.5304,
    precision: 0.0136,
    ruleless: 1.6149,
    type: 2.9898,
  },
};
