/**
 * A learned logistic model: a weight per feature name and the probability at or above which its
 * class is read. The concern, danger and scope models are of this shape, each written by its
 * training script (`scripts/logistic.ts`).
 */
export interface LogisticModel {
  readonly weights: Readonly<Record<string, number>>;
  /** The probability at or above which the model's class is read. */
  readonly threshold: number;
}

/** The model's probability for some features. */
export function probability(model: LogisticModel, features: ReadonlyMap<string, number>): number {
  let z = 0;
  for (const [name, value] of features) z += (Object.hasOwn(model.weights, name) ? model.weights[name]! : 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model reads its class in these features. */
export function reads(model: LogisticModel, features: ReadonlyMap<string, number>): boolean {
  return probability(model, features) >= model.threshold;
}
