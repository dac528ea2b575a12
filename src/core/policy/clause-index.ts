import type { EverydayPhrases } from './everyday-phrases.ts';
import { FieldedBm25 } from './fielded-bm25.ts';
import { closeness, meaningDirection, type UnitVectors } from './meaning.ts';
import { memoise } from './memoise.ts';
import type { Clause } from './policy-types.ts';
import { runInHeading } from './run-in-heading.ts';
import { splitSentences } from './sentences.ts';
import { TextAnalyser } from './text-analysis.ts';
import type { Thesaurus } from './thesaurus.ts';
import { type AlignedQuestion, AlignmentVocabulary } from './word-alignment.ts';
import { SoftVocabulary, type WordVectors } from './word-vectors.ts';

/** Tuning for clause retrieval. Defaults in {@link defaultIndexOptions}. */
export interface ClauseIndexOptions {
  /** Field boosts: a match in a section title says more about the topic than one in the text. */
  readonly boost: { readonly text: number; readonly section: number; readonly context: number; readonly asked: number };
  /** Weight of related concepts (a question about texting also looks for "messages"). */
  readonly relatedWeight: number;
  /** Terms at least this long may match with one typo. */
  readonly fuzzyMinLength: number;
  /** Weight of light question words ("use", "send") that say little on their own. */
  readonly lightWeight: number;
  /** Credit for a question term the clause covers only through a related concept. */
  readonly relatedCredit: number;
  /**
   * Credit for a question term found in the clause (or its lead-in) but not in the sentence that
   * matched: nearly full, since a lead-in ("Parents must:") or the clause's other sentences say
   * whom and what the sentence is about as much as its own words do (0.6 until the twenty-ninth
   * session).
   */
  readonly clauseCredit: number;
  /** Score multiplier for fact records (document details, contacts), so policy wording ranks first. */
  readonly factsBoost: number;
  /** Related concepts in more than this share of clauses (and over 200 of them) are not searched; coverage still credits them. */
  readonly maxRelatedShare: number;
  /** In a large corpus, the question's own terms in more than this share of clauses (and over 500) are not searched when rarer ones are. */
  readonly maxOwnShare: number;
  /** How many of the best BM25 matches are re-ranked by coverage. */
  readonly candidates: number;
  /** A question word the policies never use matches policy words at least this similar in meaning (word vectors). */
  readonly softMinSimilarity: number;
  /** How near in meaning a thesaurus synonym and a broader term count, as a word-vector similarity would. */
  readonly thesaurusSimilarity: { readonly same: number; readonly broader: number };
  /** At most this many policy terms stand in for one unknown question word. */
  readonly softNeighbours: number;
  /** BM25 parameters: term-frequency saturation `k`, length normalisation `b`, `d`. */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  /**
   * How much closeness in meaning (word vectors) between the question and a sentence weighs in the
   * ranking: the rank is multiplied by e to this times their cosine. 0 leaves it out.
   */
  readonly meaningWeight: number;
  /**
   * How much the share of the question held by all the clauses under a sentence's heading weighs in
   * the ranking: the rank is multiplied by e to this times that share. 0 leaves it out.
   */
  readonly sectionWeight: number;
}

/** The retrieval defaults, measured on the dev questions and staff-style paraphrases. */
export const defaultIndexOptions: ClauseIndexOptions = {
  boost: { text: 1, section: 1.5, context: 0.35, asked: 0.6 },
  relatedWeight: 0.35,
  fuzzyMinLength: 6,
  lightWeight: 0.3,
  relatedCredit: 0.5,
  clauseCredit: 0.9,
  softMinSimilarity: 0.6,
  softNeighbours: 3,
  thesaurusSimilarity: { same: 0.8, broader: 0.65 },
  factsBoost: 0.5,
  candidates: 60,
  maxRelatedShare: 0.1,
  maxOwnShare: 0.15,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  meaningWeight: 1,
  sectionWeight: 0.5,
};

