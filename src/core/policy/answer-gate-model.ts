import type { LogisticModel } from './logistic-model.ts';

/**
 * The answer gate, written by scripts/train-answer-gate.ts (npm run train:gate): 5649
 * questions of the sets tuned on (844 out of scope), threshold 0.55 chosen by
 * cross-validation over groups of organisations. Do not edit by hand; retrain.
 */
export const answerGateModel: LogisticModel | undefined = {
  threshold: 0.55,
  weights: {
    asksForContact: -1.119,
    bias: 2.6051,
    coverage: 0.2504,
    knownShare: -2.8942,
    logMatch: -0.2814,
    logRank: -0.4736,
    logScore: -0.7168,
    logTerms: -0.2328,
    outOfScope: 6.6252,
    unfit: 1.4074,
  },
};
