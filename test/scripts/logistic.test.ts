import { describe, expect, it } from 'vitest';
import {
  crossValidated,
  type LabelledExample,
  lowestThresholdWithin,
  modelModule,
  shareAtOrAbove,
  trainLogistic,
  trainPairwise,
  weightLines,
} from '../../scripts/logistic.ts';
import { probability, reads } from '../../src/core/policy/logistic-model.ts';

// A toy problem: "w:pay" marks the positive class, "w:photo" the negative; "w:the" is noise.
const example = (words: string[], positive: boolean): LabelledExample => ({
  features: new Map([['bias', 1], ...words.map((word) => [`w:${word}`, 1] as [string, number])]),
  positive,
});
const data = [
  ...Array.from({ length: 20 }, (_, i) => example(i % 2 ? ['pay', 'the'] : ['pay'], true)),
  ...Array.from({ length: 20 }, (_, i) => example(i % 2 ? ['photo', 'the'] : ['photo'], false)),
];
const options = { l2: 0.01, epochs: 200, rate: 0.5 };

describe('the logistic trainer the learned models share', () => {
  it('learns a separable problem, and a model reads its class at its threshold', () => {
    const model = { weights: trainLogistic(data, options), threshold: 0.5 };
    expect(model.weights['w:pay']!).toBeGreaterThan(0);
    expect(model.weights['w:photo']!).toBeLessThan(0);
    expect(reads(model, example(['pay'], true).features)).toBe(true);
    expect(reads(model, example(['photo'], false).features)).toBe(false);
    // An unknown feature adds nothing.
    expect(probability(model, new Map([['w:unknown', 1]]))).toBeCloseTo(probability(model, new Map()), 10);
  });

  it('is deterministic, and writes its weights sorted, rounded and without the negligible ones', () => {
    const once = trainLogistic(data, options);
    expect(trainLogistic(data, options)).toEqual(once);
    expect(Object.keys(once)).toEqual([...Object.keys(once)].sort());
    for (const weight of Object.values(once)) {
      expect(Math.abs(weight)).toBeGreaterThanOrEqual(1e-3);
      expect(Number(weight.toFixed(4))).toBe(weight);
    }
    expect(weightLines({ 'w:pay': 1.5, "b:it's_ok": -0.2 })).toBe(`    'w:pay': 1.5,\n    "b:it's_ok": -0.2,`);
  });

  it('cross-validates: every example is scored once, by a model trained without it', () => {
    const scored = crossValidated(data, 5, options);
    expect(scored).toHaveLength(data.length);
    expect(new Set(scored.map((s) => s.example)).size).toBe(data.length);
    for (const { example: e, p } of scored) expect(p >= 0.5).toBe(e.positive);
  });

  it('learns an order from pairs: the item that should come first scores higher', () => {
    // Two features; the first tells which item of a pair comes first, the second is noise.
    const differences = Array.from({ length: 40 }, (_, i) => Float64Array.from([1 + (i % 3), i % 2 ? 1 : -1]));
    const weights = trainPairwise(differences, 2, options);
    expect(weights[0]!).toBeGreaterThan(0);
    expect(Math.abs(weights[1]!)).toBeLessThan(weights[0]! / 10);
    expect(trainPairwise(differences, 2, options)).toEqual(weights);
    // No pairs: nothing learned.
    expect([...trainPairwise([], 2, options)]).toEqual([0, 0]);
  });

  it('writes the module of a model that orders, with no threshold', () => {
    expect(
      modelModule({
        importLine: "import type { CandidateOrderModel } from './candidate-order.ts';",
        doc: ['An order.'],
        exportName: 'testOrder',
        typeName: 'CandidateOrderModel',
        weights: { hand: 0.5 },
      }),
    ).toBe(
      "import type { CandidateOrderModel } from './candidate-order.ts';\n\n/**\n * An order.\n */\nexport const testOrder: CandidateOrderModel | undefined = {\n  weights: {\n    hand: 0.5,\n  },\n};\n",
    );
  });

  it('picks the lowest threshold within a budget of negatives, and writes a model module', () => {
    const negatives = [0.1, 0.2, 0.3, 0.5, 0.9].map((p) => ({ p }));
    expect(shareAtOrAbove(negatives, 0.3)).toBe(0.6);
    // One of five (20%) may score at or above it: 0.51 lets in only the 0.9.
    expect(lowestThresholdWithin(negatives, 0.2)).toBe(0.51);
    expect(lowestThresholdWithin(negatives, 0)).toBe(0.91);
    expect(
      modelModule({
        importLine: "import type { LogisticModel } from './logistic-model.ts';",
        doc: ['A model.', 'Do not edit.'],
        exportName: 'testModel',
        typeName: 'LogisticModel',
        threshold: 0.5,
        weights: { bias: 0.25 },
      }),
    ).toBe(
      "import type { LogisticModel } from './logistic-model.ts';\n\n/**\n * A model.\n * Do not edit.\n */\nexport const testModel: LogisticModel | undefined = {\n  threshold: 0.5,\n  weights: {\n    bias: 0.25,\n  },\n};\n",
    );
  });
});
