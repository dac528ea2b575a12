import { type LogisticModel, probability } from '../logistic-model.ts';
import { stem } from '../stem.ts';
import type { ConcernReading } from './detect-concern.ts';

/**
 * The features the learned concern model reads from a message: its word stems and word pairs, and
 * emoji, and what the rule-based reading found (harm signs, a report about someone, framing as a
 * policy question, a good outcome…). Shared by the model at run time and by the script that trains it, so both read a
 * message the same way.
 */
export function concernFeatures(normalised: string, reading: ConcernReading): Map<string, number> {
  const features = new Map<string, number>();
  const words: string[] = [];
  for (const piece of normalised.split(/[^a-z0-9']+/)) {
    const word = piece.includes("'") ? piece.replace(/^'+|'+$/g, '') : piece;
    const number = /\d/.test(word);
    if (word.length > 1 || number) words.push(number ? '#num' : stem(word));
  }
  for (const word of new Set(words)) add(features, `w:${word}`);
  for (let i = 1; i < words.length; i += 1) add(features, `b:${words[i - 1]}_${words[i]}`);
  // Emoji carry the tone of a chat message (😂, 🙌, 😢): each is a feature of its own. (None is ASCII.)
  const emoji = NON_ASCII.test(normalised) ? normalised.match(/\p{Extended_Pictographic}/gu) : null;
  for (const symbol of new Set(emoji ?? [])) add(features, `e:${symbol}`);
  add(features, 'bias');
  if (/\?/.test(normalised)) add(features, 'f:question-mark');
  for (const [name, on] of Object.entries(reading.signals)) if (on) add(features, `f:${name}`);
  add(features, 'f:strong', Math.min(reading.strong.length, 3));
  add(features, 'f:weak', Math.min(reading.weak.length, 3));
  add(features, 'f:signs', Math.min(reading.signs, 4));
  return features;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Adds `value` to a feature. */
function add(features: Map<string, number>, name: string, value = 1): void {
  features.set(name, (features.get(name) ?? 0) + value);
}

/** A logistic model over `concernFeatures` (or the same features, for immediate danger). */
export type ConcernModel = LogisticModel;

/** The model's probability that the message is a concern. */
export const concernProbability: (model: ConcernModel, features: ReadonlyMap<string, number>) => number = probability;
