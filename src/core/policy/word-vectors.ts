import { PolicyDeskError } from '../errors.ts';

/**
 * A table of unit-normalised English word vectors (quantised to 8 bits), for matching a question's
 * words that a policy never uses to the words it does use ("earrings" to "jewellery", "abroad" to
 * "overseas"). General English knowledge, the same for every organisation; see
 * `resources/word-vectors/README.md` for where it comes from.
 */
export class WordVectors {
  readonly dimensions: number;
  readonly #index = new Map<string, number>();
  readonly #data: Int8Array;

  constructor(words: readonly string[], data: Int8Array, dimensions: number) {
    if (data.length !== words.length * dimensions) {
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        `word vectors: ${words.length} words of ${dimensions} dimensions need ${words.length * dimensions} values, got ${data.length}; rebuild them with npm run build:vectors`,
      );
    }
    this.dimensions = dimensions;
    this.#data = data;
    words.forEach((word, i) => this.#index.set(word, i));
  }

  /** Number of words in the table. */
  get size(): number {
    return this.#index.size;
  }

  has(word: string): boolean {
    return this.#index.has(word);
  }

  /** The word's frequency rank in English (0 = most frequent), or undefined for a word the table lacks. */
  rank(word: string): number | undefined {
    return this.#index.get(word);
  }

  /** The word's vector, unit length, or undefined for a word the table lacks. */
  vector(word: string): Float32Array | undefined {
    const out = new Float32Array(this.dimensions);
    return this.unitVector(word, out) ? out : undefined;
  }

  /** Writes the word's unit-length vector into `out` (of `dimensions` values); false, leaving it as it was, for a word the table lacks. */
  unitVector(word: string, out: Float32Array): boolean {
    const row = this.#index.get(word);
    if (row === undefined) return false;
    let norm = 0;
    for (let d = 0; d < this.dimensions; d += 1) {
      const value = this.#data[row * this.dimensions + d]!;
      out[d] = value;
      norm += value * value;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < this.dimensions; d += 1) out[d]! *= scale;
    return true;
  }
}

/** Words more frequent than this rank in English are too general to match by meaning. */
const SOFT_MIN_RANK = 1500;

/**
 * The nearest neighbours of words among a fixed vocabulary (an organisation's policy words), each
 * mapped to the index term it stands for.
 *
 * Scanning every policy word's vector is the costly part of a question with a word the policies
 * never use. The scan keeps the policy words' unit-length vectors in one block of memory and works
 * on four rows at a time: the query value is read once for the four, and the four sums are
 * independent, so the processor can overlap them, where one sum at a time waits on each addition.
 * Each row's similarity is still the same sum, in the same order, as a row on its own gives, so
 * the result is exactly the same. A scan allocates nothing but its result.
 */
export class SoftVocabulary {
  readonly #vectors: WordVectors;
  readonly #dims: number;
  /**
   * The policy words' unit-length vectors, one row each, in one block of memory, then zero rows up
   * to a multiple of four: the scan works on four rows at a time with no loop for a remainder (a
   * loop the optimised scan had no feedback for, and left for the interpreter on every scan).
   */
  readonly #matrix: Float32Array;
  readonly #terms: string[] = [];
  /** Rows of policy words (the zero rows after them are never read). */
  readonly #rows: number;
  /** Scratch for one scan: the query word's unit-length vector, and each row's similarity to it. */
  readonly #query: Float32Array;
  readonly #similarities: Float64Array;

  /** @param vocabulary surface word -> index term, for every word the policies use. */
  constructor(vectors: WordVectors, vocabulary: ReadonlyMap<string, string>) {
    this.#vectors = vectors;
    const dims = vectors.dimensions;
    this.#dims = dims;
    const rows: Float32Array[] = [];
    for (const [word, term] of vocabulary) {
      if ((vectors.rank(word) ?? Infinity) < SOFT_MIN_RANK / 3) continue;
      const vector = vectors.vector(word);
      if (!vector) continue;
      rows.push(vector);
      this.#terms.push(term);
    }
    const padded = Math.ceil(rows.length / 4) * 4;
    this.#rows = rows.length;
    this.#matrix = new Float32Array(padded * dims);
    rows.forEach((row, i) => this.#matrix.set(row, i * dims));
    this.#query = new Float32Array(dims);
    this.#similarities = new Float64Array(padded);
  }

  /** True for the most common English words, too general to say what a question is about. */
  isGeneral(word: string): boolean {
    return (this.#vectors.rank(word) ?? Infinity) < SOFT_MIN_RANK;
  }

  /**
   * The policy terms nearest to `word` with similarity at least `min`, best first, one per term.
   * Only for words that carry meaning: the most frequent English words ("leave", "time", "way") are
   * near everything, so they stand for nothing.
   */
  neighbours(word: string, min: number, limit: number): ReadonlyArray<readonly [string, number]> {
    if ((this.#vectors.rank(word) ?? Infinity) < SOFT_MIN_RANK) return [];
    if (!this.#vectors.unitVector(word, this.#query)) return [];
    this.#scan();
    const similarities = this.#similarities;
    const best = new Map<string, number>();
    for (let row = 0; row < this.#rows; row += 1) {
      const similarity = similarities[row]!;
      if (similarity < min) continue;
      const term = this.#terms[row]!;
      if (similarity > (best.get(term) ?? 0)) best.set(term, similarity);
    }
    return [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }

  /** Every row's similarity to `#query` (the dot product, summed in dimension order), into `#similarities`. */
  #scan(): void {
    const dims = this.#dims;
    const query = this.#query;
    const matrix = this.#matrix;
    const out = this.#similarities;
    // A multiple of four: the padded rows (see `#matrix`).
    const rows = out.length;
    for (let row = 0; row < rows; row += 4) {
      const a = row * dims;
      const b = a + dims;
      const c = b + dims;
      const e = c + dims;
      let sa = 0;
      let sb = 0;
      let sc = 0;
      let se = 0;
      for (let d = 0; d < dims; d += 1) {
        const q = query[d]!;
        sa += q * matrix[a + d]!;
        sb += q * matrix[b + d]!;
        sc += q * matrix[c + d]!;
        se += q * matrix[e + d]!;
      }
      out[row] = sa;
      out[row + 1] = sb;
      out[row + 2] = sc;
      out[row + 3] = se;
    }
  }
}
