import type { WordVectors } from './word-vectors.ts';

/**
 * What a text is about, as word vectors read it: the sum of its words' unit vectors. The most
 * frequent English words ("the", "can", "when": the first `MEANING_MIN_RANK` of the word-vector
 * table) say nothing of it and are left out. The scope model reads a question's meaning this way
 * (`scope-features.ts`), and the ranking compares a question's with each policy sentence's
 * (`clause-index.ts`).
 */

/** Words this frequent in English (by their rank in the word-vector table) are left out of a text's meaning. */
export const MEANING_MIN_RANK = 100;

/**
 * Unit vectors already read, by word (null for a word that does not count): an index reads the
 * same words in sentence after sentence.
 */
export type UnitVectors = Map<string, Float32Array | null>;

/**
 * The sum of the unit vectors of `words` the table holds, less the most frequent, and how many
 * were summed; `units`, when given, remembers each word's vector.
 */
export function meaningSum(
  words: Iterable<string>,
  vectors: WordVectors,
  units?: UnitVectors,
): { sum: Float32Array; count: number } {
  const sum = new Float32Array(vectors.dimensions);
  // Without a cache, one buffer serves every word (a question's meaning is read on every answer).
  const scratch = units ? undefined : new Float32Array(vectors.dimensions);
  let count = 0;
  for (const word of words) {
    const unit = units ? remembered(word, vectors, units) : readUnit(word, vectors, scratch!);
    if (!unit) continue;
    for (let d = 0; d < sum.length; d += 1) sum[d]! += unit[d]!;
    count += 1;
  }
  return { sum, count };
}

/** The word's unit vector written into `out`, or null for a word that does not count. */
function readUnit(word: string, vectors: WordVectors, out: Float32Array): Float32Array | null {
  return (vectors.rank(word) ?? -1) >= MEANING_MIN_RANK && vectors.unitVector(word, out) ? out : null;
}

/** The word's unit vector from `units`, read and remembered the first time. */
function remembered(word: string, vectors: WordVectors, units: UnitVectors): Float32Array | null {
  let unit = units.get(word);
  if (unit === undefined) {
    unit = readUnit(word, vectors, new Float32Array(vectors.dimensions));
    units.set(word, unit);
  }
  return unit;
}

/** The direction of a text's meaning (its `meaningSum` at unit length), or undefined when none of its words counts. */
export function meaningDirection(
  words: Iterable<string>,
  vectors: WordVectors,
  units?: UnitVectors,
): Float32Array | undefined {
  const { sum, count } = meaningSum(words, vectors, units);
  if (count === 0) return undefined;
  let norm = 0;
  for (let d = 0; d < sum.length; d += 1) norm += sum[d]! * sum[d]!;
  const scale = 1 / (Math.sqrt(norm) || 1);
  for (let d = 0; d < sum.length; d += 1) sum[d]! *= scale;
  return sum;
}

/** The cosine of two meaning directions (unit vectors): 1 the same, 0 unrelated. */
export function closeness(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d += 1) sum += a[d]! * b[d]!;
  return sum;
}
