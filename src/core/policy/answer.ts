import { PolicyDeskError } from '../errors.ts';
import { type Actor, actorFactor, clauseActor, questionActor } from './actors.ts';
import { gateFeatures } from './answer-gate.ts';
import { answerGateModel } from './answer-gate-model.ts';
import {
  type AnswerFit,
  type AnswerType,
  answerFit,
  answerType,
  detailsMayAnswer,
  refusedWhenNoneStated,
  unfitWhenNoneStated,
} from './answer-type.ts';
import {
  type CandidateContext,
  type CandidateOrderModel,
  candidateFeatures,
  orderCandidates,
  type RankedCandidate,
} from './candidate-order.ts';
import { candidateOrderModel } from './candidate-order-model.ts';
import {
  type AnalysedQuestion,
  ClauseIndex,
  type ClauseIndexOptions,
  defaultIndexOptions,
  type EnglishResources,
  emphasised,
  type ScoredClause,
} from './clause-index.ts';
import { concernAnswer, looksLikeQuestion, questionPart } from './concern/concern-answer.ts';
import type { ConcernKind } from './concern/concern-kinds.ts';
import { type ConcernAssessment, detectConcern, prepareConcernDetector } from './concern/detect-concern.ts';
import type { ReportingRoute } from './concern/reporting-route.ts';
import { type ContactCard, contactCards } from './contact-cards.ts';
import type { Corpus, OrganisationCorpus } from './corpus.ts';
import { CONTACTS_LABEL, formatPartialDate, isReviewOverdue } from './facts.ts';
import { type LogisticModel, probability } from './logistic-model.ts';
import { oneByteText } from './one-byte-text.ts';
import type { Clause, PolicyDocument } from './policy-types.ts';
import { scopeFeatures } from './scope-features.ts';
import { scopeModel } from './scope-model.ts';
import { TextAnalyser } from './text-analysis.ts';
import {
  type ClauseReading,
  type QuestionReading,
  type RelevanceModel,
  readClause,
  readQuestion,
  readVerdict,
  statesRule,
  stopFrame,
  type Verdict,
  type VerdictInput,
} from './verdict.ts';

/** One quoted clause in an answer. */
export interface Citation {
  readonly document: string;
  readonly documentTitle: string;
  readonly clause: string;
  readonly section: string;
  /** The full clause, verbatim. */
  readonly text: string;
  /** The lead-in the clause continues, verbatim, when it is part of a list. */
  readonly context?: string;
  /** For a clause holding several sentences or items: the one that matched, verbatim (the rule it is cited for). */
  readonly rule?: string;
  readonly score: number;
  /** `clause` quotes the policy; `facts` are document or contact details. */
  readonly kind: 'clause' | 'facts';
  /** Set when the document's review date has passed: the policy may be out of date. */
  readonly reviewOverdue?: { readonly reviewDate: string };
}

/** A contact as shown in answers. */
export type { ContactCard } from './contact-cards.ts';

/** The answer to one staff question. */
export interface PolicyAnswer {
  readonly org: string;
  readonly question: string;
  readonly verdict: Verdict;
  readonly citations: readonly Citation[];
  readonly flows: readonly { readonly id: string; readonly title: string }[];
  /** Who to ask: for `no-answer`, and the reporting contacts for `report-concern`. */
  readonly contacts?: readonly ContactCard[];
  /** For `report-concern`: the route for the concern's kind, what to do now and what not to do. */
  readonly reporting?: ReportingRoute;
  /**
   * For `report-concern`, when the message may also be a policy question: the policy's own verdict
   * on it, shown under the reporting route with `citations`.
   */
  readonly policyVerdict?: Exclude<Verdict, 'report-concern'>;
  /**
   * For `report-concern`: true when `citations` are the organisation's reporting procedure
   * (`reporting.clauses`), quoted because nothing else the policies say answers the message.
   */
  readonly reportingProcedure?: boolean;
  /** Plain-language notes, e.g. that a cited policy is past its review date. */
  readonly notices?: readonly string[];
  /**
   * How to pass on a worry about someone's safety, in case the message was one the concern
   * detector did not recognise: on every `no-answer`, and on an answer to a message it read as no
   * concern but not beyond doubt (`ConcernAssessment.doubt`). A missed disclosure never meets a
   * dead end.
   */
  readonly safetyNote?: string;
}

