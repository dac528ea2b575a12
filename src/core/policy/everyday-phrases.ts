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
  readonly #pattern: RegExp | undefined;
  readonly #policy = new Map<string, readonly string[]>();

  constructor(entries: readonly EverydayPhrase[]) {
    for (const { say, policy } of entries) for (const phrase of say) this.#policy.set(plain(phrase), policy);
    const alternatives = [...this.#policy.keys()]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    this.#pattern = alternatives.length
      ? new RegExp(`(?<![a-z0-9'])(?:${alternatives.join('|')})(?![a-z0-9'])`, 'g')
      : undefined;
  }

  /** Number of phrases. */
  get size(): number {
    return this.#policy.size;
  }

  /** The policy words for every everyday phrase in `text`, each once. */
  policyWords(text: string): string[] {
    if (!this.#pattern) return [];
    const words = new Set<string>();
    for (const match of plain(text).matchAll(this.#pattern))
      for (const word of this.#policy.get(match[0].replace(/\s+/g, ' ')) ?? []) words.add(word);
    return [...words];
  }
}

/** Lower case, straight apostrophes, single spaces: how phrases are compared. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
