/**
 * Multi-word chat expressions UK youth-work staff use and the words policies write for them ("on
 * my own": alone; "share a room": sleeping, accommodation). Their meaning is not in their single
 * words, so they are found in the question as phrases. The same for every organisation; see
 * resources/everyday-phrases.json.
 */
export interface EverydayPhrase {
  /** What staff type, lower case: "on my own", "just me and him". */
  readonly say: readonly string[];
  /** Single words a policy writes for it: "alone", "unaccompanied". */
  readonly policy: readonly string[];
}

export class EverydayPhrases {
  /**
   * First two words -> the phrases they start, as words, with their policy words. Every phrase has
   * two words or more; keyed by two, a common first word ("i", "the", "can") does not put hundreds
   * of phrases to the test at every place it stands in a question.
   */
  readonly #byOpening = new Map<
    string,
    Array<{ readonly words: readonly string[]; readonly policy: readonly string[] }>
  >();
  #size = 0;

  constructor(entries: readonly EverydayPhrase[]) {
    for (const { say, policy } of entries) {
      for (const phrase of say) {
        const words = wordsOf(phrase);
        if (words.length < 2) continue;
        const opening = `${words[0]} ${words[1]}`;
        const list = this.#byOpening.get(opening) ?? [];
        list.push({ words, policy });
        this.#byOpening.set(opening, list);
        this.#size += 1;
      }
    }
  }

  /** Number of phrases. */
  get size(): number {
    return this.#size;
  }

  /** The policy words for every everyday phrase in `text` (whole words only), each once. */
  policyWords(text: string): string[] {
    const words = wordsOf(text);
    const found = new Set<string>();
    for (let i = 0; i + 1 < words.length; i += 1) {
      for (const { words: phrase, policy } of this.#byOpening.get(`${words[i]} ${words[i + 1]}`) ?? []) {
        if (phrase.every((word, k) => words[i + k] === word)) for (const word of policy) found.add(word);
      }
    }
    return [...found];
  }
}

/** Personal pronouns, which stand for one another in a phrase: "kick them out" is "kick him out". */
const PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'his', 'their', 'my', 'our', 'your', 'you', "'em"]);

/**
 * The words of a text as phrases are compared: lower case, straight apostrophes, and any personal
 * pronoun as one word.
 */
function wordsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[a-z0-9']+/g) ?? [];
  return words.map((word) => (PRONOUNS.has(word) ? 'them' : word));
}
