import type { LogisticModel } from './logistic-model.ts';

/**
 * The answer gate, written by scripts/train-answer-gate.ts (npm run train:gate): 3708
 * questions of the sets tuned on (426 out of scope), threshold 0.45 chosen by
 * cross-validation over groups of organisations. Do not edit by hand; retrain.
 */
export const answerGateModel: LogisticModel | undefined = {
  threshold: 0.45,
  weights: {
    asksForContact: -1.4566,
    bias: 3.0392,
    coverage: 0.8226,
    knownShare: -2.927,
    logMatch: -0.4855,
    logRank: -0.322,
    logScore: -0.9806,
    logTerms: -0.3212,
    outOfScope: 6.7487,
    unfit: 1.5542,
  },
};