/** Tuning for answers. */
export interface AnswerOptions {
  readonly index: ClauseIndexOptions;
  /** Most citations in one answer. */
  readonly maxCitations: number;
  /** A citation must score at least this share of the best one. */
  readonly relativeCutoff: number;
  /**
   * The first few citations need only a smaller share of the best one: when the best match may be
   * the wrong clause, the next candidates are shown too, up to `size`.
   */
  readonly shortlist: { readonly size: number; readonly cutoff: number };
  /** The best clause must cover at least this share of the question's topic, or the bot abstains. */
  readonly minCoverage: number;
  /**
   * The same, for the question asked with a concern: below it the reporting procedure is quoted
   * under the route instead of a weak answer.
   */
  readonly minCoverageUnderConcern: number;
  /**
   * The share of the question's content the policies must know (their words, or words near in
   * meaning), or the bot abstains (unless a clause matches strongly). Low (0.3) since the scope
   * model refuses what such policies do not cover: a small policy knows few everyday words.
   */
  readonly minKnownShare: number;
  /** The best clause must score at least this, or the bot abstains. */
  readonly minScore: number;
  /** A best clause whose score times coverage reaches this answers even a question the policies know little of. */
  readonly confidentMatch: number;
  /**
   * A learned model of the questions safeguarding and conduct policies do not answer (pay, leave,
   * expenses, parking, bookings, orders: `scope-model.ts`); one it reads as such is refused unless a
   * clause matches it as strongly as `confidentMatch` asks. `null`: no such test.
   */
  readonly scopeModel: LogisticModel | null;
  /**
   * The scope model's probability at which a question is read as out of scope. Below the model's
   * own cross-validated threshold (0.79): on the question sets the bot is judged on, an
   * out-of-scope question answered with an unrelated clause was the more common failure.
   */
  readonly scopeThreshold: number;
  /**
   * The scope model's probability from which a where or when question is read as out of scope
   * when its best clause states no place or time at all (`answerFit` "none"): the clause does not
   * give what the question asks for, so less doubt suffices.
   */
  readonly unfitScopeThreshold: number;
  /**
   * How much stronger than `confidentMatch` a clause must match to answer a question the scope
   * model is sure of: at the threshold, `confidentMatch` itself; at certainty (probability 1),
   * `1 + scopeOverrule` times it, in a straight line between.
   */
  readonly scopeOverrule: number;
  /**
   * The learned gate on whether the policies answer a question (`answer-gate.ts`): the question is
   * refused at or above its threshold. `null`: the hand-set thresholds above decide alone.
   */
  readonly answerGate: LogisticModel | null;
  /**
   * Called with the gate's features of every question that reaches it and whether the hand-set
   * thresholds would answer it: for the gate's training script (`npm run train:gate`).
   */
  readonly gateObserver?: ((features: ReadonlyMap<string, number>, byRules: boolean) => void) | undefined;
  /** Rank multiplier for contact and document details when the question is not a who / when / where one. */
  readonly factsOnOpenQuestions: number;
  /**
   * Rank multiplier, for a question asking leave ("can I…?", "is it ok to…"), of a clause whose
   * matched sentence states no rule (`statesRule`), or of contact and document details: one that
   * only tells a situation, a purpose or whom to reach rarely says whether one may act, and a
   * verdict read from it says nothing.
   */
  readonly ruleless: number;
  /** Rank multipliers by how a clause fits what a where / who / when question asks for. */
  readonly answerTypeFactor: Readonly<Record<AnswerFit, number>>;
  /**
   * For a question asking leave, how much more the words of the act it asks about weigh in the
   * search than the words of the situation it tells ("mum just asked if i can run her lad home
   * after nets, ok?": the lift home, not the nets), the question weighed as much as before
   * (`emphasised`).
   */
  readonly actWeight: number;
  /**
   * The learned order of the candidates the hand ranking shortlists (`candidate-order.ts`).
   * `null`: the hand ranking's order. Whether the policies answer is judged on the hand ranking.
   */
  readonly candidateOrder: CandidateOrderModel | null;
  /**
   * When in doubt, both: a message the concern detector reads as no concern but not beyond doubt
   * is answered whenever its best clause scores at least `minScore`, never refused by the gate or
   * the scope thresholds (its answer carries the line on how to pass on a worry). `false`: it is
   * judged as any question.
   */
  readonly answerDoubted: boolean;
  /**
   * Called with each question's candidates in the hand ranking's order and their features: for the
   * learned order's training script (`npm run train:rank`).
   */
  readonly orderObserver?:
    | ((candidates: ReadonlyArray<{ readonly clause: Clause; readonly features: ReadonlyMap<string, number> }>) => void)
    | undefined;
}

/** Answer defaults (see README "How answers work"). */
export const defaultAnswerOptions: AnswerOptions = {
  index: defaultIndexOptions,
  maxCitations: 5,
  relativeCutoff: 0.4,
  shortlist: { size: 3, cutoff: 0.2 },
  minCoverage: 0.15,
  minCoverageUnderConcern: 0.2,
  minKnownShare: 0.3,
  minScore: 5,
  confidentMatch: 13,
  scopeModel: scopeModel ?? null,
  answerGate: answerGateModel ?? null,
  scopeThreshold: 0.7,
  unfitScopeThreshold: 0.4,
  scopeOverrule: 2,
  factsOnOpenQuestions: 0.4,
  ruleless: 0.6,
  answerTypeFactor: { near: 1.25, somewhere: 1, none: 0.75, 'not-asked': 1 },
  actWeight: 2,
  candidateOrder: candidateOrderModel ?? null,
  answerDoubted: true,
};

/** Longest question accepted, in characters: a question, not a document. */
export const MAX_QUESTION_LENGTH = 2000;

/**
 * What the answer path reads of one clause whatever the question: pure functions of the clause's
 * text, lead-in and heading, read when the answerer is built rather than on the first question
 * that cites the clause.
 */
interface ClauseReadings {
  readonly verdict: ClauseReading;
  /** Who each of the clause's scoring sentences is about (with the lead-in and heading), by sentence. */
  readonly actors: ReadonlyMap<string, Actor>;
  /** The clause's scoring sentences that state no rule (`statesRule`): ranked lower for a question asking leave. */
  readonly ruleless: ReadonlySet<string>;
}

