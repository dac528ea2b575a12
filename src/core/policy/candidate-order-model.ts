import type { CandidateOrderModel } from './candidate-order.ts';

/**
 * The learned order of the candidates, written by scripts/train-candidate-order.ts (npm run
 * train:rank) from 5042 questions of the sets tuned on whose expected clause is among
 * their first 10 candidates. Do not edit by hand; retrain.
 */
export const candidateOrderModel: CandidateOrderModel | undefined = {
  weights: {
    act: 0.2251,
    actor: 0.9885,
    alignMean: -2.1678,
    alignMet: 0.6023,
    alignUnmet: -0.4922,
    alignWeighted: 2.1753,
    bm25: 1.1904,
    clauseAlignMean: -1.9151,
    clauseAlignMet: 1.2643,
    clauseAlignUnmet: -0.626,
    clauseAlignWeighted: 2.0924,
    clauseLength: -0.2509,
    closeness: 3.7736,
    coverage: 0.9508,
    facts: 2.0943,
    first: 0.3351,
    hand: 0.4483,
    held: 1.2123,
    inClause: 2.8106,
    inHeading: -0.6471,
    length: -0.624,
    own: 1.4041,
    precision: 0.5121,
    ruleless: 1.469,
    sentenceAlignMean: -2.8807,
    sentenceAlignWeighted: 0.9043,
    type: 3.4645,
  },
};
