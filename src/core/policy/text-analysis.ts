import { oneByteTextAfter } from './one-byte-text.ts';
import { rewriter } from './pattern-union.ts';
import { stem } from './stem.ts';
import { defaultSynonyms, type SynonymMap } from './synonyms.ts';

/**
 * Words that carry no topic: function words, modal verbs (every clause has one) and question
 * words. Negations are here too: retrieval finds the topic, the verdict reads the negation.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
  don't down during each either else ever every few for from further had hadn't has hasn't have
  haven't having he her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't
  it it's its itself just let's may me might more most must mustn't my myself need needs no nor not
  now of off ok okay on once only or ought our ours ourselves out over per please
  really same shall shan't she should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they this those through to too under until up upon us very
  was wasn't we were weren't what what's when where which while who whom why will with won't would
  wouldn't yes yet you your yours yourself yourselves allowed also etc eg ie i.e e.g someone
  something anyone anything everyone thing things way ways get got go going want wants able never
  again always sometimes usually whether within without via am one ones hi hey hello thanks thank
  cheers sorry quick quickly bit lot lots stuff actually basically literally probably maybe
  okay alright fine wondering wonder wondered question query anyway though tho btw pls plz please
  ye yeah yep nope im ive id ill youre were theyre whats thats theres whos wheres whens hows whys dont doesnt didnt cant wont
  isnt arent wasnt shouldnt wouldnt couldnt whose`
    .split(/\s+/)
    .filter(Boolean),
);

const TERMS_CACHE_LIMIT = 20_000;

/** A text's raw tokens and its index terms. */
export interface TextReading {
  readonly tokens: readonly string[];
  readonly terms: readonly string[];
}

