import { normaliseMessage } from './concern/detect-concern.ts';
import { meaningSum } from './meaning.ts';
import { stem } from './stem.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * Scale of the meaning features against the word features (each 1): of 1, 2, 3, 4 and 6, the best
 * on the training set's cross-validation and on a second set never trained on (scope-train2).
 */
const MEANING_SCALE = 3;

/**
 * The features the learned scope model reads from a staff question: its word stems and word pairs,
 * after the chat spellings and contractions the concern reading spells out ("yp", "can't"), and,
 * given word vectors, its meaning: the sum of its words' unit vectors over the square root of their
 * number, so a word no training question used ("payslip", "trailers") still reads as the words
 * near it in meaning ("pay", "vehicles"). Shared by the answerer and by the script that trains the
 * model; both must pass the same vectors.
 */
export function scopeFeatures(question: string, vectors?: WordVectors): Map<string, number> {
  const words: string[] = [];
  const pieces: string[] = [];
  for (const piece of normaliseMessage(question).split(/[^a-z0-9']+/)) {
    const word = piece.includes("'") ? piece.replace(/^'+|'+$/g, '') : piece;
    if (!word) continue;
    pieces.push(word);
    words.push(/\d/.test(word) ? '#num' : stem(word));
  }
  const features = new Map<string, number>([['bias', 1]]);
  for (const word of words) features.set(`w:${word}`, 1);
  for (let i = 1; i < words.length; i += 1) features.set(`b:${words[i - 1]}_${words[i]}`, 1);
  if (vectors) addMeaning(features, pieces, vectors);
  return features;
}

/** The feature names of the meaning's dimensions ("v:0", "v:1"…), made once rather than per question. */
const meaningNames: string[] = [];
function meaningName(dimension: number): string {
  meaningNames[dimension] ??= `v:${dimension}`;
  return meaningNames[dimension]!;
}

function addMeaning(features: Map<string, number>, words: readonly string[], vectors: WordVectors): void {
  const { sum, count } = meaningSum(words, vectors);
  if (count === 0) return;
  const scale = MEANING_SCALE / Math.sqrt(count);
  for (let d = 0; d < sum.length; d += 1) features.set(meaningName(d), sum[d]! * scale);
}
