import { MEANING_MIN_RANK } from './meaning.ts';
import { stopWords } from './text-analysis.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * How each word of a question is met by the words of a policy sentence, as word vectors read them
 * (docs/answers.md, thirty-sixth session): for "can my next door neighbour watch the kids while i
 * nip to the shop?", whether "neighbour" finds a word near it ("individual") in the sentence, and
 * whether the words left unmet are the question's rare ones. Closeness in meaning (`meaning.ts`)
 * compares the sums of the two texts' words; this pairs them word by word. The learned order of the
 * candidates reads the measures (`candidate-order.ts`).
 *
 * A word counts when the word-vector table holds it, it is not a stop word and not one of the
 * table's most frequent words (`MEANING_MIN_RANK`). A word weighs the log of its frequency rank in
 * English: the rarer, the more it says.
 */

/** The measures of one question against one sentence and its clause, in this order. */
export const ALIGNMENT_MEASURES = [
  /** The mean of each question word's best cosine with a word of the sentence (1 for the same word). */
  'alignMean',
  /** The same, each word weighed by its rarity. */
  'alignWeighted',
  /** The weighted share of the question met at a cosine of at least `MET`. */
  'alignMet',
  /** The weighted share of the question no word of the sentence meets at `UNMET` or more. */
  'alignUnmet',
  /** The four above against every word of the sentence's clause. */
  'clauseAlignMean',
  'clauseAlignWeighted',
  'clauseAlignMet',
  'clauseAlignUnmet',
  /** The other way: each sentence word's best cosine with a word of the question, mean and weighted mean. */
  'sentenceAlignMean',
  'sentenceAlignWeighted',
] as const;

/** A word met at this cosine or more is met. */
const MET = 0.5;
/** A word no word meets at this cosine is unmet. */
const UNMET = 0.3;
/** At most this many words of a question are paired (a message longer than that is rare). */
const MAX_QUESTION_WORDS = 48;
/** How many question words' cosines with the policy words are remembered, the most recent kept. */
const REMEMBERED_WORDS = 256;

/** Whether a word counts, and its rarity weight; undefined for a word that does not count. */
function wordWeight(word: string, vectors: WordVectors): number | undefined {
  if (stopWords.has(word)) return undefined;
  const rank = vectors.rank(word);
  return rank === undefined || rank < MEANING_MIN_RANK ? undefined : Math.log(rank + 2);
}

/**
 * The words of one organisation's policies that count, numbered, with their unit vectors in one
 * block and their weights; and, for each question word, its cosines with them, worked out when a
 * candidate first needs one and remembered for the questions after it (staff ask about the same
 * things in the same words: "kids", "phone", "photos"), for the most recent `REMEMBERED_WORDS`
 * question words.
 */
export class AlignmentVocabulary {
  readonly #vectors: WordVectors;
  readonly #ids = new Map<string, number>();
  #units: Float32Array;
  #weights: Float64Array;
  /** Remembered question words: each one's unit vector, weight and cosines with every policy word (NaN where not yet worked out). */
  readonly #asked = new Map<string, AskedWord>();
  /** Scratch: the policy words of a sentence or clause whose cosine with a question word is not yet known. */
  #pending = new Int32Array(0);

  constructor(vectors: WordVectors) {
    this.#vectors = vectors;
    this.#units = new Float32Array(0);
    this.#weights = new Float64Array(0);
  }