/** A capital, apostrophe, backtick or non-ASCII character: text without one is left unchanged by lower-casing and quote unifying. */
const NOT_PLAIN = /[A-Z'`\u0080-\uffff]/;

/** Term analysis built from one synonym map: the same steps for clauses and for questions. */
export class TextAnalyser {
  readonly #synonyms: SynonymMap;
  readonly #canonical = new Map<string, string>();
  readonly #stemCache = new Map<string, string | null>();
  readonly #light: ReadonlySet<string>;
  readonly #relatedCache = new Map<string, readonly string[]>();
  /** Each text's tokens and terms, read once: a clause's sentences, headings and lead-ins recur. */
  readonly #readings = new Map<string, TextReading>();

  readonly #phrases: Array<readonly [RegExp, string]>;
  /** `#phrases` applied in order, as one test for a text that holds none; set once the constructor has added them all. */
  #rewritePhrases: ((text: string) => string) | undefined;

  /**
   * @param vocabulary an organisation's own equivalences (organisation.yaml `vocabulary`): each list
   *   one meaning, words or phrases, read as the first entry the shared map already knows, else as
   *   the first entry.
   */
  constructor(synonyms: SynonymMap = defaultSynonyms, vocabulary: ReadonlyArray<readonly string[]> = []) {
    this.#synonyms = synonyms;
    this.#light = new Set(synonyms.light);
    this.#phrases = [...synonyms.phrases];
    for (const [canonical, stems] of Object.entries(synonyms.equivalents)) {
      this.#canonical.set(canonical, canonical);
      for (const stem of stems) this.#canonical.set(stem, canonical);
    }
    for (const group of vocabulary) this.#addGroup(group);
    this.#rewritePhrases = rewriter(this.#phrases);
  }

  #addGroup(group: readonly string[]): void {
    const single = (entry: string): string | undefined => {
      const terms = this.terms(entry);
      return terms.length === 1 ? terms[0] : undefined;
    };
    const known = group.map(single).find((term) => term !== undefined && this.#canonical.get(term) === term);
    const canonical = known ?? single(group[0]!) ?? group[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '');
    this.#canonical.set(canonical, canonical);
    for (const entry of group) {
      const words = this.tokenize(this.normalise(entry));
      if (words.length === 1) {
        this.#canonical.set(words[0]!, canonical);
        this.#canonical.set(stem(words[0]!.replace(/'/g, '')), canonical);
      } else if (words.length > 1) {
        const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        this.#phrases.unshift([new RegExp(`\\b${escaped.join("[\\s'-]+")}s?\\b`, 'g'), ` ${canonical} `]);
      }
    }
    this.#stemCache.clear();
    this.#readings.clear();
  }

  /** Lower-cases, unifies quote marks and rewrites known phrases into single tokens. */
  normalise(text: string): string {
    // Text with no capital, quote mark, apostrophe or non-ASCII character (a thesaurus word, most
    // of a lower-case question) is left as it is by every step before the phrases.
    if (!NOT_PLAIN.test(text)) return this.#rewritePhrases ? this.#rewritePhrases(text) : this.#rewriteEach(text);
    const out = text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // Contractions as their words ("we're" is not "were"); the words are stop words anyway.
      .replace(/\b(i|you|we|they|he|she|it|that|there|what|who)'(?:m|re|ve|ll|d|s)\b/g, '$1')
      .replace(/\b(\w+)n't\b/g, '$1 not');
    // Curly quotes made straight leave text that fits one byte a character: read it so.
    const narrow = oneByteTextAfter(text, out);
    return this.#rewritePhrases ? this.#rewritePhrases(narrow) : this.#rewriteEach(narrow);
  }

  /** The phrase rewrites one by one, while the constructor is still adding them. */
  #rewriteEach(text: string): string {
    let out = text;
    for (const [pattern, replacement] of this.#phrases) out = out.replace(pattern, replacement);
    return out;
  }

  /** Splits normalised text into raw word tokens. */
  tokenize(text: string): string[] {
    const tokens: string[] = [];
    // The runs of word characters, as splitting on the rest gives them; only a run holding an
    // apostrophe has one to trim.
    for (const raw of text.match(/[a-z0-9']+/g) ?? []) {
      const token = raw.includes("'") ? raw.replace(/^'+|'+$/g, '').replace(/'s$/, '') : raw;
      if (token) tokens.push(token);
    }
    return tokens;
  }

  /** Maps one token to its index term (stemmed, canonical), or null for a stop word. */
  term(token: string): string | null {
    const cached = this.#stemCache.get(token);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    if (!stopWords.has(token) && token.length > 1) {
      // Own entries only: a question may say "constructor" or "toString".
      const base = Object.hasOwn(this.#synonyms.irregular, token) ? this.#synonyms.irregular[token]! : token;
      const stemmed = stem(base.includes("'") ? base.replace(/'/g, '') : base);
      result = this.#canonical.get(token) ?? this.#canonical.get(stemmed) ?? stemmed;
    }
    this.#stemCache.set(token, result);
    return result;
  }

  /**
   * The index terms of a text, in order, stop words removed. Cached: verdicts re-read the same
   * clause sentences for every question, and the cache is bounded so questions cannot grow it.
   */
  terms(text: string): readonly string[] {
    return this.tokensAndTerms(text).terms;
  }

  /**
   * A text's raw tokens and its terms (as `terms` gives them): one reading for both, remembered
   * for the text, as the index reads a sentence that is a whole clause, or recurs, once.
   */
  tokensAndTerms(text: string): TextReading {
    const cached = this.#readings.get(text);
    if (cached) return cached;
    const tokens = this.tokenize(this.normalise(text));
    const terms: string[] = [];
    for (const token of tokens) {
      const term = this.term(token);
      if (term) terms.push(term);
    }
    if (this.#readings.size >= TERMS_CACHE_LIMIT) this.#readings.clear();
    const reading = { tokens, terms };
    this.#readings.set(text, reading);
    return reading;
  }

  /** The canonical related terms of a term, from the synonym map. */
  related(term: string): readonly string[] {
    let related = this.#relatedCache.get(term);
    if (!related) {
      related = (Object.hasOwn(this.#synonyms.related, term) ? this.#synonyms.related[term]! : []).map(
        (word) => this.term(word) ?? word,
      );
      this.#relatedCache.set(term, related);
    }
    return related;
  }

  /** The canonical concepts of the synonym map: the vocabulary of the policies' field. */
  concepts(): string[] {
    const words = [
      ...Object.keys(this.#synonyms.equivalents),
      ...Object.keys(this.#synonyms.related),
      ...this.#synonyms.phrases
        .map(([, replacement]) => replacement)
        .flatMap((replacement) => replacement.split(/\W+/)),
    ];
    return [...new Set(words.map((word) => this.term(word)).filter((term): term is string => !!term))];
  }

  /** True for terms that say little on their own in a question ("use", "send"). */
  isLight(term: string): boolean {
    return this.#light.has(term);
  }

  /**
   * The weighted terms to search for a question: its own terms at weight 1 (light ones lower),
   * and related concepts at `relatedWeight` (never lowering a term already present).
   */
  queryTerms(question: string, relatedWeight = 0.4, lightWeight = 0.3): Map<string, number> {
    const weights = new Map<string, number>();
    const own = this.terms(question);
    for (const term of own) weights.set(term, this.isLight(term) ? lightWeight : 1);
    for (const term of own) {
      for (const related of this.related(term)) {
        if (!weights.has(related)) weights.set(related, relatedWeight);
      }
    }
    return weights;
  }
}
