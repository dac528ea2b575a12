import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PolicyDeskError } from '../core/errors.ts';
import { WordVectors } from '../core/policy/word-vectors.ts';

/** Where the word-vector table lives in the repository (rebuilt by `npm run build:vectors`). */
export const defaultWordVectorsDir = path.resolve(import.meta.dirname, '..', '..', 'resources', 'word-vectors');

/** Loads the word-vector table: `words.txt` (a word a line) and `vectors.i8` (100 int8 values a word). */
export function loadWordVectors(dir: string = defaultWordVectorsDir, dimensions = 100): WordVectors {
  let words: string[];
  let data: Buffer;
  try {
    words = readFileSync(path.join(dir, 'words.txt'), 'utf8').split('\n').filter(Boolean);
    data = readFileSync(path.join(dir, 'vectors.i8'));
  } catch (error) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      `cannot read the word vectors in ${dir} (${(error as NodeJS.ErrnoException).code ?? error}); rebuild them with npm run build:vectors`,
      { cause: error },
    );
  }
  return new WordVectors(words, new Int8Array(data.buffer, data.byteOffset, data.byteLength), dimensions);
}

let shared: WordVectors | undefined;

/** The word-vector table, loaded once per process (about 6 MB, tens of milliseconds). */
export function sharedWordVectors(): WordVectors {
  shared ??= loadWordVectors();
  return shared;
}
