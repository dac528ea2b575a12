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

/**
 * Each model's weights as a Map, made on first use: a lookup in a Map of thousands of names is
 * several times faster than in an object literal that size, and every answer reads two models.
 */
const weightMaps = new WeakMap<LogisticModel, ReadonlyMap<string, number>>();

function weightMap(model: LogisticModel): ReadonlyMap<string, number> {
  let map = weightMaps.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model, map);
  }
  return map;
}

/** The model's probability for some features. */
export function probability(model: LogisticModel, features: ReadonlyMap<string, number>): number {
  const weights = weightMap(model);
  let z = 0;
  for (const [name, value] of features) z += (weights.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model reads its class in these features. */
export function reads(model: LogisticModel, features: ReadonlyMap<string, number>): boolean {
  return probability(model, features) >= model.threshold;
}