/** Weight of a one-typo match against an exact one (before MiniSearch's scaling by word length). */
const FUZZY_WEIGHT = 0.4;

/** Heading words that name no topic of their own ("Policy Statement", "General good practice"). */
const GENERIC_HEADING_TERMS = new Set(
  'polici procedur introduct aim scope statement guidelin term content gener good practic expect preambl document detail organis safeti onlin includ young adult member volunt staff'.split(
    ' ',
  ),
);

/**
 * General English knowledge, the same for every organisation, for question words a policy never
 * uses: word vectors (closeness in meaning, and how common a word is) and a thesaurus (synonyms
 * and broader terms).
 */
export interface EnglishResources {
  readonly vectors?: WordVectors | undefined;
  readonly thesaurus?: Thesaurus | undefined;
  /** Everyday and chat words staff say, with the words policies write for them ("lift": transport). */
  readonly everyday?: Thesaurus | undefined;
  /** Multi-word chat expressions, with the words policies write for them ("on my own": alone). */
  readonly phrases?: EverydayPhrases | undefined;
}

/** One retrieved clause with the evidence for it. */
export interface ScoredClause {
  readonly clause: Clause;
  /** The sentence (or list item) of the clause that matched best: the rule the clause is cited for. */
  readonly sentence: string;
  readonly score: number;
  /** The question's own terms (not related expansions) that the clause matched. */
  readonly matchedTerms: readonly string[];
  /** Share of the question's topic (its own terms weighted by rarity) that this clause covers. */
  readonly coverage: number;
  /**
   * The ranking score: BM25 scaled by coverage, so a clause that answers all of the question wins,
   * and by closeness in meaning (`meaningWeight`).
   */
  readonly rank: number;
  /** Measures of the match beyond its score and coverage, for the learned order of the candidates (`candidate-order.ts`). */
  readonly signals?: RankSignals;
}

/** How a sentence matched a question, beyond BM25 and coverage: what the learned order reads. */
export interface RankSignals {
  /** Cosine between the question's and the sentence's meaning (0 without vectors). */
  readonly closeness: number;
  /** Share of the question's topic that the clauses under the sentence's heading hold together. */
  readonly held: number;
  /** Share of the question's topic that the sentence's own words hold (not its clause's or heading's). */
  readonly own: number;
  /** Share of the question's topic that only the rest of its clause or its lead-in holds. */
  readonly inClause: number;
  /** Share of the question's topic that only its heading holds. */
  readonly inHeading: number;
  /** How many of the question's terms the sentence's own words hold. */
  readonly ownTerms: number;
  /** How many distinct terms the sentence holds. */
  readonly terms: number;
  /** How each question word is met by the sentence's and its clause's words (`ALIGNMENT_MEASURES`); undefined without vectors. */
  readonly alignment?: readonly number[] | undefined;
}

/** A question analysed once: its own terms, the weighted query, and how rare each term is. */
export interface AnalysedQuestion {
  readonly ownTerms: readonly string[];
  readonly weights: ReadonlyMap<string, number>;
  /** For own terms the policies never use: the nearest policy terms by meaning, with their similarity. */
  readonly soft: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
  /** What the question is about, as word vectors read it (`meaning.ts`); undefined without vectors or words they hold. */
  readonly meaning: Float32Array | undefined;
  /** Its words read for pairing with each candidate's (`word-alignment.ts`); undefined without vectors or words they hold. */
  readonly aligned?: AlignedQuestion | undefined;
  /** Own terms that are among the most common English words ("leave", "time", "order", "new"). */
  readonly general: ReadonlySet<string>;
  /**
   * For own terms the policies never use: the similarity of the nearest policy word by word vectors
   * or by the everyday-words lexicon (what the policies are known to be about; a WordNet sense is not).
   */
  readonly nearest: ReadonlyMap<string, number>;
}

/**
 * The question with some of its terms weighed `factor` times more than the rest, the whole
 * weighed as much as before (so a score stays comparable with any other question's): for a
 * question asking leave, the act it asks about ("…, can i *text her on her own*?") over the
 * situation it is asked in.
 */