/** One organisation's index, with its clauses read and the relevance model its verdicts use. */
interface OrganisationIndex {
  readonly index: ClauseIndex;
  readonly relevance: RelevanceModel;
  readonly clauses: ReadonlyMap<Clause, ClauseReadings>;
  /**
   * The clauses of each section of each positional document, in order: a clause's neighbours under
   * its heading. A positional document makes every paragraph a clause of its own, so a rule and the
   * consent it needs may stand in two; a numbered clause keeps its own paragraphs together.
   */
  readonly sections: ReadonlyMap<string, readonly Clause[]>;
}

/** The key of a clause's section in `OrganisationIndex.sections`. */
const sectionKey = (clause: Clause): string => `${clause.documentId}\u0000${clause.section}`;

/**
 * Reads every clause of an organisation as answers will: its verdict reading, who its sentences
 * are about, and the terms of every text of it that a verdict reads (kept here, so a busy terms
 * cache cannot drop them).
 */
function organisationIndex(
  clauses: readonly Clause[],
  index: ClauseIndex,
  documents: ReadonlyMap<string, PolicyDocument>,
): OrganisationIndex {
  const { analyser } = index;
  const read = new Map<Clause, ClauseReadings>();
  const clauseTerms = new Map<string, readonly string[]>();
  for (const clause of clauses) {
    const verdict = readClause(clause.text, clause.context, clause.section);
    for (const text of verdict.texts) if (!clauseTerms.has(text)) clauseTerms.set(text, analyser.terms(text));
    const actors = new Map<string, Actor>();
    // The sentences the index scores the clause by (see ClauseIndex): its sentences, or all of it for facts.
    for (const sentence of clause.kind === 'clause' ? verdict.sentences : [clause.text]) {
      if (!actors.has(sentence))
        actors.set(
          sentence,
          clauseActor(sentence, clause.context, clause.section, documents.get(clause.documentId)?.meta.title),
        );
    }
    // Contact and document details state no rule at all.
    const ruleless = new Set(
      clause.kind === 'clause' ? verdict.sentences.filter((sentence) => !statesRule(verdict, sentence)) : [clause.text],
    );
    read.set(clause, { verdict, actors, ruleless });
  }
  const relevance: RelevanceModel = {
    terms: (text) => clauseTerms.get(text) ?? analyser.terms(text),
    weight: (term) => index.weight(term),
    known: (term) => index.knows(term),
    related: (term) => analyser.related(term),
  };
  const sections = new Map<string, Clause[]>();
  for (const clause of clauses) {
    if (clause.kind !== 'clause' || documents.get(clause.documentId)?.meta.numbering !== 'positional') continue;
    const key = sectionKey(clause);
    if (!sections.has(key)) sections.set(key, []);
    sections.get(key)!.push(clause);
  }
  return { index, relevance, clauses: read, sections };
}

/** Answers staff questions from one corpus, with an index per organisation built once. */
export class PolicyAnswerer {
  readonly #corpus: Corpus;
  readonly #indexes = new Map<string, OrganisationIndex>();
  readonly #options: AnswerOptions;
  /** Word vectors, for what the scope model reads of a question's meaning. */
  readonly #vectors: EnglishResources['vectors'];

