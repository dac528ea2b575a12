/**
 * Plain logistic regression for the learned models (scripts/train-concern-model.ts,
 * scripts/train-danger-model.ts, the scope model, the answer gate, the learned order of the
 * candidates): full-batch gradient descent with L2, deterministic, no library.
 */
import { type LogisticModel, probability } from '../src/core/policy/logistic-model.ts';

/** One training message: its features and whether it is a positive example. */
export interface LabelledExample {
  readonly features: ReadonlyMap<string, number>;
  readonly positive: boolean;
}

export interface TrainingOptions {
  readonly l2: number;
  readonly epochs: number;
  readonly rate: number;
}

/** Trains the weights; those under 0.001 are dropped and the rest rounded to 4 places, sorted by name. */
export function trainLogistic(data: readonly LabelledExample[], options: TrainingOptions): Record<string, number> {
  const weights = new Map<string, number>();
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const gradient = new Map<string, number>();
    for (const { features, positive } of data) {
      let z = 0;
      for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
      const error = 1 / (1 + Math.exp(-z)) - (positive ? 1 : 0);
      for (const [name, value] of features) gradient.set(name, (gradient.get(name) ?? 0) + error * value);
    }
    for (const [name, g] of gradient) {
      const w = weights.get(name) ?? 0;
      weights.set(name, w - options.rate * (g / data.length + options.l2 * w));
    }
  }
  return Object.fromEntries(
    [...weights]
      .filter(([, w]) => Math.abs(w) >= 1e-3)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([n, w]) => [n, Number(w.toFixed(4))]),
  );
}

/**
 * Pairwise logistic regression, for a model that orders rather than reads a class
 * (scripts/train-candidate-order.ts): each example is the difference of the features of an item
 * that should come first and one that should not, and the weights learn to score it positive.
 * Full-batch gradient descent with L2, deterministic; dense features, `size` of them.
 */
export function trainPairwise(
  differences: readonly Float64Array[],
  size: number,
  options: TrainingOptions,
): Float64Array {
  const weights = new Float64Array(size);
  const gradient = new Float64Array(size);
  if (differences.length === 0) return weights;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    gradient.fill(0);
    for (const difference of differences) {
      let z = 0;
      for (let k = 0; k < size; k += 1) z += weights[k]! * difference[k]!;
      // The derivative of log(1 + e^-z).
      const error = -1 / (1 + Math.exp(z));
      for (let k = 0; k < size; k += 1) gradient[k]! += error * difference[k]!;
    }
    for (let k = 0; k < size; k += 1)
      weights[k]! -= options.rate * (gradient[k]! / differences.length + options.l2 * weights[k]!);
  }
  return weights;
}

/** k-fold cross-validation: the probability each example gets from a model trained without it (example i is in fold i mod k). */
export function crossValidated<T extends LabelledExample>(
  data: readonly T[],
  folds: number,
  options: TrainingOptions,
): Array<{ example: T; p: number }> {
  const scored: Array<{ example: T; p: number }> = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const model: LogisticModel = {
      weights: trainLogistic(
        data.filter((_, i) => i % folds !== fold),
        options,
      ),
      threshold: 0.5,
    };
    for (const example of data.filter((_, i) => i % folds === fold))
      scored.push({ example, p: probability(model, example.features) });
  }
  return scored;
}

/** A property name as the project's formatter writes it: bare when it can be, else quoted. */
export function propertyName(name: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return name;
  return name.includes("'") ? JSON.stringify(name) : `'${name.replace(/\\/g, '\\\\')}'`;
}

/** The weights as the body of an object literal, one per line. */
export function weightLines(weights: Readonly<Record<string, number>>): string {
  return Object.entries(weights)
    .map(([name, weight]) => `    ${propertyName(name)}: ${weight},`)
    .join('\n');
}

/**
 * The lowest threshold (0.99 down to 0.01, in hundredths) at which at most `maxShare` of the
 * negative examples score at or above it: a budget for the mistake that costs less.
 */
export function lowestThresholdWithin(negatives: ReadonlyArray<{ p: number }>, maxShare: number): number {
  let threshold = 0.99;
  for (let t = 0.99; t >= 0.01; t -= 0.01) {
    if (shareAtOrAbove(negatives, t) > maxShare) break;
    threshold = Number(t.toFixed(2));
  }
  return threshold;
}

/** The share of scored examples at or above a threshold. */
export function shareAtOrAbove(scored: ReadonlyArray<{ p: number }>, threshold: number): number {
  return scored.filter((s) => s.p >= threshold).length / scored.length;
}

/**
 * The source of a generated model module: the type's import, a doc comment (its lines, already
 * wrapped), and the model as a constant.
 */
export function modelModule(module: {
  readonly importLine: string;
  readonly doc: readonly string[];
  readonly exportName: string;
  readonly typeName: string;
  /** Absent for a model that orders rather than reads a class. */
  readonly threshold?: number;
  readonly weights: Readonly<Record<string, number>>;
}): string {
  const threshold = module.threshold === undefined ? '' : `\n  threshold: ${module.threshold},`;
  return `${module.importLine}

/**
${module.doc.map((line) => ` * ${line}`).join('\n')}
 */
export const ${module.exportName}: ${module.typeName} | undefined = {${threshold}
  weights: {
${weightLines(module.weights)}
  },
};
`;
}
