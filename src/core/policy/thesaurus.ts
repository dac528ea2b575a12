import { memoise } from './memoise.ts';

/**
 * General English synonyms and broader terms (from WordNet), for question words a policy never
 * uses: "earrings" finds "jewellery", "pic" finds "photo", "lad" finds "boy". The same for every
 * organisation; see `resources/thesaurus/README.md` for where it comes from.
 */
export interface ThesaurusEntry {
  /** Words of the same meaning (the word's most common senses). */
  readonly same: readonly string[];
  /** Words of a broader meaning ("jewellery" for "earring"). */
  readonly broader: readonly string[];
}

/** Suffixes to strip, in order, to find a word's dictionary form ("earrings" -> "earring"). */
const INFLECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ies$/, 'y'],
  [/([^s])s$/, '$1'],
  [/es$/, ''],
  [/([b-df-hj-np-tv-z])\1ing$/, '$1'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/([b-df-hj-np-tv-z])\1ed$/, '$1'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/d$/, ''],
];

export class Thesaurus {
  /** Word -> the rest of its line, parsed on lookup: most entries are never asked for. */
  readonly #lines = new Map<string, string>();

  /** @param lines `word<TAB>same words<TAB>broader words`, words separated by spaces, phrases joined with `_`. */
  constructor(lines: Iterable<string>) {
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.#lines.set(line.slice(0, tab).replaceAll('_', ' '), line.slice(tab + 1));
    }
  }

  get size(): number {
    return this.#lines.size;
  }

  /**
   * The entry for a word or phrase as written, or for its dictionary form; undefined when none.
   * Remembered per word: every organisation's index looks up the same question words.
   */
  readonly lookup: (word: string) => ThesaurusEntry | undefined = memoise((word) => this.#find(word), 20_000);

  #find(word: string): ThesaurusEntry | undefined {
    const exact = this.#lines.get(word);
    if (exact !== undefined) return entry(exact);
    for (const [suffix, replacement] of INFLECTIONS) {
      if (!suffix.test(word)) continue;
      const base = word.replace(suffix, replacement);
      const line = base.length > 2 ? this.#lines.get(base) : undefined;
      if (line !== undefined) return entry(line);
    }
    return undefined;
  }
}

function entry(rest: string): ThesaurusEntry {
  const [same = '', broader = ''] = rest.split('\t');
  return { same: wordsOf(same), broader: wordsOf(broader) };
}

/** The words of one field of an entry, phrases with their spaces back. */
function wordsOf(field: string): string[] {
  if (!field) return [];
  const words = field.split(' ');
  for (let i = 0; i < words.length; i += 1) if (words[i]!.includes('_')) words[i] = words[i]!.replaceAll('_', ' ');
  return words;
}
