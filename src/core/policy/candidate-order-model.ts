import type { CandidateOrderModel } from './candidate-order.ts';

/**
 * The learned order of the candidates, written by scripts/train-candidate-order.ts (npm run
 * train:rank) from 4716 questions of the sets tuned on whose expected clause is among
 * their first 10 candidates. Do not edit by hand; retrain.
 */
export const candidateOrderModel: CandidateOrderModel | undefined = {
  weights: {
    act: 0.2234,
    actor: 0.9967,
    alignMean: -2.2062,
    alignMet: 0.5926,
    alignUnmet: -0.461,
    alignWeighted: 2.1792,
    bm25: 1.1651,
    clauseAlignMean: -1.8805,
    clauseAlignMet: 1.2838,
    clauseAlignUnmet: -0.686,
    clauseAlignWeighted: 2.1337,
    clauseLength: -0.2494,
    closeness: 3.8018,
    coverage: 1.0191,
    facts: 2.1095,
    first: 0.3425,
    hand: 0.439,
    held: 1.2144,
    inClause: 2.6965,
    inHeading: -0.4817,
    length: -0.6316,
    own: 1.3897,
    precision: 0.4685,
    ruleless: 1.4563,
    sentenceAlignMean: -2.8935,
    sentenceAlignWeighted: 0.8954,
    type: 3.5269,
  },
};