export function emphasised(question: AnalysedQuestion, terms: ReadonlySet<string>, factor: number): AnalysedQuestion {
  let before = 0;
  let after = 0;
  for (const [term, weight] of question.weights) {
    before += weight;
    after += terms.has(term) ? weight * factor : weight;
  }
  // Nothing to weigh more: the question as it is.
  if (after === before) return question;
  const scale = before / after;
  const weights = new Map<string, number>();
  for (const [term, weight] of question.weights)
    weights.set(term, (terms.has(term) ? weight * factor : weight) * scale);
  return { ...question, weights };
}

/** A question term with what the coverage re-rank reads of it. */
interface AskedTerm {
  readonly term: string;
  readonly weight: number;
  readonly related: readonly string[];
  readonly soft: ReadonlyArray<readonly [string, number]> | undefined;
}

/** True when `terms` holds any of `candidates`. */
function holdsAny(terms: ReadonlySet<string>, candidates: readonly string[]): boolean {
  for (const candidate of candidates) if (terms.has(candidate)) return true;
  return false;
}

/** The highest similarity among the near words `terms` holds, or undefined when it holds none. */
function nearest(terms: ReadonlySet<string>, near: ReadonlyArray<readonly [string, number]>): number | undefined {
  let best: number | undefined;
  for (const [word, similarity] of near)
    if (terms.has(word) && (best === undefined || similarity > best)) best = similarity;
  return best;
}

/** One scoring unit: a sentence or list item of a clause, searched with its clause's heading and lead-in. */
interface SentenceUnit {
  readonly clause: Clause;
  readonly sentence: string;
  readonly terms: ReadonlySet<string>;
  /** The clause's own words beyond the sentence, and its lead-in: they count, at less than the sentence's. */
  readonly clauseTerms: ReadonlySet<string>;
  readonly sectionTerms: ReadonlySet<string>;
  /** Every term of the clauses under the same heading (their words, lead-ins, phrasings and the heading). */
  readonly sectionWords: ReadonlySet<string>;
  /** What the sentence is about, as word vectors read it; undefined without vectors or words they hold. */
  readonly meaning: Float32Array | undefined;
  /** The numbers of its words, and its clause's, in the alignment vocabulary (`word-alignment.ts`). */
  readonly words: Int32Array;
  readonly clauseWords: Int32Array;
}

/** A BM25 index over one organisation's clause sentences, with synonym-aware analysis. */
export class ClauseIndex {
  readonly analyser: TextAnalyser;
  readonly #options: ClauseIndexOptions;
  /** The sentences' fields, in this order: the sentence, its clause's heading, lead-in and "also asked as" phrasings. */
  readonly #search: FieldedBm25;
  readonly #clauses = new Map<string, Clause>();
  /** The scoring units, in the order the search numbers them. */
  readonly #sentences: SentenceUnit[] = [];
  readonly #documentFrequency = new Map<string, number>();
  readonly #topics = new Set<string>();
  /** Every word the policies use, as written (lower case). */
  readonly #words = new Set<string>();
  /**
   * Two words of three letters or more the policies write side by side that English also writes as
   * one word, by that word: "campfire" -> "camp fire".
   */
  readonly #openCompounds = new Map<string, string>();

  /**
   * @param topics Texts that name what the policies are about (document titles); together with
   *   section headings and the synonym map's concepts they make the topics a question must touch
   *   before a weak match counts as an answer.
   */
  readonly #soft: SoftVocabulary | undefined;
  readonly #thesaurus: Thesaurus | undefined;
  readonly #everyday: Thesaurus | undefined;
  readonly #phrases: EverydayPhrases | undefined;
  readonly #vectors: WordVectors | undefined;
  readonly #alignment: AlignmentVocabulary | undefined;

