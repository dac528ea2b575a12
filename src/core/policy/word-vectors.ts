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
    const row = this.#index.get(word);
    if (row === undefined) return undefined;
    const out = new Float32Array(this.dimensions);
    let norm = 0;
    for (let d = 0; d < this.dimensions; d += 1) {
      const value = this.#data[row * this.dimensions + d]!;
      out[d] = value;
      norm += value * value;
    }
    const scale = 1 / (Math.sqrt(norm) || 1);
    for (let d = 0; d < this.dimensions; d += 1) out[d]! *= scale;
    return out;
  }
}

/** Words more frequent than this rank in English are too general to match by meaning. */
const SOFT_MIN_RANK = 1500;

/**
 * The nearest neighbours of words among a fixed vocabulary (an organisation's policy words), each
 * mapped to the index term it stands for.
 */
export class SoftVocabulary {
  readonly #vectors: WordVectors;
  /** The policy words' vectors, one row each, in one block of memory for fast scans. */
  readonly #matrix: Float32Array;
  readonly #terms: string[] = [];

  /** @param vocabulary surface word -> index term, for every word the policies use. */
  constructor(vectors: WordVectors, vocabulary: ReadonlyMap<string, string>) {
    this.#vectors = vectors;
    const rows: Float32Array[] = [];
    for (const [word, term] of vocabulary) {
      if ((vectors.rank(word) ?? Infinity) < SOFT_MIN_RANK / 3) continue;
      const vector = vectors.vector(word);
      if (!vector) continue;
      rows.push(vector);
      this.#terms.push(term);
    }
    const dims = vectors.dimensions;
    this.#matrix = new Float32Array(rows.length * dims);
    rows.forEach((row, i) => this.#matrix.set(row, i * dims));
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
    const vector = this.#vectors.vector(word);
    const best = new Map<string, number>();
    if (vector) {
      const dims = vector.length;
      const matrix = this.#matrix;
      for (let row = 0, offset = 0; row < this.#terms.length; row += 1, offset += dims) {
        let similarity = 0;
        for (let d = 0; d < dims; d += 1) similarity += vector[d]! * matrix[offset + d]!;
        if (similarity < min) continue;
        const term = this.#terms[row]!;
        if (similarity > (best.get(term) ?? 0)) best.set(term, similarity);
      }
    }
    return [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
}
