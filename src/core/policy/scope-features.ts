import { normaliseMessage } from './concern/detect-concern.ts';
import { stem } from './stem.ts';

/**
 * The features the learned scope model reads from a staff question: its word stems and word pairs,
 * after the chat spellings and contractions the concern reading spells out ("yp", "can't").
 * Shared by the answerer and by the script that trains the model.
 */
export function scopeFeatures(question: string): Map<string, number> {
  const words: string[] = [];
  for (const piece of normaliseMessage(question).split(/[^a-z0-9']+/)) {
    const word = piece.includes("'") ? piece.replace(/^'+|'+$/g, '') : piece;
    if (word) words.push(/\d/.test(word) ? '#num' : stem(word));
  }
  const features = new Map<string, number>([['bias', 1]]);
  for (const word of words) features.set(`w:${word}`, 1);
  for (let i = 1; i < words.length; i += 1) features.set(`b:${words[i - 1]}_${words[i]}`, 1);
  return features;
}