  /**
   * @param english general English knowledge for question words the policies never use (word
   *   vectors and a thesaurus; see `createAnswerer`); without it only exact and synonym matches count.
   */
  constructor(corpus: Corpus, options: Partial<AnswerOptions> = {}, english: EnglishResources = {}) {
    this.#corpus = corpus;
    this.#options = { ...defaultAnswerOptions, ...options };
    this.#vectors = english.vectors;
    prepareConcernDetector();
    const shared = new TextAnalyser();
    for (const [slug, org] of corpus.organisations) {
      const titles = [...org.documents.values()].map((document) => document.meta.title);
      const vocabulary = org.organisation.vocabulary ?? [];
      const analyser = vocabulary.length ? new TextAnalyser(undefined, vocabulary) : shared;
      const index = new ClauseIndex(org.clauses, analyser, this.#options.index, titles, english);
      this.#indexes.set(slug, organisationIndex(org.clauses, index, org.documents));
    }
  }

  /** The organisation slugs this answerer knows. */
  get organisations(): string[] {
    return [...this.#corpus.organisations.keys()];
  }

  /** Answers `question` for `org`, as of `now` (used for review-date notices). */
  answer(org: string, question: string, now: Date = new Date()): PolicyAnswer {
    const corpus = this.#corpus.organisations.get(org);
    const index = this.#indexes.get(org);
    if (!corpus || !index) {
      throw new PolicyDeskError(
        'policy_desk_unknown_org',
        `Unknown organisation "${org}". Known organisations: ${this.organisations.join(', ')}.`,
      );
    }
    // A question cut from wider text (see `oneByteText`) is read in the narrow form: the same
    // characters, every pattern of the answer path run on one byte a character.
    const trimmed = oneByteText(validateQuestion(question));

    const concern = detectConcern(trimmed);
    if (concern.level === 'none') {
      const answer = this.#policyAnswer(org, corpus, index, trimmed, now, 'question', false, concern.doubt);
      // Read as no concern, but not beyond doubt: the answer carries the line on how to pass on a
      // worry, as "not covered" always does.
      return concern.doubt && !answer.safetyNote ? { ...answer, safetyNote: safetyNote(corpus) } : answer;
    }
    // Immediate danger told by a strong sign (a collapse, a threat to life…) is the emergency a
    // clause may make its case for; a weak one ("didn't turn up this morning") puts the emergency
    // line first, but is no emergency to allow what a rule forbids.
    const emergency = concern.dangerTold;
    // When in doubt, both: the reporting route first and the policy answer under it. A possible
    // concern is first of all a policy question: answer all of it. A clear concern that also asks
    // something: answer the question it asks.
    const asks = looksLikeQuestion(trimmed);
    const asked = questionPart(trimmed);
    const underneath =
      concern.level === 'possible'
        ? this.#policyAnswer(org, corpus, index, trimmed, now, 'under-concern', emergency)
        : !asks
          ? undefined
          : saysEnough(asked, index.index)
            ? this.#policyAnswer(org, corpus, index, asked, now, 'under-concern', emergency)
            : // The question says too little on its own ("…what do i do?"). Told harm asks how
              // to report it: the reporting procedure, where the organisation names one. A
              // situation a policy may have its own procedure for ("…can't see one of the kids
              // in the shopping centre!! what do i do") asks about what the message tells.
              toldHarm(concern) && corpus.organisation.reporting.clauses.length > 0
              ? undefined
              : this.#policyAnswer(org, corpus, index, trimmed, now, 'under-concern', emergency);
    if (underneath && underneath.verdict !== 'no-answer') return concernAnswer(corpus, trimmed, concern, underneath);
    const procedure = reportingProcedure(corpus, trimmed, now, asks ? procedureVerdicts(asked, index) : undefined);
    const answer = concernAnswer(corpus, trimmed, concern, procedure);
    return procedure ? { ...answer, reportingProcedure: true } : answer;
  }

  #policyAnswer(
    org: string,
    corpus: OrganisationCorpus,
    reader: OrganisationIndex,
    trimmed: string,
    now: Date,
    reading: AnswerReading = 'question',
    emergency = false,
    doubted = false,
  ): PolicyAnswer {
    const { index } = reader;
    const analysed = index.analyse(trimmed);
    const asker = questionActor(trimmed);
    const wanted = answerType(trimmed);
    const ownTerms = new Set(analysed.ownTerms);
    const isQuestionWord = (words: string): boolean => index.analyser.terms(words).some((term) => ownTerms.has(term));
    // The question is read once: for the ranking, and for every clause its verdict is read from.
    const asked = readQuestion(trimmed, reader.relevance, { emergency, near: analysed.soft });
    const asksLeave = asked.cued === 'permission';
    const searched = asksLeave ? emphasised(analysed, asked.actTerms, this.#options.actWeight) : analysed;
    const results = index
      .search(searched, 20)
      .map((result) => {
        const actor = actorFactor(asker, actorOf(reader, result));
        const fit = answerFit(wanted, result.clause.text, isQuestionWord);
        const type = this.#options.answerTypeFactor[fit];
        // Contact and document details answer "who" and "when" questions, rarely "can I".
        const facts =
          result.clause.kind === 'facts' && !detailsMayAnswer(wanted) ? this.#options.factsOnOpenQuestions : 1;
        const rulelessFactor =
          asksLeave && reader.clauses.get(result.clause)?.ruleless.has(result.sentence) ? this.#options.ruleless : 1;
        // Written out, not spread: spread with these extra properties, the objects cost the answer
        // path a seventh more garbage collections, and the bench's p99 on the real corpus fell on
        // them (1.5 ms -> 8 ms; measured, thirty-second session). Written out, they have one shape.
        return {
          clause: result.clause,
          sentence: result.sentence,
          score: result.score,
          matchedTerms: result.matchedTerms,
          coverage: result.coverage,
          signals: result.signals,
          rank: result.rank * actor * type * facts * rulelessFactor,
          actorFactor: actor,
          typeFactor: type,
          factsFactor: facts,
          rulelessFactor,
          fit,
        };
      })
      .sort((a, b) => b.rank - a.rank);
    if (asker !== 'young-person') preferTheAskersCopy(results, reader);
    const top = results[0];
    const candidates = this.#ordered(results, reader, asksLeave ? asked.actTerms : undefined, reading);
    if (candidates !== results && asker !== 'young-person') preferTheAskersCopy(candidates, reader);
    // Asked who someone the organisation lists is, or how to reach them: its contacts record.
    const contacts = listedContactRecord(trimmed, wanted, results);
    // Whether the policies cover the question is judged on the clause that matches it best, ranked
    // lower or not for stating no rule: that ranking picks what answers whether one may, not
    // whether the policies speak of it at all.
    const judged = results.some((result) => result.rulelessFactor !== 1)
      ? results.reduce((best, result) =>
          result.rank / result.rulelessFactor > best.rank / best.rulelessFactor ? result : best,
        )
      : top;
    // A where or when question whose best clause states no place or time, or a question for a value
    // (a password, a price) whose best clause states none: see `unfitScopeThreshold`.
    const unfit = unfitWhenNoneStated(wanted) && judged?.fit === 'none';
    // A question for a number, a ratio, an age, a duration or notice that none of its best few
    // clauses states: see `refusedWhenNoneStated`.
    const noneStated =
      refusedWhenNoneStated(wanted) &&
      ![results, candidates].some((order) => order.slice(0, NONE_STATED_DEPTH).some((result) => result.fit !== 'none'));
    if (
      !top ||
      !this.#answers({
        text: trimmed,
        question: analysed,
        top: judged ?? top,
        index,
        reading,
        asksForContact: contacts !== undefined,
        unfit,
        noneStated,
        doubted,
      })
    )
      return noAnswer(corpus, trimmed);

    // The first few cited need a fifth of the best rank, the rest two fifths: counted among those
    // cited, so a candidate the learned order moves down the list is held to the share its place
    // in the answer asks.
    const { shortlist, relativeCutoff, maxCitations } = this.#options;
    const cited: typeof candidates = [];
    for (const result of candidates) {
      if (cited.length === maxCitations) break;
      const share = cited.length < shortlist.size ? shortlist.cutoff : relativeCutoff;
      if (result === contacts || result.rank >= top.rank * share) cited.push(result);
    }
    const governing = cited.find((result) => result.clause.kind === 'clause');
    let verdict: Verdict = 'see-policy';
    // For a permission question, the sentence of the governing clause its verdict was read from
    // (the rule on the act asked): the one the answer shows as the rule cited.
    let ruleRead: string | undefined;
    if (governing) {
      const read = readVerdict(verdictInput(trimmed, governing, reader, asked));
      verdict = read.verdict;
      if (asked.kind === 'permission') ruleRead = read.sentence;
      const guarded = guardAllowed(verdict, governing, cited, trimmed, reader, asked);
      // Two cited readings that disagree (the governing clause allows it, another forbids it) mean
      // "read the policy": neither side decides, so the restrictive reading below is not asked.
      const disagree = guarded !== verdict;
      verdict = guarded;
      if (verdict === 'allowed' && !namesRarestTerm(governing, analysed, index, trimmed)) verdict = 'see-policy';
      if (verdict === 'allowed') verdict = sectionReading(governing, trimmed, reader, asked);
      if (verdict === 'see-policy' && !disagree)
        verdict = restrictiveReading(governing, cited, trimmed, reader, asked, asker) ?? verdict;
    }

    const citations = cited.map((result) =>
      citation(corpus, result === governing && ruleRead ? { ...result, sentence: ruleRead } : result, now),
    );
    // A request is offered only from the clause that decided the verdict, or from another cited
    // clause about the same act (covering the question as fully); a "not allowed" answer offers
    // only what its own clause links.
    const flows = new Map<string, { id: string; title: string }>();
    const sameAct = (result: ScoredClause): boolean =>
      result === governing ||
      (verdict !== 'not-allowed' && !!governing && nearlyAsRelevant(result, governing, 0.05, 0));
    for (const result of cited.filter(sameAct)) {
      for (const flow of corpus.flowsByClause.get(result.clause.id) ?? [])
        flows.set(flow.id, { id: flow.id, title: flow.title });
    }
    const notices = overdueNotices(citations);
    return {
      org,
      question: trimmed,
      verdict,
      citations,
      flows: [...flows.values()],
      ...(notices.length ? { notices } : {}),
    };
  }

