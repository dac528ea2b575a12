import { type AnswerOptions, PolicyAnswerer } from '../core/policy/answer.ts';
import type { Corpus } from '../core/policy/corpus.ts';
import { sharedEverydayPhrases, sharedEverydayWords } from './everyday-words-file.ts';
import { sharedThesaurus } from './thesaurus-file.ts';
import { sharedWordVectors } from './word-vectors-file.ts';

/** The answerer every command and platform uses: the corpus with the shared word vectors, thesaurus, everyday words and phrases. */
export function createAnswerer(corpus: Corpus, options: Partial<AnswerOptions> = {}): PolicyAnswerer {
  return new PolicyAnswerer(corpus, options, {
    vectors: sharedWordVectors(),
    thesaurus: sharedThesaurus(),
    everyday: sharedEverydayWords(),
    phrases: sharedEverydayPhrases(),
  });
}
