import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PolicyDeskError } from '../core/errors.ts';
import { Thesaurus } from '../core/policy/thesaurus.ts';

/** Where the everyday-words lexicon lives in the repository (see resources/README.md). */
export const defaultEverydayWordsFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'resources',
  'everyday-words.json',
);

const word = z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, no spaces or hyphens');
const entriesSchema = z.array(
  z.strictObject({ say: z.array(word).min(1), policy: z.array(word).min(1), note: z.string().optional() }),
);

/**
 * Loads the everyday words UK youth-work staff say and the words safeguarding policies write for
 * them ("lift" -> transport, travel; "vape" -> smoking), as a thesaurus whose synonyms are the
 * policy words.
 */
export function loadEverydayWords(file: string = defaultEverydayWordsFile): Thesaurus {
  const invalid = (why: string, cause?: unknown): PolicyDeskError =>
    new PolicyDeskError(
      'policy_desk_config_invalid',
      `cannot read the everyday-words lexicon ${file}: ${why}; each entry is {"say": [words], "policy": [words], "note": "…"}`,
      cause === undefined ? undefined : { cause },
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid((error as Error).message, error);
  }
  const parsed = entriesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return new Thesaurus(
    parsed.data.flatMap(({ say, policy }) => say.map((spoken) => `${spoken}\t${policy.join(' ')}\t`)),
  );
}

let shared: Thesaurus | undefined;

/** The everyday-words lexicon, loaded once per process. */
export function sharedEverydayWords(): Thesaurus {
  shared ??= loadEverydayWords();
  return shared;
}