  constructor(
    clauses: readonly Clause[],
    analyser = new TextAnalyser(),
    options: ClauseIndexOptions = defaultIndexOptions,
    topics: readonly string[] = [],
    english: EnglishResources = {},
  ) {
    const { vectors, thesaurus, everyday, phrases } = english;
    this.#thesaurus = thesaurus;
    this.#everyday = everyday;
    this.#phrases = phrases;
    this.#vectors = vectors;
    this.#alignment = vectors ? new AlignmentVocabulary(vectors) : undefined;
    const noWords = new Int32Array(0);
    this.analyser = analyser;
    this.#options = options;
    for (const text of [...topics, ...new Set(clauses.filter((c) => c.kind === 'clause').map((c) => c.section))]) {
      for (const term of analyser.terms(text)) if (!GENERIC_HEADING_TERMS.has(term)) this.#topics.add(term);
    }
    for (const term of analyser.concepts()) this.#topics.add(term);
    const documents: Array<readonly (readonly string[])[]> = [];
    // Every word the policies use, with its index term, for matching unknown words by meaning.
    const vocabulary = new Map<string, string>();
    // Each word's unit vector read once for the sentences' meanings, then let go.
    const units: UnitVectors = new Map();
    // The words of each heading's clauses together, by document and heading.
    const sectionWords = new Map<string, Set<string>>();
    for (const clause of clauses) {
      const { tokens, terms: text } = analyser.tokensAndTerms(clause.text);
      const clauseWords = this.#alignment?.ids(tokens) ?? noWords;
      for (let i = 0; i < tokens.length; i += 1) {
        const before = tokens[i - 1];
        const token = tokens[i]!;
        this.#words.add(token);
        if (vectors && before && before.length >= 3 && token.length >= 3) {
          const closed = `${before}${token}`;
          if (vectors.rank(closed) !== undefined) this.#openCompounds.set(closed, `${before} ${token}`);
        }
      }
      if (vectors) {
        for (const token of tokens) {
          const term = analyser.term(token);
          if (term && !vocabulary.has(token)) vocabulary.set(token, term);
        }
      }
      // A run-in heading ("*Mobile Phones* – No mobile phones…", "**Tutors**: name, contact…")
      // names the clause's own topic, as a heading does.
      const runIn = runInHeading(clause.text);
      const section = analyser.terms(runIn ? `${clause.section} ${runIn}` : clause.section);
      const context = clause.context ? analyser.terms(clause.context) : [];
      const asked = (clause.asked ?? []).flatMap((phrase) => analyser.terms(phrase));
      const all = new Set([...text, ...section]);
      for (const term of all) this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
      this.#clauses.set(clause.id, clause);
      const clauseTerms = new Set([...text, ...context, ...asked]);
      const sectionTerms = new Set(section);
      const sectionKey = `${clause.documentId}\u0000${clause.section}`;
      const wordsUnderHeading = sectionWords.get(sectionKey) ?? new Set<string>();
      sectionWords.set(sectionKey, wordsUnderHeading);
      for (const term of clauseTerms) wordsUnderHeading.add(term);
      for (const term of section) wordsUnderHeading.add(term);
      // Each sentence is scored on its own, so a clause holding several rules is found, and cited,
      // for the one that matches, and a long clause no longer wins on length.
      const sentences = clause.kind === 'clause' ? splitSentences(clause.text) : [clause.text];
      for (const sentence of sentences) {
        const { tokens: words, terms } = analyser.tokensAndTerms(sentence);
        if (terms.length === 0) continue;
        const meaning = vectors && options.meaningWeight ? meaningDirection(words, vectors, units) : undefined;
        this.#sentences.push({
          clause,
          sentence,
          terms: new Set(terms),
          clauseTerms,
          sectionTerms,
          sectionWords: wordsUnderHeading,
          meaning,
          words: this.#alignment?.ids(words) ?? noWords,
          clauseWords,
        });
        documents.push([terms, section, context, asked]);
      }
    }
    const { boost } = options;
    this.#search = new FieldedBm25(
      documents,
      [boost.text, boost.section, boost.context, boost.asked],
      options.bm25,
      FUZZY_WEIGHT,
    );
    this.#soft = vectors ? new SoftVocabulary(vectors, vocabulary) : undefined;
  }

  /**
   * For a word the policies never use: the policy terms nearest in meaning (by word vectors, the
   * thesaurus and the everyday-words lexicon), and the similarity of the nearest by word vectors or
   * the lexicon: a curated chat word ("vape" is smoking) says the policies know it as surely as a
   * near vector; a WordNet sense ("kit" is a "set") only that it can be matched. Remembered per word: the
   * scan over every policy word's vector is the costliest lookup of the answer path.
   */
  readonly #nearInMeaning = memoise(
    (
      token: string,
    ): { readonly known: number | undefined; readonly neighbours: ReadonlyArray<readonly [string, number]> } => {
      const byMeaning = this.#soft!.neighbours(token, this.#options.softMinSimilarity, this.#options.softNeighbours);
      const everyday = this.#thesaurusNeighbours(this.#everyday, token);
      const best = Math.max(byMeaning[0]?.[1] ?? 0, everyday[0]?.[1] ?? 0);
      return {
        known: best > 0 ? best : undefined,
        neighbours: this.#merge(byMeaning, this.#thesaurusNeighbours(this.#thesaurus, token), everyday),
      };
    },
    5000,
  );

  /**
   * Policy terms that a thesaurus (WordNet's, or the everyday-words lexicon) gives for a word the
   * policies never use, with a similarity by relation.
   */
  #thesaurusNeighbours(thesaurus: Thesaurus | undefined, token: string): Array<readonly [string, number]> {
    const entry = thesaurus?.lookup(token);
    if (!entry) return [];
    const out: Array<readonly [string, number]> = [];
    this.#addKnown(out, entry.same, this.#options.thesaurusSimilarity.same);
    this.#addKnown(out, entry.broader, this.#options.thesaurusSimilarity.broader);
    return out;
  }

  /** Pushes each of `words` that is one policy term onto `out`, as that term with `similarity`. */
  #addKnown(out: Array<readonly [string, number]>, words: readonly string[], similarity: number): void {
    for (const word of words) {
      const terms = this.analyser.terms(word);
      if (terms.length === 1 && this.#documentFrequency.has(terms[0]!)) out.push([terms[0]!, similarity]);
    }
  }

  /** Neighbour lists merged: each term once, at its best similarity, best first, at most softNeighbours. */
  #merge(...lists: ReadonlyArray<ReadonlyArray<readonly [string, number]>>): ReadonlyArray<readonly [string, number]> {
    const best = new Map<string, number>();
    for (const list of lists)
      for (const [term, similarity] of list) if (similarity > (best.get(term) ?? 0)) best.set(term, similarity);
    return [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.#options.softNeighbours);
  }

  /** Number of clauses indexed. */
  get size(): number {
    return this.#clauses.size;
  }

  /** Inverse document frequency (BM25 form): rare terms weigh more; unknown terms weigh most. */
  idf(term: string): number {
    const n = this.#clauses.size;
    const df = this.#documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** True when the term names something the policies are about (a title, heading or known concept). */
  isTopic(term: string): boolean {
    return this.#topics.has(term);
  }

  /** True when some clause contains the term. */
  knows(term: string): boolean {
    return this.#documentFrequency.has(term);
  }

  /** Analyses a question into weighted query terms. */
  analyse(asked: string): AnalysedQuestion {
    const question = this.#policyCompounds(asked);
    // One reading of the question for its tokens and its terms (remembered, so `queryTerms` and
    // `terms` below find them rather than normalising the question again).
    const { tokens } = this.analyser.tokensAndTerms(question);
    const weights = this.analyser.queryTerms(question, this.#options.relatedWeight, this.#options.lightWeight);
    const soft = new Map<string, ReadonlyArray<readonly [string, number]>>();
    const general = new Set<string>();
    const nearest = new Map<string, number>();
    if (this.#soft) {
      for (const token of tokens) {
        const term = this.analyser.term(token);
        if (!term || soft.has(term)) continue;
        if (this.#soft.isGeneral(token)) general.add(term);
        // Only words the policies never use are widened by meaning; a term with curated related
        // concepts (texting: messages, contact details) is widened by those.
        if (this.#documentFrequency.has(term) || this.analyser.related(term).length > 0) continue;
        const { known, neighbours } = this.#nearInMeaning(token);
        if (known !== undefined) nearest.set(term, known);
        if (neighbours.length === 0) continue;
        soft.set(term, neighbours);
        for (const [near, similarity] of neighbours) {
          const weight = this.#options.relatedWeight * similarity;
          if ((weights.get(near) ?? 0) < weight) weights.set(near, weight);
        }
      }
    }
    // "On my own", "share a room": a chat expression whose meaning is not in its words searches for
    // the words a policy writes for it, as a related concept is searched.
    const phrased: Array<readonly [string, number]> = [];
    this.#addKnown(phrased, this.#phrases?.policyWords(question) ?? [], this.#options.thesaurusSimilarity.same);
    for (const [term, similarity] of phrased) {
      const weight = this.#options.relatedWeight * similarity;
      if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
    }
    const meaning = this.#vectors && this.#options.meaningWeight ? meaningDirection(tokens, this.#vectors) : undefined;
    const aligned = this.#alignment?.question(tokens);
    return { ownTerms: [...new Set(this.analyser.terms(question))], weights, soft, general, nearest, meaning, aligned };
  }

  /**
   * A compound written as the policies write it. English writes many open, hyphened or closed as
   * the writer likes: "head count" or "headcount", "campfire" or "camp fire". Two question words
   * the policies write as one English word are read as it; a question word the policies never use
   * that is two words they write side by side is read as those two.
   */
  #policyCompounds(question: string): string {
    const vectors = this.#vectors;
    const joined = question.replace(
      /\b([a-z]{3,})(?:\s+|-)(?=([a-z]{3,})\b)/gi,
      (pair, first: string, second: string) => {
        const word = `${first}${second}`.toLowerCase();
        // Not a phrase the analyser already reads as one ("young person", "work phone").
        const closed =
          this.#words.has(word) &&
          vectors?.rank(word) !== undefined &&
          this.analyser.terms(`${first} ${second}`).length === 2;
        return closed ? first : pair;
      },
    );
    return joined.replace(/\b[a-z]{6,}\b/gi, (token) => {
      const word = token.toLowerCase();
      const open = this.#words.has(word) ? undefined : this.#openCompounds.get(word);
      return open && this.analyser.terms(open).length === 2 ? open : token;
    });
  }

  /** The clauses that best match a question, best first. */
  search(question: AnalysedQuestion, limit = 10): ScoredClause[] {
    if (question.weights.size === 0) return [];
    // A related concept found in a large share of clauses adds work, not signal: leave it to the
    // coverage re-rank, which still credits it.
    const own = new Set(question.ownTerms);
    const df = (term: string): number => this.#documentFrequency.get(term) ?? 0;
    const n = this.#clauses.size;
    // In a large corpus, a term found in a big share of clauses costs the most and tells the least:
    // search the rarer terms and leave the common ones to the coverage re-rank, which still credits
    // them. Small corpora (every organisation today) are searched in full.
    const rareOwn = question.ownTerms.filter((term) => df(term) <= Math.max(n * this.#options.maxOwnShare, 500));
    const terms = [...question.weights.keys()].filter((term) =>
      own.has(term)
        ? rareOwn.length === 0 || rareOwn.includes(term)
        : df(term) <= Math.max(n * this.#options.maxRelatedShare, 200),
    );
    const results = this.#search.search(
      {
        terms,
        boost: (term) => question.weights.get(term) ?? 1,
        // A typo in a longer word may still match; a word already matched by meaning needs no typo search.
        fuzzy: (term) =>
          own.has(term) &&
          term.length >= this.#options.fuzzyMinLength &&
          !this.#documentFrequency.has(term) &&
          !question.soft.has(term),
      },
      Math.max(limit * 5, this.#options.candidates),
    );
    // Coverage is measured over the words the policies know (or know a word near in meaning to):
    // "afternoon" or "alright" in a question says nothing about which clause answers it.
    const topicWeight =
      question.ownTerms
        .filter((term) => this.#reachable(term, question))
        .reduce((sum, term) => sum + this.weight(term), 0) || 1;
    // What coverage needs of each question term, looked up once rather than once per candidate.
    const askedTerms: AskedTerm[] = question.ownTerms.map((term) => ({
      term,
      weight: this.weight(term),
      related: this.analyser.related(term),
      soft: question.soft.get(term),
    }));
    // Re-rank only the best BM25 candidates: coverage reorders near neighbours, not the tail. A
    // clause is as good as its best sentence. Candidates are kept as numbers, by their place in
    // `results`; only the ones returned are made into results (and their matched terms listed).
    const scores = new Float64Array(results.length);
    const coverages = new Float64Array(results.length);
    const ranks = new Float64Array(results.length);
    const closenesses = new Float64Array(results.length);
    const helds = new Float64Array(results.length);
    const best = new Map<string, number>();
    for (let i = 0; i < results.length; i += 1) {
      const result = results[i]!;
      const unit = this.#sentences[result.doc]!;
      const { clause } = unit;
      const coverage = this.#covered(unit, askedTerms, undefined) / topicWeight;
      // Applied here, once per candidate, rather than to every posting the search scores.
      const score = clause.kind === 'facts' ? result.score * this.#options.factsBoost : result.score;
      scores[i] = score;
      coverages[i] = coverage;
      // Closeness in meaning reorders what the words matched: of two sentences that share the
      // question's words alike, the one about the same thing as the question ranks higher.
      closenesses[i] = question.meaning && unit.meaning ? closeness(question.meaning, unit.meaning) : 0;
      const near = question.meaning && unit.meaning ? Math.exp(this.#options.meaningWeight * closenesses[i]!) : 1;
      // Where it sits: of two sentences that match alike, the one under a heading whose clauses
      // together hold more of the question ("Photographs", where the question's words are spread
      // over the section's clauses) ranks higher.
      helds[i] = this.#heldUnderHeading(unit, askedTerms) / topicWeight;
      const section = this.#options.sectionWeight ? Math.exp(this.#options.sectionWeight * helds[i]!) : 1;
      ranks[i] = score * coverage * near * section;
      const seen = best.get(clause.id);
      if (seen === undefined || ranks[i]! > ranks[seen]!) best.set(clause.id, i);
    }
    return [...best.values()]
      .sort((a, b) => ranks[b]! - ranks[a]!)
      .slice(0, limit)
      .map((i) => {
        const unit = this.#sentences[results[i]!.doc]!;
        const matchedTerms: string[] = [];
        this.#covered(unit, askedTerms, matchedTerms);
        const { clause, sentence } = unit;
        const signals = this.#signals(unit, question, askedTerms, topicWeight, closenesses[i]!, helds[i]!);
        return { clause, sentence, score: scores[i]!, matchedTerms, coverage: coverages[i]!, rank: ranks[i]!, signals };
      });
  }

  /** The measures of a candidate the learned order reads besides its score and coverage. */
  #signals(
    unit: SentenceUnit,
    question: AnalysedQuestion,
    asked: readonly AskedTerm[],
    topicWeight: number,
    closeness: number,
    held: number,
  ): RankSignals {
    let own = 0;
    let inClause = 0;
    let inHeading = 0;
    let ownTerms = 0;
    for (const { term, weight } of asked) {
      if (unit.terms.has(term)) {
        own += weight;
        ownTerms += 1;
      } else if (unit.clauseTerms.has(term)) inClause += weight;
      else if (unit.sectionTerms.has(term)) inHeading += weight;
    }
    const alignment =
      this.#alignment && question.aligned
        ? this.#alignment.measure(question.aligned, unit.words, unit.clauseWords)
        : undefined;
    return {
      closeness,
      held,
      own: own / topicWeight,
      inClause: inClause / topicWeight,
      inHeading: inHeading / topicWeight,
      ownTerms,
      terms: unit.terms.size,
      alignment,
    };
  }

  /** The weight of the question's terms that the clauses under the unit's heading hold, together. */
  #heldUnderHeading(unit: SentenceUnit, asked: readonly AskedTerm[]): number {
    let held = 0;
    for (const { term, weight } of asked) if (unit.sectionWords.has(term)) held += weight;
    return held;
  }

  /**
   * How much of the question's weight a sentence covers: the sentence's own words answer the
   * question; the rest of its clause and its lead-in support it; its heading only says where it
   * sits. Pushes the question terms it matches onto `matched`, when given.
   */
  #covered(unit: SentenceUnit, asked: readonly AskedTerm[], matched: string[] | undefined): number {
    const { terms, clauseTerms, sectionTerms } = unit;
    const { clauseCredit, relatedCredit: credit } = this.#options;
    let covered = 0;
    for (const { term, weight, related, soft } of asked) {
      if (terms.has(term)) {
        matched?.push(term);
        covered += weight;
      } else if (clauseTerms.has(term)) {
        matched?.push(term);
        covered += weight * clauseCredit;
      } else if (sectionTerms.has(term)) {
        matched?.push(term);
        covered += weight * credit;
      } else if (holdsAny(terms, related)) {
        covered += weight * credit;
      } else {
        const similarity = soft ? nearest(terms, soft) : undefined;
        if (similarity !== undefined) {
          matched?.push(term);
          covered += weight * similarity;
        } else if (holdsAny(clauseTerms, related) || holdsAny(sectionTerms, related)) {
          covered += weight * credit * credit;
        }
      }
    }
    return covered;
  }

  /**
   * The share of the question's content the policies know: its words they use, and those with a
   * policy word near in meaning (credited by similarity). Unknown words count at a middling weight,
   * not the highest: that a word is missing says the policies may not cover the topic, not that it
   * is the topic. A question about holiday entitlement or the Christmas party knows little.
   */
  knownShare(question: AnalysedQuestion): number {
    let known = 0;
    let all = 0;
    for (const term of question.ownTerms) {
      // A common English word says little about what the question is about, used or not.
      const counted = question.general.has(term) ? this.weight(term) * this.#options.lightWeight : this.weight(term);
      if (this.knows(term)) {
        known += counted;
        all += counted;
      } else {
        // Near in meaning by word vectors, or a policy word for it in the everyday-words lexicon: a
        // thesaurus sense ("kit" is a "set") says a word can be matched, not that the policies are about it.
        const near = question.nearest.get(term);
        // Known through a curated related concept ("text" where the policy says "contact details").
        if (this.analyser.related(term).some((related) => this.knows(related))) known += counted;
        else if (near) known += counted * near;
        all += counted;
      }
    }
    return all ? known / all : 0;
  }

  /** A question term the policies know, directly, through a related concept or a word near in meaning. */
  #reachable(term: string, question: AnalysedQuestion): boolean {
    return (
      this.knows(term) || question.soft.has(term) || this.analyser.related(term).some((related) => this.knows(related))
    );
  }

  /** How much a question term says about its topic: its rarity, less for light words. */
  weight(term: string): number {
    // A word the policies never use is not the rarest word of the question: it counts at a middling
    // weight ("afternoon", "alright" say nothing about which clause answers).
    const base = this.#documentFrequency.has(term) ? this.idf(term) : Math.log(1 + this.#clauses.size) / 2;
    return base * (this.analyser.isLight(term) ? this.#options.lightWeight : 1);
  }
}