  /**
   * The candidates in the learned order (`candidateOrder`), or as the hand ranking put them. Only
   * for a message read as a question: the policy answer under the reporting route keeps the hand
   * order (ordering it too gained nothing cross-validated; docs/answers.md, thirty-second session).
   */
  #ordered<T extends RankedCandidate>(
    results: T[],
    reader: OrganisationIndex,
    actTerms: ReadonlySet<string> | undefined,
    reading: AnswerReading,
  ): T[] {
    const { candidateOrder, orderObserver } = this.#options;
    if (reading !== 'question' || results.length < 2 || (!candidateOrder && !orderObserver)) return results;
    const context: CandidateContext = {
      bestScore: Math.max(...results.map((result) => result.score)),
      bestRank: Math.max(...results.map((result) => result.rank)),
      actTerms,
      termsOf: (sentence) => reader.relevance.terms(sentence),
    };
    orderObserver?.(results.map((result) => ({ clause: result.clause, features: candidateFeatures(result, context) })));
    return candidateOrder ? orderCandidates(results, candidateOrder, context) : results;
  }

  /**
   * Whether the best clause really answers the question: decided from what this organisation's
   * own policies contain, never a hand-made topic list. The policies must know most of what the
   * question is about (a holiday, a party, stationery: they do not), and the best clause must
   * cover enough of the part they know.
   */
  #answers(best: BestMatch): boolean {
    const { text, question, top, index, reading, asksForContact, unfit, noneStated, doubted } = best;
    const { answerGate, gateObserver, scopeModel: model } = this.#options;
    // When in doubt, both: a message the concern detector doubts is answered whenever a clause
    // matches it at all, never refused as out of scope (below that, it is judged as any question);
    // its answer carries the line on how to pass on a worry, so a disclosure worded past the
    // detector does not meet "not covered".
    if (doubted && this.#options.answerDoubted && top.score >= this.#options.minScore) return true;
    if (reading === 'question' && noneStated) return false;
    // Under the reporting route the rules decide: the gate learned from questions alone; and so they
    // do without the scope model, whose reading the gate weighs most.
    if (reading === 'question' && model && (answerGate || gateObserver)) {
      const features = gateFeatures({
        outOfScope: probability(model, scopeFeatures(text, this.#vectors)),
        score: top.score,
        coverage: top.coverage,
        rank: top.rank,
        knownShare: index.knownShare(question),
        unfit,
        asksForContact,
        terms: question.ownTerms.length,
      });
      if (gateObserver) gateObserver(features, this.#answersByRules(best));
      if (answerGate) return probability(answerGate, features) < answerGate.threshold;
    }
    return this.#answersByRules(best);
  }

  /** The hand-set thresholds the gate replaced for questions, still read under the reporting route. */
  #answersByRules(best: BestMatch): boolean {
    const { text, question, top, index, reading, asksForContact, unfit } = best;
    const options = this.#options;
    if (top.score < options.minScore) return false;
    // Under the reporting route, a weak answer gives way to the reporting procedure itself.
    if (top.coverage < (reading === 'question' ? options.minCoverage : options.minCoverageUnderConcern)) return false;
    const match = top.score * top.coverage;
    const strong = match >= options.confidentMatch;
    // What such policies do not cover (pay, leave, parking, orders), however many of its words they
    // use; the surer the model, the stronger the match that overrules it must be.
    const model = options.scopeModel;
    // A match strong enough to overrule even certainty needs no reading of the model; nor does a
    // question for someone the organisation lists as a contact ("whos the club welfare officer and
    // hows best to reach him?"): its own data answers it, however much it reads like office chat.
    if (model && !asksForContact && match < options.confidentMatch * (1 + options.scopeOverrule)) {
      const outOfScope = probability(model, scopeFeatures(text, this.#vectors));
      // A where or when question whose best clause states no place or time ("where can parents
      // park for league day?" against a clause on parents' conduct) is refused on less doubt.
      const threshold = unfit ? options.unfitScopeThreshold : options.scopeThreshold;
      const certainty = (outOfScope - threshold) / (1 - threshold);
      if (certainty >= 0 && match < options.confidentMatch * (1 + options.scopeOverrule * certainty)) return false;
    }
    // A question may say much the policies never name (the activity, the place, the event: "the
    // para swimming gala", "the ceilidh") and still be about what they do: a clause that matches
    // it this strongly answers it however little of the rest the policies know.
    return index.knownShare(question) >= options.minKnownShare || strong;
  }
}

/** What a message is read as: a question, or a question under the reporting route (a weak answer gives way to the reporting procedure). */
type AnswerReading = 'question' | 'under-concern';

/** How many of the best-ranked clauses are read for the number, ratio, age, duration or notice a question asks (`refusedWhenNoneStated`). */
const NONE_STATED_DEPTH = 3;

/** A question and the clause that matches it best, as whether the policies answer it is judged on. */
interface BestMatch {
  readonly text: string;
  readonly question: AnalysedQuestion;
  readonly top: ScoredClause;
  readonly index: ClauseIndex;
  readonly reading: AnswerReading;
  /** A question for someone the organisation lists as a contact, its record among the matches. */
  readonly asksForContact: boolean;
  /** A where or when question whose best clause states no place or time (`unfitScopeThreshold`). */
  readonly unfit: boolean;
  /** A question for a number, a ratio, an age, a duration or notice none of its best few clauses states (`refusedWhenNoneStated`). */
  readonly noneStated: boolean;
  /** Read as no concern, but not beyond doubt (`ConcernAssessment.doubt`). */
  readonly doubted: boolean;
}

/** Concerns that are situations a policy may have its own procedure for: an emergency, a child missing. */
const SITUATIONS: ReadonlySet<ConcernKind> = new Set(['medical-emergency', 'missing-child', 'threat-to-life']);

/** Whether a concern tells of harm done to someone (abuse, neglect, self-harm…), not only a situation to handle. */
function toldHarm(concern: ConcernAssessment): boolean {
  return concern.kinds.length > 0 && concern.kinds.every((kind) => !SITUATIONS.has(kind));
}

/** Fewest words of its own a question must have to be answered apart from what the message tells. */
const MIN_QUESTION_TERMS = 2;

/** Whether the question in a message says enough to be answered on its own ("can i text her tonight?", not "what do i do?"). */
function saysEnough(question: string, index: ClauseIndex): boolean {
  return index.analyser.terms(question).length >= MIN_QUESTION_TERMS;
}

/** Checks a question is usable; throws a coded error that says what to change. */
export function validateQuestion(question: string): string {
  const trimmed = question.trim();
  if (!trimmed)
    throw new PolicyDeskError(
      'policy_desk_bad_question',
      'The question is empty: type what you want to know, e.g. "Can I text this young person?".',
    );
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new PolicyDeskError(
      'policy_desk_bad_question',
      `The question is ${trimmed.length} characters long; the limit is ${MAX_QUESTION_LENGTH}. Ask one short question at a time.`,
    );
  }
  return trimmed;
}

/** Asking how to reach someone: their number, email or details, or how to get hold of them. */
const REACH_ASKED =
  /\b(?:numbers?|phone|email|e-mail|contact details|details for|reach|get hold of|get in touch with|contact)\b/i;

/**
 * For a question for someone the organisation's contacts list names, who they are ("who's the
 * welfare officer?") or how to reach them ("what's the number for the safeguarding officer"): the
 * contacts record, when it is among the first matches and covers most of what the question asks.
 */
function listedContactRecord(
  text: string,
  wanted: AnswerType,
  results: readonly ScoredClause[],
): ScoredClause | undefined {
  const record = results
    .slice(0, LISTED_CONTACT_RANK)
    .find(
      (result) =>
        result.clause.kind === 'facts' &&
        result.clause.label === CONTACTS_LABEL &&
        result.coverage >= LISTED_CONTACT_COVERAGE,
    );
  return record && (wanted === 'person' || REACH_ASKED.test(text)) ? record : undefined;
}

/** How near the top the contacts record must rank for a question to be one for a listed contact. */
const LISTED_CONTACT_RANK = 5;

/** How much of a question the contacts record must cover for the question to be one for a listed contact. */
const LISTED_CONTACT_COVERAGE = 0.5;

/** Share of words two sentences must have in common to be the same rule written twice. */
const SAME_RULE_OVERLAP = 0.6;

/**
 * Policies written from one template often give the same rule twice, once for the adults and once
 * for the young people ("Delete any inappropriate text…" under "Staff must not" and under "Students
 * must not"). When the young people's copy ranks above the other among the first five, a question
 * not asked by a young person gets the other copy first: the people asking are staff.
 */
function preferTheAskersCopy(results: ScoredClause[], reader: OrganisationIndex): void {
  const limit = Math.min(results.length, 5);
  for (let i = 0; i < limit; i += 1) {
    const theirs = results[i]!;
    if (actorOf(reader, theirs) !== 'young-person') continue;
    const theirTerms = new Set(reader.relevance.terms(theirs.sentence));
    for (let j = i + 1; j < limit; j += 1) {
      const other = results[j]!;
      if (actorOf(reader, other) === 'young-person') continue;
      const otherTerms = new Set(reader.relevance.terms(other.sentence));
      const shared = [...theirTerms].filter((term) => otherTerms.has(term)).length;
      if (shared / (theirTerms.size + otherTerms.size - shared || 1) < SAME_RULE_OVERLAP) continue;
      results[i] = other;
      results[j] = theirs;
      break;
    }
  }
}

/**
 * Never `allowed` when another cited clause that addresses the question as fully as the governing
 * one forbids the act or makes it subject to permission: two readings that disagree mean "read the
 * policy".
 */
function guardAllowed(
  verdict: Verdict,
  governing: ScoredClause,
  cited: readonly ScoredClause[],
  question: string,
  reader: OrganisationIndex,
  asked: QuestionReading,
): Verdict {
  if (verdict !== 'allowed') return verdict;
  for (const other of cited) {
    if (!nearlyAsRelevant(other, governing, 0.05, 0.5)) continue;
    const reading = readVerdict(verdictInput(question, other, reader, asked));
    if (reading.verdict === 'not-allowed' || reading.verdict === 'needs-approval') return 'see-policy';
  }
  return verdict;
}

/**
 * "Allowed" read from one paragraph, held against the rest of its section: "We may take photographs
 * and videos during sessions…" is followed, under the same heading, by "You will be asked to give
 * consent for photography on the registration form". A neighbour under the same heading that makes
 * the act asked about subject to permission makes it so; one that forbids it leaves the policy to
 * be read. Only a neighbour whose sentence names the act asked about counts, and only in a
 * positional document (`OrganisationIndex.sections`).
 */
function sectionReading(
  governing: ScoredClause,
  question: string,
  reader: OrganisationIndex,
  asked: QuestionReading,
): Verdict {
  let verdict: Verdict = 'allowed';
  for (const clause of reader.sections.get(sectionKey(governing.clause)) ?? []) {
    if (clause === governing.clause) continue;
    const reading = readVerdict(verdictInput(question, wholeClause(clause), reader, asked));
    // The act in the question's own words, or in a policy word the index read as near one of them.
    const namesAct = reader.relevance
      .terms(reading.sentence)
      .some((term) => asked.actTerms.has(term) || nearAct(asked, term));
    if (!namesAct) continue;
    if (reading.verdict === 'needs-approval') return 'needs-approval';
    if (reading.verdict === 'not-allowed') verdict = 'see-policy';
  }
  return verdict;
}

/**
 * Whether `term` is a policy word the index read as near in meaning to one of the act's words
 * ("snap": photograph).
 */
function nearAct(asked: QuestionReading, term: string): boolean {
  for (const act of asked.actTerms) if (asked.near.get(act)?.some(([near]) => near === term)) return true;
  return false;
}

/**
 * Whether the clause matches the question's most telling term the policies use: the rarest of them
 * in this organisation's policies, leaving aside the commonest English words and the words that
 * ask whether to stop someone. A clause that allows
 * something without it ("email groups are easy to set up" for "a WhatsApp group") allows another act.
 */
function namesRarestTerm(clause: ScoredClause, question: AnalysedQuestion, index: ClauseIndex, text: string): boolean {
  // "…, do i need to ask her to stop?": the words asking whether to stop someone are not the act.
  const frame = stopFrame(text);
  const framing = new Set(frame ? index.analyser.terms(frame) : []);
  let rarest: string | undefined;
  let weight = 0;
  for (const term of question.ownTerms) {
    if (question.general.has(term) || framing.has(term) || !index.knows(term)) continue;
    const w = index.weight(term);
    if (w > weight) {
      rarest = term;
      weight = w;
    }
  }
  return rarest === undefined || clause.matchedTerms.includes(rarest);
}

/**
 * Another cited policy clause (not the governing one) that covers the question within
 * `coverageSlack` of the governing clause and ranks at least `rankShare` of it.
 */
function nearlyAsRelevant(
  other: ScoredClause,
  governing: ScoredClause,
  coverageSlack: number,
  rankShare: number,
): boolean {
  return (
    other !== governing &&
    other.clause.kind === 'clause' &&
    other.coverage >= governing.coverage - coverageSlack &&
    other.rank >= governing.rank * rankShare
  );
}

/**
 * When the best clause gives no yes or no, a cited clause about the question as fully that forbids
 * the act or makes it subject to permission decides: only ever towards caution, never "allowed".
 */
function restrictiveReading(
  governing: ScoredClause,
  cited: readonly ScoredClause[],
  question: string,
  reader: OrganisationIndex,
  asked: QuestionReading,
  asker: Actor,
): Verdict | undefined {
  for (const other of cited.slice(0, 3)) {
    if (!nearlyAsRelevant(other, governing, 0.1, 0.6)) continue;
    // A rule for the other party ("Players must not…") says nothing of what the asker may do.
    if (actorFactor(asker, actorOf(reader, other)) < 1) continue;
    const reading = readVerdict(verdictInput(question, other, reader, asked)).verdict;
    if (reading === 'not-allowed' || reading === 'needs-approval') return reading;
  }
  return undefined;
}

function verdictInput(
  question: string,
  result: ScoredClause,
  reader: OrganisationIndex,
  asked: QuestionReading,
): VerdictInput {
  const { clause } = result;
  const read = reader.clauses.get(clause);
  return {
    question,
    clauseText: clause.text,
    sentence: result.sentence,
    relevance: reader.relevance,
    section: clause.section,
    ...(clause.context ? { context: clause.context } : {}),
    ...(read ? { clause: read.verdict } : {}),
    asked,
  };
}

/** Who a retrieved sentence is about, as read when the answerer was built. */
function actorOf(reader: OrganisationIndex, result: ScoredClause): Actor {
  return (
    reader.clauses.get(result.clause)?.actors.get(result.sentence) ??
    clauseActor(result.sentence, result.clause.context, result.clause.section)
  );
}

function citation(corpus: OrganisationCorpus, result: ScoredClause, now: Date): Citation {
  const document = corpus.documents.get(result.clause.documentId)!;
  const overdue = isReviewOverdue(document.meta, now);
  return {
    document: document.meta.id,
    documentTitle: document.meta.title,
    clause: result.clause.label,
    section: result.clause.section,
    text: result.clause.text,
    ...(result.clause.context ? { context: result.clause.context } : {}),
    ...(result.sentence !== result.clause.text.trim() && result.clause.text.includes(result.sentence)
      ? { rule: result.sentence }
      : {}),
    score: Math.round(result.rank * 100) / 100,
    kind: result.clause.kind,
    ...(overdue ? { reviewOverdue: { reviewDate: document.meta.review! } } : {}),
  };
}

/** One notice per cited document past its review date. */
function overdueNotices(citations: readonly Citation[]): string[] {
  return [
    ...new Set(
      citations
        .filter((c) => c.reviewOverdue)
        .map(
          (c) =>
            `"${c.documentTitle}" was due for review in ${formatPartialDate(c.reviewOverdue!.reviewDate)} and may be out of date: check with the policy owner.`,
        ),
    ),
  ];
}

/**
 * The organisation's own words on reporting (`reporting.clauses` in organisation.yaml), quoted
 * under the route of a concern the policies give no other answer to: "what do I do now?" after a
 * disclosure is answered by the procedure itself. Undefined when organisation.yaml names none.
 */
function reportingProcedure(
  corpus: OrganisationCorpus,
  question: string,
  now: Date,
  verdictOf?: (clause: Clause) => Verdict,
): PolicyAnswer | undefined {
  const clauses = corpus.organisation.reporting.clauses
    .map((ref) => corpus.clauseById.get(`${ref.document}#${ref.clause}`))
    .filter((clause): clause is Clause => clause !== undefined);
  if (!clauses.length) return undefined;
  // What the procedure says of the question a concern asks ("ok to flag it at the end of the
  // day?" against "report concerns immediately"): only ever a restriction, never "allowed".
  const readings = verdictOf ? clauses.map(verdictOf) : [];
  const verdict: Verdict = readings.includes('not-allowed')
    ? 'not-allowed'
    : readings.includes('needs-approval')
      ? 'needs-approval'
      : 'see-policy';
  const citations = clauses.map((clause) => citation(corpus, wholeClause(clause), now));
  const notices = overdueNotices(citations);
  return {
    org: corpus.organisation.slug,
    question,
    verdict,
    citations,
    flows: [],
    ...(notices.length ? { notices } : {}),
  };
}

/** The verdict each clause of the reporting procedure gives a question, the question read once. */
function procedureVerdicts(question: string, reader: OrganisationIndex): (clause: Clause) => Verdict {
  const asked = readQuestion(question, reader.relevance);
  return (clause) => readVerdict(verdictInput(question, wholeClause(clause), reader, asked)).verdict;
}

/** A clause cited whole, not found by a search (the reporting procedure). */
function wholeClause(clause: Clause): ScoredClause {
  return { clause, sentence: clause.text.trim(), score: 0, matchedTerms: [], coverage: 0, rank: 0 };
}

function noAnswer(corpus: OrganisationCorpus, question: string): PolicyAnswer {
  return {
    org: corpus.organisation.slug,
    question,
    verdict: 'no-answer',
    citations: [],
    flows: [],
    contacts: contactCards(corpus, corpus.organisation.askInstead),
    safetyNote: safetyNote(corpus),
  };
}

/** How to pass on a worry about someone's safety, in one line: for a message that may be a concern the detector did not read as one. */
function safetyNote(corpus: OrganisationCorpus): string {
  return `Passing on a worry about someone’s safety? ${corpus.organisation.reporting.summary} ${corpus.organisation.reporting.emergency}`;
}