  /** The numbers of the distinct words of `tokens` that count, adding each new one. */
  ids(tokens: readonly string[]): Int32Array {
    const ids: number[] = [];
    for (const token of tokens) {
      let id = this.#ids.get(token);
      if (id === undefined) {
        const weight = wordWeight(token, this.#vectors);
        if (weight === undefined) continue;
        id = this.#add(token, weight);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  #add(word: string, weight: number): number {
    const id = this.#ids.size;
    const dimensions = this.#vectors.dimensions;
    if ((id + 1) * dimensions > this.#units.length) {
      const units = new Float32Array(Math.max(1024, 2 * (id + 1)) * dimensions);
      units.set(this.#units);
      this.#units = units;
      const weights = new Float64Array(units.length / dimensions);
      weights.set(this.#weights);
      this.#weights = weights;
    }
    this.#vectors.unitVector(word, this.#units.subarray(id * dimensions, (id + 1) * dimensions));
    this.#weights[id] = weight;
    this.#ids.set(word, id);
    // A word added after a question word's cosines were remembered: they no longer cover every word.
    this.#asked.clear();
    return id;
  }

  /** A question's words that count, read for pairing with the policy words; undefined when none does. */
  question(tokens: readonly string[]): AlignedQuestion | undefined {
    const words: AskedWord[] = [];
    for (const token of tokens) {
      if (words.length === MAX_QUESTION_WORDS) break;
      const word = this.#word(token);
      if (word && !words.includes(word)) words.push(word);
    }
    return words.length ? { words } : undefined;
  }

  /** The question word as remembered, or read afresh; undefined for a word that does not count. It becomes the most recent. */
  #word(token: string): AskedWord | undefined {
    let word = this.#asked.get(token);
    if (word) this.#asked.delete(token);
    else {
      const weight = wordWeight(token, this.#vectors);
      if (weight === undefined) return undefined;
      const unit = new Float32Array(this.#vectors.dimensions);
      this.#vectors.unitVector(token, unit);
      word = { unit, weight, cosines: new Float32Array(this.#ids.size).fill(Number.NaN) };
      if (this.#asked.size >= REMEMBERED_WORDS) this.#asked.delete(this.#asked.keys().next().value!);
    }
    this.#asked.set(token, word);
    return word;
  }

  /**
   * The measures (`ALIGNMENT_MEASURES`) of a question against a sentence's and its clause's words
   * (`ids` of each).
   */
  measure(question: AlignedQuestion, sentence: Int32Array, clause: Int32Array): number[] {
    const out = new Array<number>(ALIGNMENT_MEASURES.length);
    this.#measures(question, sentence, out, 0);
    this.#measures(question, clause, out, 4);
    // The other way: each sentence word's best cosine with a question word (all worked out above).
    const { words } = question;
    let sum = 0;
    let weighted = 0;
    let weights = 0;
    for (let i = 0; i < sentence.length; i += 1) {
      const id = sentence[i]!;
      let best = 0;
      for (let w = 0; w < words.length; w += 1) {
        const cosine = words[w]!.cosines[id]!;
        if (cosine > best) best = cosine;
      }
      const weight = this.#weights[id]!;
      sum += best;
      weighted += weight * best;
      weights += weight;
    }
    out[8] = sentence.length ? sum / sentence.length : 0;
    out[9] = weights ? weighted / weights : 0;
    return out;
  }

  /** The four measures of the question's words against `ids`, into `out` from `at`, working out any cosine not yet known. */
  #measures(question: AlignedQuestion, ids: Int32Array, out: number[], at: number): void {
    let sum = 0;
    let weighted = 0;
    let met = 0;
    let unmet = 0;
    let weights = 0;
    const { words } = question;
    const size = ids.length;
    if (this.#pending.length < size) this.#pending = new Int32Array(size);
    const pending = this.#pending;
    for (let w = 0; w < words.length; w += 1) {
      const word = words[w]!;
      const { cosines, weight } = word;
      let best = 0;
      let waiting = 0;
      for (let i = 0; i < size; i += 1) {
        const id = ids[i]!;
        const cosine = cosines[id]!;
        if (Number.isNaN(cosine)) {
          pending[waiting] = id;
          waiting += 1;
        } else if (cosine > best) best = cosine;
      }
      if (waiting > 0) {
        this.#workOut(word, pending, waiting);
        for (let k = 0; k < waiting; k += 1) {
          const cosine = cosines[pending[k]!]!;
          if (cosine > best) best = cosine;
        }
      }
      best = Math.min(best, 1);
      sum += best;
      weighted += weight * best;
      if (best >= MET) met += weight * best;
      if (best < UNMET) unmet += weight;
      weights += weight;
    }
    out[at] = sum / words.length;
    out[at + 1] = weighted / weights;
    out[at + 2] = met / weights;
    out[at + 3] = unmet / weights;
  }

  /**
   * Works out the word's cosines with the first `waiting` policy words of `pending`. They are taken
   * four at a time, the question word's value read once for the four, each sum in the same order as
   * one word alone gives (so the cosines are exactly the same).
   */
  #workOut(word: AskedWord, pending: Int32Array, waiting: number): void {
    const dimensions = this.#vectors.dimensions;
    const units = this.#units;
    const { unit, cosines } = word;
    let k = 0;
    for (; k + 4 <= waiting; k += 4) {
      const a = pending[k]!;
      const b = pending[k + 1]!;
      const c = pending[k + 2]!;
      const e = pending[k + 3]!;
      const oa = a * dimensions;
      const ob = b * dimensions;
      const oc = c * dimensions;
      const oe = e * dimensions;
      let da = 0;
      let db = 0;
      let dc = 0;
      let de = 0;
      for (let d = 0; d < dimensions; d += 1) {
        const value = unit[d]!;
        da += value * units[oa + d]!;
        db += value * units[ob + d]!;
        dc += value * units[oc + d]!;
        de += value * units[oe + d]!;
      }
      cosines[a] = da;
      cosines[b] = db;
      cosines[c] = dc;
      cosines[e] = de;
    }
    for (; k < waiting; k += 1) {
      const id = pending[k]!;
      const offset = id * dimensions;
      let dot = 0;
      for (let d = 0; d < dimensions; d += 1) dot += unit[d]! * units[offset + d]!;
      cosines[id] = dot;
    }
  }
}

/** A question word that counts: its unit vector, its weight, and its cosines with the policy words (NaN where not yet worked out). */
interface AskedWord {
  readonly unit: Float32Array;
  readonly weight: number;
  readonly cosines: Float32Array;
}

/** A question's words that count. */
export interface AlignedQuestion {
  readonly words: readonly AskedWord[];
}
