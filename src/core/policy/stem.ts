import { stemmer } from 'stemmer';
import { memoise } from './memoise.ts';

/**
 * A word's stem (Porter), remembered once for the whole process: every organisation's analyser,
 * and the concern model, stem the same English words, and the stemmer runs a dozen regular
 * expressions a word. The stemmer is a pure function of the word, so the stem is the same.
 */
export const stem: (word: string) => string = memoise(stemmer, 50_000);
