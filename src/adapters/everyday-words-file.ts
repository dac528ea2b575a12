import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PolicyDeskError } from '../core/errors.ts';
import { EverydayPhrases } from '../core/policy/everyday-phrases.ts';
import { Thesaurus } from '../core/policy/thesaurus.ts';

const resources = path.resolve(import.meta.dirname, '..', '..', 'resources');
/** Where the everyday-words lexicon lives in the repository. */
export const defaultEverydayWordsFile = path.join(resources, 'everyday-words.json');
/** Where the everyday-phrases lexicon lives in the repository. */
export const defaultEverydayPhrasesFile = path.join(resources, 'everyday-phrases.json');

const word = z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, no spaces or hyphens');
const entriesSchema = z.array(
  z.strictObject({ say: z.array(word).min(1), policy: z.array(word).min(1), note: z.string().optional() }),
);
const phrase = z.string().regex(/^[a-z0-9']+(?: [a-z0-9']+){1,5}$/, 'two to six lower-case words, single spaces');
const phrasesSchema = z.array(
  z.strictObject({ say: z.array(phrase).min(1), policy: z.array(word).min(1), note: z.string().optional() }),
);

/** Reads and validates one lexicon file; a coded error names the file, the entry and what is wrong. */
function readLexicon<T>(file: string, schema: z.ZodType<T>, shape: string): T {
  const invalid = (why: string, cause?: unknown): PolicyDeskError =>
    new PolicyDeskError(
      'policy_desk_config_invalid',
      `cannot read the lexicon ${file}: ${why}; each entry is ${shape}`,
      cause === undefined ? undefined : { cause },
    );
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid((error as Error).message, error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`entry ${issue.path.join('.')}: ${issue.message}${offendingCharacter(json, issue.path)}`);
  }
  return parsed.data;
}

/**
 * The value at `where` and the first character in it a lexicon word cannot hold: ` ("crèche" has
 * "è")`, so whoever edits the file sees what to change. Empty when the value is not text or has none.
 */
function offendingCharacter(json: unknown, where: readonly PropertyKey[]): string {
  let value: unknown = json;
  for (const key of where) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  if (typeof value !== 'string') return '';
  const bad = /[^a-z0-9' ]/u.exec(value)?.[0];
  return bad ? ` (${JSON.stringify(value)} has ${JSON.stringify(bad)})` : '';
}

/**
 * Loads the everyday words UK youth-work staff say and the words safeguarding policies write for
 * them ("lift" -> transport, travel; "vape" -> smoking), as a thesaurus whose synonyms are the
 * policy words.
 */
export function loadEverydayWords(file: string = defaultEverydayWordsFile): Thesaurus {
  const entries = readLexicon(file, entriesSchema, '{"say": [words], "policy": [words], "note": "…"}');
  return new Thesaurus(entries.flatMap(({ say, policy }) => say.map((spoken) => `${spoken}\t${policy.join(' ')}\t`)));
}

/** Loads the multi-word chat expressions and the words policies write for them ("on my own": alone). */
export function loadEverydayPhrases(file: string = defaultEverydayPhrasesFile): EverydayPhrases {
  return new EverydayPhrases(
    readLexicon(file, phrasesSchema, '{"say": ["two to six words", …], "policy": [words], "note": "…"}'),
  );
}

let shared: Thesaurus | undefined;
let sharedPhrases: EverydayPhrases | undefined;

/** The everyday-words lexicon, loaded once per process. */
export function sharedEverydayWords(): Thesaurus {
  shared ??= loadEverydayWords();
  return shared;
}

/** The everyday-phrases lexicon, loaded once per process. */
export function sharedEverydayPhrases(): EverydayPhrases {
  sharedPhrases ??= loadEverydayPhrases();
  return sharedPhrases;
}
