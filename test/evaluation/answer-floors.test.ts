import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPoliciesDir } from '../../src/cli/cli-support.ts';
import { evaluate, readEvalFile } from '../../src/cli/eval.ts';
import { loadAnswerer } from '../../src/cli/load-answerer.ts';
import type { PolicyAnswerer } from '../../src/core/policy/answer.ts';

/**
 * Floors for answers on the question sets written by helpers who saw only the policy text
 * (docs/answers.md), at the level each reached. A floor keeps what was reached from slipping back;
 * it is not the thing to tune: a change is judged on sets it has not seen.
 *
 * A floor marked "until the ruleless ranking (24th session)" was lowered, by one or two questions,
 * with the ranking that puts a sentence stating no rule lower for a question asking leave
 * (`ruleless`, docs/answers.md): over all sets it gained tune +12 top-1 and +11 verdicts, aside +8
 * and +8 (+12 top-3), and moved 25 sets a question or two down while raising others.
 *
 * A floor marked "until the section weight (25th session)" was lowered, by a question or two, with
 * the ranking that weighs where a sentence sits (`sectionWeight`, docs/answers.md): over all sets
 * it gained tune +14 top-1 and +11 top-3, aside +21 and +13 (27 aside sets up, 12 down), and
 * moved 30 sets a question or two down.
 *
 * A floor marked "until the where/when refusal (26th session)" was lowered, by a question, with the
 * lower scope threshold for a where or when question whose best clause states no place or time
 * (`unfitScopeThreshold`, docs/answers.md): over all sets out-of-scope refusals rose tune +6, aside
 * +8, for false abstentions +1 and +4.
 *
 * A floor marked "until the everyday-lexicon round of the 26th session" was lowered, by a
 * question, with the round of everyday words and phrases added that session (docs/answers.md):
 * over all sets it gained tune +6 top-1, +7 top-3, +3 verdicts, aside +6, +8, +4, false
 * abstentions −2.
 *
 * A floor marked "until the answer gate (26th session)" was lowered with the learned gate on
 * whether the policies answer a question (`answer-gate.ts`, docs/answers.md): over all sets it
 * refused tune +25 and aside +34 more out-of-scope questions, for false abstentions −3 and −22,
 * top-1 +1 and +4; set by set it reshuffles, and 41 floors moved by a question or two.
 *
 * A floor marked "until the act emphasis (28th session)" was lowered, by a question or two, with
 * the search that weighs the act a question asks leave for twice the situation it tells
 * (`actWeight`, docs/answers.md): over all sets it gained tune +15 top-1, +8 top-3, +2 verdicts,
 * aside +4, +1 and +14 verdicts (false abstentions +1 and +3), and moved 58 floors of sets a
 * question or two down while raising others.
 *
 * A floor marked "until the lead-in credit (29th session)" was lowered, by a question or two, with
 * the coverage that credits a question word found in a sentence's lead-in or the rest of its clause
 * at 0.9 of one in the sentence itself, not 0.6 (`clauseCredit`, docs/answers.md): over all sets it
 * gained tune +48 top-1, +23 top-3, +8 verdicts, aside +66, +36 and +8 (45 aside sets up, 9 down),
 * and moved 34 floors a question or two down.
 *
 * A floor marked "until the safeguarding-procedure lexicon round (31st session)" was lowered, by a
 * question, with the everyday-lexicon entries for how staff talk about investigating, confronting,
 * delaying, sharing, recording and escalating (docs/answers.md): over all sets it gained tune +1
 * top-1 and +2 top-3, aside +4 and +3 with one false abstention fewer, and moved one verdict of
 * one aside set.
 *
 * A floor marked "until the learned order of the candidates (32nd session)" was lowered, by a
 * question or a few, with the pairwise model that orders the candidates the hand ranking
 * shortlists (`candidate-order.ts`, docs/answers.md): over all sets it gained tune +59 top-1 and
 * +35 top-3, aside +27 and +34, the final-score sets +16 and +3, for verdicts −2, −10 and −1 (one
 * dangerous "allowed" fewer aside), and moved 68 floors of 57 sets down while raising others.
 *
 * A floor marked "until the doubt answered (32nd session)" was lowered with the rule that answers a
 * message the concern detector doubts whenever a clause matches it (`answerDoubted`,
 * docs/answers.md): over all sets it refused 11 fewer out-of-scope questions for 11 fewer false
 * abstentions and +6 top-1, and halved the concerns answered "not covered" (4 → 2).
 *
 * A floor marked "until the learned order retrained with fresh55's tune half (32nd session)" was
 * lowered, by a question, when that judged half joined the sets the order is trained on.
 *
 * A floor marked "until the readings of leave asked and given in more words (33rd session)" was
 * lowered, by a question, with those readings (docs/answers.md): a sentence that invites ("you're
 * welcome to…") now states a rule, and ranks as one for a question asking leave. Over all sets
 * they gained tune +9 and aside +5 verdicts, for aside top-1 −1.
 *
 * A floor marked "until the case cut (35th session)" was lowered, by a question, with the exception
 * cut where the rule resumes ("unless …, cupboards … are not to be opened"; docs/answers.md): it
 * moved no answer of the sets tuned on and nine aside, two dangerous "allowed" fewer and one
 * verdict fewer.
 *
 * A floor marked "until the lead's abbreviations (35th session)" was lowered, by a question, with
 * "dsl", "ddsl", "deputy dsl" and "dso" spelled out in the shared synonym map (docs/answers.md):
 * over all sets it gained tune +7 top-1, +10 top-3 and 13 false abstentions fewer, aside +7, +8
 * and 8 fewer, the final-score sets +2 and +2, with no out-of-scope question more answered.
 *
 * A floor marked "until the soft alignment (36th session)" was lowered, by a question or a few, with
 * the learned order retrained with measures of how each question word is met by the candidate's
 * words (`word-alignment.ts`, docs/answers.md): over the sets that were there before it, it gained
 * tune +41 top-1, +13 top-3 and +20 verdicts, aside +45, +21 and +15, the final-score sets +2
 * top-1 for −7 top-3 and −3 verdicts, with no refusal moved; 46 floors of 39 sets moved down while
 * others rose.
 *
 * A floor marked "until the answer types for numbers, durations and money (38th session)" was
 * lowered, by a question, with the answer types that make a clause stating no duration, number or
 * money unfit for "how long…?", "how many…?" and questions about paying (`answer-type.ts`,
 * docs/answers.md): over all sets it refused tune +19, aside +13 and final +2 more out-of-scope
 * questions, for false abstentions +2, +3 and 0, top-1 +2, +6 and 0, verdicts unchanged.
 */
interface Floor {
  readonly file: string;
  /**
   * The policies folder (default the project's `policies/`), or several read as one corpus, for a
   * set that asks about organisations in more than one.
   */
  readonly policies?: string | readonly string[];
  readonly top1: number;
  readonly top3: number;
  readonly abstention: number;
  readonly falseAbstention: number;
  readonly verdicts: number;
  /**
   * Dangerous "allowed" answers tolerated: 0 unless the set's first run already had one, kept
   * aside and not examined (docs/answers.md says which). Never raised.
   */
  readonly dangerous?: number;
}

const floors: readonly Floor[] = [
  {
    file: 'test/fixtures/staff-questions.jsonl',
    // 0.916 until the learned order of the candidates (32nd session).
    top1: 0.888,
    // 1 until the learned order of the candidates (32nd session).
    top3: 0.972,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.846,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-tune.jsonl',
    // 0.737 until the ruleless ranking (24th session), then 0.725 until "1:1" read as the policies'
    // "one-to-one" (24th session): "a quick 1:1 email" now cites the rule against one-to-one contact
    // first, the email rule second.
    top1: 0.712,
    // 0.912 until the ruleless ranking (24th session).
    top3: 0.9,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.693,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-final.jsonl',
    top1: 0.708,
    top3: 0.898,
    abstention: 0.8,
    falseAbstention: 0,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/wilpshire-wanderers-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.403,
    // 0.578 until the section weight (25th session).
    // 0.561 until the act emphasis (28th session).
    top3: 0.543,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.484,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh.jsonl',
    // 0.7 until the learned order of the candidates (32nd session).
    top1: 0.69,
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.637,
  },
  {
    file: 'test/fixtures/unseen/prewired-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.52,
    // 0.7 until the answer gate (26th session).
    top3: 0.68,
    abstention: 0.4,
    // 0.02 until the answer gate (26th session).
    falseAbstention: 0.06,
    // 0.333 until the answer gate (26th session).
    verdicts: 0.277,
  },
  {
    file: 'test/fixtures/unseen/newstead-road-pre-school-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.387 until the ruleless ranking (24th session).
    top1: 0.37,
    // 0.58 until the learned order of the candidates (32nd session).
    top3: 0.564,
    abstention: 0.6,
    // 0.049 until the answer gate (26th session).
    falseAbstention: 0.065,
    verdicts: 0.44,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh2-tune.jsonl',
    // 0.666 until the ruleless ranking (24th session).
    top1: 0.65,
    // 0.816 until the soft alignment (36th session).
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.589,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh2-final.jsonl',
    top1: 0.633,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.578,
  },
  {
    file: 'test/fixtures/unseen/norwich-rfc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.472,
    // 0.648 until the act emphasis (28th session).
    top3: 0.621,
    abstention: 0.625,
    // 0.068 until the answer gate (26th session).
    falseAbstention: 0.095,
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/farset-labs-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.513 until the ruleless ranking (24th session).
    // 0.5 until the section weight (25th session).
    top1: 0.486,
    // 0.723 until the ruleless ranking (24th session).
    top3: 0.697,
    abstention: 0.125,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.014,
    verdicts: 0.392,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh3-tune.jsonl',
    top1: 0.685,
    top3: 0.87,
    abstention: 0.5,
    // 0.019 until the act emphasis (28th session).
    falseAbstention: 0.038,
    verdicts: 0.642,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh3-final.jsonl',
    top1: 0.648,
    top3: 0.907,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.64,
  },
  {
    file: 'test/fixtures/unseen/newcastle-city-juniors-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.425 until the where/when refusal (26th session).
    top1: 0.407,
    // 0.611 until the ruleless ranking (24th session).
    top3: 0.574,
    abstention: 0.1,
    // 0.019 until the where/when refusal (26th session).
    falseAbstention: 0.038,
    verdicts: 0.444,
  },
  {
    file: 'test/fixtures/unseen/student-robotics-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.373,
    top3: 0.567,
    abstention: 0.5,
    falseAbstention: 0.045,
    // 0.285 until the act emphasis (28th session).
    verdicts: 0.238,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh4-tune.jsonl',
    // 0.648 until the section weight (25th session).
    top1: 0.629,
    top3: 0.925,
    abstention: 0.333,
    falseAbstention: 0,
    // 0.666 until the learned order of the candidates (32nd session).
    verdicts: 0.638,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh4-final.jsonl',
    top1: 0.592,
    top3: 0.814,
    abstention: 0.333,
    falseAbstention: 0,
    verdicts: 0.545,
  },
  {
    file: 'test/fixtures/unseen/ofisc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.5 until the ruleless ranking (24th session).
    // 0.466 until the lead-in credit (29th session).
    top1: 0.45,
    // 0.616 until the ruleless ranking (24th session).
    top3: 0.583,
    abstention: 0.1,
    falseAbstention: 0,
    // 0.35 until the learned order of the candidates (32nd session).
    verdicts: 0.3,
  },
  {
    file: 'test/fixtures/unseen/camsis-education-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.409 until the lead-in credit (29th session).
    // 0.393 until the soft alignment (36th session).
    top1: 0.377,
    // 0.622 until the ruleless ranking (24th session).
    // 0.606 until the section weight (25th session).
    top3: 0.573,
    abstention: 0.4,
    // 0.017 until the answer gate (26th session).
    falseAbstention: 0.033,
    verdicts: 0.392,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh5-tune.jsonl',
    // 0.545 until the act emphasis (28th session).
    top1: 0.527,
    top3: 0.781,
    abstention: 0.6,
    falseAbstention: 0,
    // 0.722 until the act emphasis (28th session).
    // 0.694 until the lead-in credit (29th session).
    verdicts: 0.638,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh5-final.jsonl',
    // 0.654 until the learned order of the candidates (32nd session).
    top1: 0.6,
    // 0.781 until the ruleless ranking (24th session).
    top3: 0.763,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.562,
  },
  {
    file: 'test/fixtures/unseen/smile-4-kids-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.354,
    top3: 0.564,
    abstention: 0.833,
    // 0.049 until the answer gate (26th session).
    falseAbstention: 0.065,
    // 0.352 until the ruleless ranking (24th session).
    // 0.323 until the learned order of the candidates (32nd session).
    verdicts: 0.294,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh6-tune.jsonl',
    top1: 0.633,
    top3: 0.85,
    abstention: 0.833,
    falseAbstention: 0,
    // 0.783 until the lead-in credit (29th session).
    // 0.729 until the learned order of the candidates (32nd session).
    verdicts: 0.702,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh6-final.jsonl',
    top1: 0.516,
    top3: 0.75,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.565,
  },
  {
    file: 'test/fixtures/unseen/hanworth-villa-fc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.296,
    // 0.468 until the lead-in credit (29th session).
    top3: 0.453,
    // 1 until the answer gate (26th session).
    abstention: 0.833,
    // 0 until the answer types for numbers, durations and money (38th session).
    falseAbstention: 0.016,
    verdicts: 0.259,
  },
  {
    file: 'test/fixtures/unseen/helston-theatre-company-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.397 until the act emphasis (28th session).
    // 0.382 until the learned order of the candidates (32nd session).
    top1: 0.352,
    // 0.573 until the section weight (25th session).
    // 0.558 until the act emphasis (28th session).
    // 0.544 until the learned order of the candidates (32nd session).
    top3: 0.529,
    abstention: 1,
    // 0.03 until the everyday-lexicon round of the 26th session.
    falseAbstention: 0.045,
    // 0.333 until the answer gate (26th session).
    verdicts: 0.3,
  },
  {
    file: 'test/fixtures/unseen/lh-educational-services-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.437 until the learned order of the candidates (32nd session).
    top1: 0.421,
    // 0.609 until the act emphasis (28th session).
    top3: 0.593,
    abstention: 0.666,
    falseAbstention: 0.047,
    // 0.525 until the answer gate (26th session).
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh7-tune.jsonl',
    top1: 0.733,
    top3: 0.866,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh7-final.jsonl',
    // 0.683 until the ruleless ranking (24th session).
    top1: 0.666,
    // 0.883 until the ruleless ranking (24th session).
    top3: 0.866,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.55,
  },
  {
    file: 'test/fixtures/unseen/phill-sparks-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.48 until the act emphasis (28th session).
    // 0.461 until the learned order of the candidates (32nd session).
    top1: 0.442,
    // 0.673 until the answer gate (26th session).
    top3: 0.653,
    abstention: 0.75,
    falseAbstention: 0.058,
    verdicts: 0.416,
  },
  {
    file: 'test/fixtures/unseen/wholistic-fostering-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.23 until the act emphasis (28th session).
    // 0.211 until the learned order of the candidates (32nd session).
    top1: 0.192,
    top3: 0.326,
    abstention: 0.875,
    // 0.039 until the where/when refusal (26th session).
    falseAbstention: 0.058,
    verdicts: 0.272,
  },
  {
    file: 'test/fixtures/unseen/nemesis-cheer-and-dance-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.461,
    // 0.615 until the section weight (25th session).
    // 0.576 until the act emphasis (28th session).
    top3: 0.557,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/ascend-next-level-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.403,
    top3: 0.615,
    abstention: 0.875,
    falseAbstention: 0.077,
    verdicts: 0.068,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh8-tune.jsonl',
    top1: 0.716,
    // 0.9 until the section weight (25th session).
    top3: 0.883,
    abstention: 0.833,
    falseAbstention: 0,
    // 0.657 until the learned order of the candidates (32nd session).
    verdicts: 0.631,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh8-final.jsonl',
    top1: 0.633,
    // 0.916 until the act emphasis (28th session).
    top3: 0.883,
    // 1 until the answer gate (26th session).
    abstention: 0.833,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.017,
    // 0.6 until the soft alignment (36th session).
    verdicts: 0.575,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh9-tune.jsonl',
    top1: 0.583,
    top3: 0.816,
    abstention: 1,
    falseAbstention: 0.017,
    // 0.55 until the learned order of the candidates (32nd session).
    verdicts: 0.525,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh9-final.jsonl',
    top1: 0.583,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/ries-playhouse-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.48,
    top3: 0.576,
    // 0.875 until the doubt answered (32nd session).
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.354,
  },
  {
    file: 'test/fixtures/unseen/azza-supplementary-school-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.326,
    top3: 0.423,
    abstention: 1,
    falseAbstention: 0.02,
    verdicts: 0.294,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh10-tune.jsonl',
    // 0.683 until the section weight (25th session).
    // 0.666 until the lead-in credit (29th session).
    top1: 0.65,
    // 0.866 until the act emphasis (28th session).
    top3: 0.833,
    abstention: 0.833,
    // 0 until the act emphasis (28th session).
    falseAbstention: 0.017,
    // 0.718 until the act emphasis (28th session).
    verdicts: 0.687,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh10-final.jsonl',
    // 0.6 until the section weight (25th session).
    top1: 0.583,
    // 0.85 until the act emphasis (28th session).
    top3: 0.816,
    abstention: 0.666,
    falseAbstention: 0,
    // 0.531 until the lead-in credit (29th session).
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/raspberry-pi-foundation-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.365 until the soft alignment (36th session).
    top1: 0.346,
    // 0.557 until the ruleless ranking (24th session).
    top3: 0.538,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.1,
  },
  {
    file: 'test/fixtures/unseen/feering-falcons-youth-football-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.326 until contact details ranked as stating no rule for a question asking leave (25th
    // session): one question's right clause fell from first to second.
    top1: 0.307,
    // 0.423 until the ruleless ranking (24th session).
    top3: 0.403,
    abstention: 0.875,
    falseAbstention: 0.058,
    verdicts: 0.157,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh11-tune.jsonl',
    top1: 0.65,
    top3: 0.783,
    abstention: 0.666,
    falseAbstention: 0,
    verdicts: 0.555,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh11-final.jsonl',
    // 0.683 until the section weight (25th session).
    // 0.666 until the answer gate (26th session).
    top1: 0.65,
    top3: 0.85,
    abstention: 0.833,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.017,
    // 0.75 until the section weight (25th session).
    verdicts: 0.714,
  },
  {
    file: 'test/fixtures/unseen/sudbury-rowing-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.365 until the act emphasis (28th session).
    top1: 0.346,
    top3: 0.596,
    abstention: 0.5,
    falseAbstention: 0.02,
    // 0.35 until the act emphasis (28th session).
    // 0.3 until the learned order of the candidates (32nd session).
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/lexden-montessori-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.288,
    top3: 0.365,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.26,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh12-tune.jsonl',
    top1: 0.6,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.576,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh12-final.jsonl',
    top1: 0.566,
    top3: 0.8,
    abstention: 1,
    // 0 until the answer types for numbers, durations and money (38th session).
    falseAbstention: 0.017,
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/give-and-grow-cic-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.442,
    // 0.557 until the learned order of the candidates (32nd session).
    top3: 0.538,
    abstention: 0.75,
    // 0.039 until the answer gate (26th session).
    falseAbstention: 0.058,
    verdicts: 0.428,
  },
  {
    file: 'test/fixtures/unseen/bash-festival-of-code-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.346,
    top3: 0.461,
    abstention: 0.625,
    falseAbstention: 0.058,
    verdicts: 0.285,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh13-tune.jsonl',
    top1: 0.616,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh13-final.jsonl',
    top1: 0.583,
    top3: 0.833,
    // 1 until the everyday-lexicon round of the 26th session.
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/acemyexam-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.326 until the section weight (25th session).
    top1: 0.307,
    top3: 0.538,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.304,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh14-tune.jsonl',
    // 0.65 until the learned order of the candidates (32nd session).
    top1: 0.616,
    top3: 0.766,
    abstention: 1,
    falseAbstention: 0,
    // 0.714 until the learned order of the candidates (32nd session).
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh14-final.jsonl',
    top1: 0.733,
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0.017,
    // 0.818 until the lead-in credit (29th session).
    // 0.772 until the learned order of the candidates (32nd session).
    verdicts: 0.727,
  },
  {
    file: 'test/fixtures/unseen/scottish-korfball-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.403,
    top3: 0.557,
    abstention: 0.875,
    // 0.02 until the answer gate (26th session).
    falseAbstention: 0.039,
    // 0.285 until the answer gate (26th session).
    verdicts: 0.214,
  },
  {
    file: 'test/fixtures/unseen/hackathons-for-schools-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.288 until the act emphasis (28th session).
    // 0.269 until the soft alignment (36th session).
    top1: 0.25,
    // 0.442 until the section weight (25th session).
    // 0.423 until the lead-in credit (29th session).
    top3: 0.403,
    abstention: 0.75,
    falseAbstention: 0.039,
    verdicts: 0.117,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh15-tune.jsonl',
    // 0.65 until the ruleless ranking (24th session).
    // 0.633 until the section weight (25th session).
    top1: 0.616,
    top3: 0.9,
    abstention: 1,
    falseAbstention: 0.017,
    // 0.666 until the ruleless ranking (24th session).
    // 0.619 until the section weight (25th session).
    verdicts: 0.571,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh15-final.jsonl',
    top1: 0.6,
    top3: 0.833,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.363,
  },
  {
    file: 'test/fixtures/unseen/adventure-ardeche-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.365,
    // 0.519 until the learned order of the candidates (32nd session).
    top3: 0.5,
    abstention: 1,
    falseAbstention: 0.02,
    verdicts: 0.266,
  },
  {
    file: 'test/fixtures/unseen/st-francis-mackworth-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.346 until the act emphasis (28th session).
    top1: 0.326,
    top3: 0.442,
    abstention: 0.625,
    falseAbstention: 0.077,
    verdicts: 0.428,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh16-final.jsonl',
    // 0.616 until the learned order of the candidates (32nd session).
    top1: 0.6,
    // 0.883 until the soft alignment (36th session).
    top3: 0.866,
    abstention: 1,
    falseAbstention: 0,
    // 0.5 until the learned order of the candidates (32nd session).
    verdicts: 0.458,
  },
  {
    file: 'test/fixtures/unseen/the-scout-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.346,
    top3: 0.538,
    abstention: 1,
    falseAbstention: 0.039,
    verdicts: 0.21,
  },
  {
    file: 'test/fixtures/unseen/ealing-and-hammersmith-woodcraft-folk-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.442 until the ruleless ranking (24th session).
    // 0.423 until the soft alignment (36th session).
    top1: 0.384,
    // 0.653 until the section weight (25th session).
    top3: 0.615,
    abstention: 0.625,
    falseAbstention: 0,
    verdicts: 0.375,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh17-tune.jsonl',
    top1: 0.633,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh17-final.jsonl',
    top1: 0.533,
    top3: 0.816,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.454,
  },
  {
    file: 'test/fixtures/unseen/gendered-intelligence-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.576 until the act emphasis (28th session).
    top1: 0.557,
    // 0.769 until the answer types for numbers, durations and money (38th session).
    top3: 0.75,
    abstention: 1,
    falseAbstention: 0.097,
    verdicts: 0.157,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh18-final.jsonl',
    // 0.716 until the section weight (25th session).
    // 0.7 until the lead-in credit (29th session).
    // 0.683 until the learned order of the candidates (32nd session).
    top1: 0.666,
    // 0.866 until the section weight (25th session).
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.434,
  },
  {
    file: 'test/fixtures/unseen/exceptions-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.53,
    top3: 0.76,
    abstention: 1,
    falseAbstention: 0.01,
    verdicts: 0.37,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh19-tune.jsonl',
    // 0.633 until the section weight (25th session).
    top1: 0.616,
    top3: 0.866,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.739,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh19-final.jsonl',
    top1: 0.7,
    // 0.866 until the learned order of the candidates (32nd session).
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0,
    // 0.681 until the learned order of the candidates (32nd session).
    // 0.59 until the soft alignment (36th session).
    verdicts: 0.545,
  },
  {
    file: 'test/fixtures/unseen/pushkins-school-of-russian-language-and-literature-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.403 until the soft alignment (36th session).
    top1: 0.384,
    // 0.576 until the ruleless ranking (24th session).
    // 0.538 until the section weight (25th session).
    top3: 0.519,
    abstention: 0.875,
    // 0.039 until the where/when refusal (26th session).
    falseAbstention: 0.058,
    verdicts: 0.315,
  },
  {
    file: 'test/fixtures/unseen/tune-orgs-fresh1.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.363,
    top3: 0.525,
    abstention: 0.818,
    // 0.021 until the lead-in credit (29th session).
    falseAbstention: 0.031,
    verdicts: 0.424,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh1-final.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.292 until the soft alignment (36th session).
    top1: 0.282,
    // 0.444 until the ruleless ranking (24th session).
    top3: 0.434,
    abstention: 0.909,
    // 0.061 until the section weight (25th session).
    falseAbstention: 0.071,
    verdicts: 0.222,
  },
  {
    file: 'test/fixtures/unseen/the-clubhouse-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.48 until the answer gate (26th session).
    // 0.461 until the act emphasis (28th session).
    top1: 0.442,
    // 0.673 until the act emphasis (28th session).
    top3: 0.615,
    abstention: 0.875,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.077,
    verdicts: 0.352,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh20-final.jsonl',
    top1: 0.7,
    // 0.883 until the learned order of the candidates (32nd session).
    top3: 0.866,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/tune-orgs-fresh2.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.313,
    // 0.494 until the ruleless ranking (24th session).
    top3: 0.484,
    abstention: 0.454,
    // 0.021 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.041,
    // 0.463 until the learned order of the candidates (32nd session).
    // 0.439 until the soft alignment (36th session).
    verdicts: 0.414,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh2-final.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.303,
    // 0.535 until the act emphasis (28th session).
    top3: 0.525,
    abstention: 0.727,
    falseAbstention: 0,
    verdicts: 0.175,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh21-tune.jsonl',
    top1: 0.583,
    // 0.833 until the ruleless ranking (24th session).
    top3: 0.816,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.727,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh21-final.jsonl',
    top1: 0.433,
    top3: 0.7,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.347,
  },
  {
    file: 'test/fixtures/unseen/music-performance-academy-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.326 until the answer gate (26th session).
    top1: 0.307,
    // 0.442 until the answer gate (26th session).
    // 0.423 until the act emphasis (28th session).
    // 0.403 until the lead-in credit (29th session).
    top3: 0.384,
    abstention: 0.75,
    // 0.02 until the answer gate (26th session).
    // 0.039 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.058,
    verdicts: 0.23,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh22-tune.jsonl',
    top1: 0.6,
    top3: 0.783,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.416,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh22-final.jsonl',
    top1: 0.566,
    // 0.783 until the act emphasis (28th session).
    top3: 0.766,
    abstention: 0.666,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.034,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/tune-orgs-fresh3.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.435,
    top3: 0.606,
    abstention: 0.846,
    falseAbstention: 0.009,
    verdicts: 0.39,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh3-final.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.5 until the learned order of the candidates (32nd session).
    // 0.49 until the soft alignment (36th session).
    top1: 0.481,
    // 0.648 until the lead-in credit (29th session).
    // 0.638 until the learned order of the candidates (32nd session).
    top3: 0.611,
    abstention: 0.75,
    falseAbstention: 0.019,
    // 0.395 until the learned order of the candidates (32nd session).
    verdicts: 0.372,
  },
  {
    file: 'test/fixtures/unseen/helens-place-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.519,
    top3: 0.711,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/merseyside-bmx-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.346 until the section weight (25th session).
    // 0.326 until the answer gate (26th session).
    top1: 0.307,
    // 0.5 until the answer gate (26th session).
    // 0.48 until the lead-in credit (29th session).
    // 0.461 until the learned order of the candidates (32nd session).
    top3: 0.442,
    abstention: 0.625,
    falseAbstention: 0.039,
    verdicts: 0.312,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh23-tune.jsonl',
    top1: 0.75,
    // 0.9 until the ruleless ranking (24th session).
    top3: 0.883,
    abstention: 0.666,
    falseAbstention: 0,
    verdicts: 0.72,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh23-final.jsonl',
    top1: 0.7,
    top3: 0.916,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh24-tune.jsonl',
    top1: 0.683,
    top3: 0.866,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.741,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh24-final.jsonl',
    // 0.566 until the lead-in credit (29th session).
    top1: 0.55,
    top3: 0.75,
    abstention: 0.666,
    falseAbstention: 0.034,
    // 0.766 until the ruleless ranking (24th session).
    // 0.733 until the section weight (25th session).
    // 0.7 until the lead-in credit (29th session).
    // 0.666 until the learned order of the candidates (32nd session).
    verdicts: 0.633,
  },
  {
    file: 'test/fixtures/unseen/hss-uk-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.423 until the soft alignment (36th session).
    top1: 0.403,
    top3: 0.538,
    abstention: 0.75,
    falseAbstention: 0.077,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/carrickfergus-junior-gateway-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.307,
    // 0.576 until the section weight (25th session).
    // 0.557 until the lead-in credit (29th session).
    top3: 0.538,
    abstention: 0.5,
    falseAbstention: 0.058,
    verdicts: 0.111,
  },
  {
    file: 'test/fixtures/unseen/beyond-tutors-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.5,
    top3: 0.653,
    abstention: 1,
    falseAbstention: 0.058,
    verdicts: 0.111,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh25-tune.jsonl',
    top1: 0.666,
    top3: 0.816,
    abstention: 0.833,
    falseAbstention: 0,
    // 0.606 until the learned order of the candidates (32nd session).
    verdicts: 0.575,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh25-final.jsonl',
    top1: 0.65,
    // 0.9 until the section weight (25th session).
    top3: 0.883,
    abstention: 0.666,
    falseAbstention: 0,
    verdicts: 0.575,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh26-tune.jsonl',
    // 0.733 until the act emphasis (28th session).
    // 0.716 until the learned order of the candidates (32nd session).
    top1: 0.7,
    top3: 0.816,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.638,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh26-final.jsonl',
    // 0.616 until the ruleless ranking (24th session).
    top1: 0.6,
    // 0.833 until the ruleless ranking (24th session).
    top3: 0.816,
    // 0.666 until the lead-in credit (29th session).
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.545,
  },
  {
    file: 'test/fixtures/unseen/tata-steel-sailing-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.461,
    top3: 0.653,
    abstention: 1,
    falseAbstention: 0.02,
    verdicts: 0.066,
  },
  {
    // Aside; its first run already had one dangerous "allowed", not examined; none since the
    // section weight (25th session), so none is tolerated.
    file: 'test/fixtures/unseen/tutor-seekers-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.346 until the answer gate (26th session).
    top1: 0.326,
    // 0.596 until the answer gate (26th session).
    // 0.576 until the learned order of the candidates (32nd session).
    top3: 0.557,
    abstention: 0.75,
    falseAbstention: 0.058,
    verdicts: 0.19,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh27-tune.jsonl',
    top1: 0.55,
    // 0.85 until the ruleless ranking (24th session).
    top3: 0.833,
    // 1 until the doubt answered (32nd session).
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.641,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh27-final.jsonl',
    top1: 0.55,
    top3: 0.733,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.483,
  },
  {
    file: 'test/fixtures/unseen/elham-sports-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.365 until the ruleless ranking (24th session).
    // 0.346 until the section weight (25th session).
    top1: 0.326,
    top3: 0.557,
    abstention: 1,
    falseAbstention: 0.039,
    verdicts: 0.181,
  },
  {
    file: 'test/fixtures/unseen/hadleigh-cricket-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.519 until the act emphasis (28th session).
    top1: 0.5,
    // 0.711 until the answer gate (26th session).
    // 0.692 until the act emphasis (28th session).
    top3: 0.673,
    abstention: 0.75,
    falseAbstention: 0.039,
    verdicts: 0.312,
  },
  {
    file: 'test/fixtures/unseen/28th-odiham-scout-group-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.461 until the section weight (25th session).
    // 0.442 until the soft alignment (36th session).
    top1: 0.423,
    top3: 0.557,
    abstention: 0.875,
    falseAbstention: 0.039,
    verdicts: 0.23,
  },
  {
    file: 'test/fixtures/unseen/mosaik-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.461 until the learned order of the candidates (32nd session).
    top1: 0.423,
    // 0.576 until the where/when refusal (26th session).
    // 0.557 until the lead-in credit (29th session).
    top3: 0.519,
    abstention: 0.875,
    // 0 until the where/when refusal (26th session).
    // 0.02 until the answer gate (26th session).
    falseAbstention: 0.058,
    verdicts: 0.181,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh28-tune.jsonl',
    top1: 0.616,
    top3: 0.766,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.588,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh28-final.jsonl',
    top1: 0.366,
    // 0.716 until the ruleless ranking (24th session).
    top3: 0.7,
    abstention: 1,
    falseAbstention: 0,
    // 0.558 until the act emphasis (28th session).
    verdicts: 0.529,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh29-tune.jsonl',
    top1: 0.6,
    // 0.833 until the act emphasis (28th session).
    top3: 0.816,
    abstention: 0.5,
    falseAbstention: 0,
    // 0.567 until the section weight (25th session).
    // 0.54 until the act emphasis (28th session).
    // 0.513 until the lead-in credit (29th session).
    verdicts: 0.486,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh29-final.jsonl',
    top1: 0.6,
    top3: 0.783,
    abstention: 0.833,
    falseAbstention: 0,
    // 0.666 until 1573466, which stopped danger read from a weak sign opening a rule's "unless it is
    // an emergency" (a dangerous "allowed" on five-orgs-fresh32-tune): one verdict of this aside set
    // went with it, unread. Lowered for a safety fix (docs/answers.md).
    // 0.633 until the section weight (25th session).
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh30-tune.jsonl',
    // 0.55 until the act emphasis (28th session).
    top1: 0.533,
    top3: 0.866,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh30-final.jsonl',
    top1: 0.716,
    top3: 0.883,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.645,
  },
  {
    file: 'test/fixtures/unseen/omagh-harriers-ac-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.384 until the ruleless ranking (24th session).
    top1: 0.346,
    // 0.576 until the section weight (25th session).
    // 0.557 until the answer gate (26th session).
    // 0.538 until the act emphasis (28th session).
    top3: 0.519,
    abstention: 1,
    falseAbstention: 0.02,
    // 0.166 until the ruleless ranking (24th session).
    // 0.125 until the soft alignment (36th session).
    verdicts: 0.083,
  },
  {
    file: 'test/fixtures/unseen/gowise-learning-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.346 until the answer gate (26th session).
    // 0.326 until the act emphasis (28th session).
    top1: 0.307,
    // 0.442 until the lead-in credit (29th session).
    top3: 0.423,
    abstention: 0.625,
    falseAbstention: 0.039,
    verdicts: 0.269,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh31-tune.jsonl',
    // 0.633 until the section weight (25th session).
    // 0.616 until the answer gate (26th session).
    top1: 0.6,
    top3: 0.783,
    abstention: 0.5,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.017,
    // 0.666 until the section weight (25th session).
    // 0.638 until the answer gate (26th session).
    verdicts: 0.611,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh31-final.jsonl',
    top1: 0.533,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0.034,
    // 0.424 until the lead-in credit (29th session).
    // 0.393 until the learned order of the candidates (32nd session).
    verdicts: 0.363,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh32-tune.jsonl',
    // 0.666 until the section weight (25th session).
    top1: 0.633,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh32-final.jsonl',
    top1: 0.55,
    // 0.85 until the learned order of the candidates (32nd session).
    top3: 0.816,
    abstention: 0.666,
    falseAbstention: 0,
    // 0.54 until an exception allowed only an act its rule is about (25th session): one answer,
    // not read, lost its verdict.
    verdicts: 0.513,
  },
  {
    file: 'test/fixtures/unseen/breathe-easy-sheffield-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.25,
    top3: 0.442,
    abstention: 0.75,
    falseAbstention: 0.039,
    verdicts: 0.166,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh33-tune.jsonl',
    top1: 0.583,
    top3: 0.916,
    abstention: 0.833,
    falseAbstention: 0,
    // 0.558 until the lead-in credit (29th session).
    verdicts: 0.529,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh33-final.jsonl',
    // 0.616 until the act emphasis (28th session).
    top1: 0.6,
    // 0.85 until the act emphasis (28th session).
    top3: 0.833,
    abstention: 0.833,
    falseAbstention: 0.017,
    // 0.312 until the act emphasis (28th session).
    verdicts: 0.281,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh34-tune.jsonl',
    // 0.783 until the lead-in credit (29th session).
    // 0.766 until the soft alignment (36th session).
    top1: 0.75,
    // 0.9 until the learned order of the candidates (32nd session).
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0,
    // 0.741 until the lead-in credit (29th session).
    verdicts: 0.709,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh34-final.jsonl',
    top1: 0.683,
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.538,
  },
  {
    // First run (the session's starting code) 0.577 / 0.75 top-1 / top-3; these with the ruleless
    // ranking, which came after it was written (docs/answers.md).
    file: 'test/fixtures/unseen/cambridge-university-mountaineering-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.538,
    // 0.73 until the act emphasis (28th session).
    top3: 0.692,
    abstention: 0.875,
    // 0.02 until the answer gate (26th session).
    falseAbstention: 0.039,
    // 0.2 until the lead-in credit (29th session).
    verdicts: 0.166,
  },
  {
    file: 'test/fixtures/unseen/sisters-in2-tech-stratford-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.557,
    top3: 0.653,
    abstention: 0.875,
    falseAbstention: 0.058,
    verdicts: 0.192,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh35-tune.jsonl',
    top1: 0.7,
    top3: 0.9,
    abstention: 1,
    falseAbstention: 0,
    // 0.714 until the section weight (25th session).
    verdicts: 0.685,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh35-final.jsonl',
    // 0.75 until the act emphasis (28th session).
    top1: 0.716,
    top3: 0.916,
    abstention: 1,
    falseAbstention: 0,
    // 0.666 until the act emphasis (28th session).
    // 0.629 until the learned order of the candidates (32nd session).
    verdicts: 0.592,
  },
  {
    // First run (the session's starting code) 0.481 / 0.654 top-1 / top-3; these with the session's
    // changes, which came before it was written (docs/answers.md).
    file: 'test/fixtures/unseen/torquay-leander-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.442 until the learned order of the candidates (32nd session).
    top1: 0.423,
    top3: 0.634,
    abstention: 1,
    falseAbstention: 0.02,
    // 0.291 until the learned order of the candidates (32nd session).
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh36-tune.jsonl',
    top1: 0.75,
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.678,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh36-final.jsonl',
    top1: 0.7,
    top3: 0.883,
    abstention: 0.666,
    falseAbstention: 0,
    // 0.583 until the act emphasis (28th session).
    // 0.541 until the learned order of the candidates (32nd session).
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh37-tune.jsonl',
    top1: 0.566,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.648,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh37-final.jsonl',
    top1: 0.633,
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.588,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh39-tune.jsonl',
    top1: 0.5,
    top3: 0.733,
    abstention: 1,
    falseAbstention: 0.017,
    // 0.351 until the act emphasis (28th session).
    verdicts: 0.324,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh39-final.jsonl',
    // 0.45 until the everyday-lexicon round of the 26th session.
    top1: 0.433,
    top3: 0.733,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.439,
  },
  {
    file: 'test/fixtures/unseen/wem-cricket-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.407 until the answer gate (26th session).
    top1: 0.388,
    // 0.611 until the answer gate (26th session).
    // 0.592 until the lead-in credit (29th session).
    top3: 0.574,
    abstention: 0.875,
    // 0 until the answer gate (26th session).
    falseAbstention: 0.019,
    verdicts: 0.09,
  },
  {
    // First run: verdicts 0.278 with one dangerous "allowed" (25th session, docs/answers.md).
    file: 'test/fixtures/unseen/sparrowpit-methodist-church-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.263,
    top3: 0.473,
    abstention: 0.875,
    falseAbstention: 0.053,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/we-make-footballers-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.35 until the learned order of the candidates (32nd session).
    top1: 0.316,
    top3: 0.466,
    abstention: 0.875,
    falseAbstention: 0.034,
    verdicts: 0.105,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh40-tune.jsonl',
    top1: 0.466,
    top3: 0.75,
    abstention: 0.666,
    falseAbstention: 0.017,
    verdicts: 0.638,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh40-final.jsonl',
    // 0.55 until the act emphasis (28th session).
    top1: 0.533,
    top3: 0.8,
    // 1 until the lead-in credit (29th session).
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.545,
  },
  {
    file: 'test/fixtures/unseen/british-taekwondo-council-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.484,
    top3: 0.681,
    abstention: 1,
    // 0.031 until the answer gate (26th session).
    falseAbstention: 0.046,
    // 0.562 until the act emphasis (28th session).
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh41-tune.jsonl',
    // 0.683 until the act emphasis (28th session).
    top1: 0.65,
    top3: 0.883,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.583,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh41-final.jsonl',
    top1: 0.566,
    top3: 0.783,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.538,
  },
  {
    file: 'test/fixtures/unseen/hackthemidlands-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.393,
    top3: 0.639,
    abstention: 0.625,
    falseAbstention: 0.033,
    verdicts: 0.208,
  },
  {
    file: 'test/fixtures/unseen/kingston-jiu-jitsu-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.412 until the lead-in credit (29th session).
    // 0.396 until the learned order of the candidates (32nd session).
    top1: 0.317,
    top3: 0.555,
    abstention: 0.555,
    falseAbstention: 0.016,
    // 0.23 until the act emphasis (28th session).
    verdicts: 0.192,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh42-tune.jsonl',
    top1: 0.616,
    top3: 0.816,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.611,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh42-final.jsonl',
    // 0.633 until the act emphasis (28th session).
    top1: 0.616,
    top3: 0.833,
    abstention: 0.875,
    falseAbstention: 0,
    // 0.653 until the lead-in credit (29th session).
    verdicts: 0.615,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh43-tune.jsonl',
    top1: 0.666,
    top3: 0.866,
    abstention: 0.875,
    falseAbstention: 0.017,
    verdicts: 0.769,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh43-final.jsonl',
    top1: 0.566,
    // 0.8 until the act emphasis (28th session).
    top3: 0.783,
    abstention: 0.625,
    falseAbstention: 0,
    verdicts: 0.59,
  },
  {
    file: 'test/fixtures/unseen/ruislip-cricket-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.421 until the learned order of the candidates (32nd session).
    top1: 0.406,
    // 0.656 until the lead-in credit (29th session).
    top3: 0.64,
    abstention: 0.875,
    falseAbstention: 0.047,
    // 0.588 until the act emphasis (28th session).
    verdicts: 0.529,
  },
  {
    file: 'test/fixtures/unseen/skylark-learning-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.352 until the act emphasis (28th session).
    top1: 0.323,
    // 0.602 until the act emphasis (28th session).
    top3: 0.573,
    abstention: 0.777,
    falseAbstention: 0.059,
    verdicts: 0.444,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh44-tune.jsonl',
    top1: 0.616,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.696,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh44-final.jsonl',
    top1: 0.583,
    top3: 0.883,
    abstention: 0.75,
    falseAbstention: 0.017,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/early-childhood-project-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.343 until the act emphasis (28th session).
    top1: 0.328,
    // 0.546 until the act emphasis (28th session).
    // 0.531 until the soft alignment (36th session).
    top3: 0.515,
    abstention: 1,
    // 0.063 until the act emphasis (28th session).
    // 0.079 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.094,
    // 0.23 until the learned order of the candidates (32nd session).
    verdicts: 0.192,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh45-tune.jsonl',
    // 0.733 until the act emphasis (28th session).
    top1: 0.716,
    top3: 0.933,
    abstention: 0.625,
    falseAbstention: 0,
    // 0.714 until the act emphasis (28th session).
    verdicts: 0.678,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh45-final.jsonl',
    top1: 0.666,
    // 0.9 until the lead-in credit (29th session).
    top3: 0.883,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/southern-navigators-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.567,
    top3: 0.728,
    abstention: 0.8,
    falseAbstention: 0.05,
    verdicts: 0.16,
  },
  {
    file: 'test/fixtures/unseen/city-life-international-church-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.643 until the lead-in credit (29th session).
    top1: 0.63,
    top3: 0.794,
    abstention: 0.8,
    falseAbstention: 0,
    verdicts: 0.375,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh46-tune.jsonl',
    top1: 0.716,
    // 0.9 until the learned order of the candidates (32nd session).
    top3: 0.883,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh46-final.jsonl',
    top1: 0.616,
    top3: 0.9,
    abstention: 0.75,
    falseAbstention: 0,
    // 0.655 until the lead-in credit (29th session).
    // 0.62 until the soft alignment (36th session).
    verdicts: 0.586,
  },
  {
    file: 'test/fixtures/unseen/clubland-playscheme-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.679,
    top3: 0.777,
    abstention: 0.9,
    falseAbstention: 0.038,
    verdicts: 0.208,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh47-tune.jsonl',
    top1: 0.683,
    top3: 0.95,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.807,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh47-final.jsonl',
    top1: 0.65,
    top3: 0.816,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.65,
  },
  {
    file: 'test/fixtures/unseen/badminton-england-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.404,
    // 0.55 until the learned order of the candidates (32nd session).
    // 0.539 until the learned order retrained with fresh55's tune half (32nd session).
    top3: 0.528,
    abstention: 0.916,
    falseAbstention: 0.057,
    // 0.176 until the learned order of the candidates (32nd session).
    verdicts: 0.147,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh48-tune.jsonl',
    top1: 0.683,
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0,
    // 0.777 until the learned order of the candidates (32nd session).
    verdicts: 0.74,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh48-final.jsonl',
    // 0.733 until the learned order of the candidates (32nd session).
    top1: 0.716,
    top3: 0.9,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.583,
  },
  {
    file: 'test/fixtures/unseen/refract-foundation-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.252,
    // 0.379 until the soft alignment (36th session).
    top3: 0.356,
    abstention: 0.923,
    falseAbstention: 0.081,
    verdicts: 0.296,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh49-tune.jsonl',
    top1: 0.633,
    // 0.883 until the learned order of the candidates (32nd session).
    top3: 0.85,
    abstention: 0.625,
    falseAbstention: 0,
    verdicts: 0.75,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh49-final.jsonl',
    top1: 0.516,
    top3: 0.733,
    abstention: 0.75,
    falseAbstention: 0,
    // 0.6 until the learned order of the candidates (32nd session).
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/vault-artist-studios-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.445 until the learned order of the candidates (32nd session).
    // 0.423 until the soft alignment (36th session).
    top1: 0.402,
    // 0.641 until the learned order of the candidates (32nd session); 0.619 until the lead's
    // abbreviations (35th session).
    top3: 0.608,
    abstention: 0.285,
    falseAbstention: 0.022,
    verdicts: 0.368,
  },
  {
    file: 'test/fixtures/unseen/crown-science-education-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.709 until the learned order of the candidates (32nd session).
    top1: 0.686,
    top3: 0.837,
    abstention: 0.785,
    // 0.035 until the lead's abbreviations (35th session).
    // 0.047 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.059,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/sutton-cricket-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.4 until the learned order of the candidates (32nd session).
    top1: 0.387,
    top3: 0.475,
    abstention: 0.785,
    falseAbstention: 0.088,
    verdicts: 0.281,
  },
  {
    file: 'test/fixtures/unseen/divine-heritage-childcare-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.44,
    top3: 0.6,
    abstention: 0.428,
    falseAbstention: 0.02,
    // 0.333 until the learned order of the candidates (32nd session).
    verdicts: 0.311,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh50-tune.jsonl',
    top1: 0.683,
    top3: 0.916,
    abstention: 0.8,
    falseAbstention: 0.017,
    // 0.7 until the learned order of the candidates (32nd session).
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh50-final.jsonl',
    top1: 0.65,
    top3: 0.8,
    abstention: 0.6,
    falseAbstention: 0,
    // 0.714 until the learned order of the candidates (32nd session).
    verdicts: 0.607,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh51-tune.jsonl',
    top1: 0.783,
    top3: 0.933,
    abstention: 0.1,
    falseAbstention: 0,
    verdicts: 0.739,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh51-final.jsonl',
    // 0.683 until the learned order of the candidates (32nd session).
    top1: 0.65,
    top3: 0.866,
    abstention: 0.3,
    falseAbstention: 0,
    // 0.619 until the learned order of the candidates (32nd session).
    verdicts: 0.571,
  },
  {
    file: 'test/fixtures/unseen/nidd-united-jfc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.362,
    top3: 0.562,
    abstention: 0,
    falseAbstention: 0.075,
    verdicts: 0.352,
  },
  {
    file: 'test/fixtures/unseen/revolution-hacks-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.425,
    top3: 0.575,
    abstention: 0.714,
    falseAbstention: 0.113,
    verdicts: 0.2,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh52-tune.jsonl',
    // 0.65 until the learned order of the candidates (32nd session).
    top1: 0.633,
    top3: 0.8,
    abstention: 0.8,
    // 0.017 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.034,
    verdicts: 0.565,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh52-final.jsonl',
    top1: 0.666,
    top3: 0.866,
    abstention: 0.7,
    falseAbstention: 0,
    verdicts: 0.695,
  },
  {
    file: 'test/fixtures/unseen/hampton-in-arden-sports-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.225,
    top3: 0.412,
    abstention: 0.571,
    falseAbstention: 0.088,
    // 0.235 until the safeguarding-procedure lexicon round (31st session).
    verdicts: 0.205,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh53-tune.jsonl',
    top1: 0.516,
    top3: 0.783,
    abstention: 0.7,
    falseAbstention: 0,
    // 0.782 until the learned order of the candidates (32nd session).
    verdicts: 0.739,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh53-final.jsonl',
    top1: 0.6,
    // 0.766 until the learned order of the candidates (32nd session).
    top3: 0.75,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.75,
    // Its first run (31st session) had one; the set is aside and the answer was not read.
    dangerous: 1,
  },
  {
    file: 'test/fixtures/unseen/university-college-dublin-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.375,
    top3: 0.462,
    abstention: 0.214,
    falseAbstention: 0.025,
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh54-tune.jsonl',
    top1: 0.633,
    top3: 0.833,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.433,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh54-final.jsonl',
    top1: 0.766,
    top3: 0.9,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.458,
  },
  {
    file: 'test/fixtures/unseen/fordingbridge-rfc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.687,
    top3: 0.875,
    abstention: 0.928,
    falseAbstention: 0.013,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/neurofriends-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.525,
    top3: 0.675,
    abstention: 0.642,
    falseAbstention: 0,
    verdicts: 0.187,
    // Its first run (32nd session) had two, read in the 35th session: one ("borrow mugs from the
    // other cupboards") went with the case cut where the rule resumes; the other, "ableist jokes …
    // if everyone's laughing along", named the case "unless they've just told a joke".
    dangerous: 1,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh55-tune.jsonl',
    top1: 0.8,
    // 0.933 until the soft alignment (36th session).
    top3: 0.916,
    abstention: 0.7,
    falseAbstention: 0,
    verdicts: 0.75,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh55-final.jsonl',
    top1: 0.733,
    top3: 0.866,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.615,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh4-final.jsonl',
    policies: 'test/fixtures/unseen-policies',
    // 0.365 until the soft alignment (36th session).
    top1: 0.346,
    // 0.625 until the soft alignment (36th session).
    top3: 0.615,
    abstention: 0.875,
    falseAbstention: 0.029,
    verdicts: 0.266,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh56-tune.jsonl',
    top1: 0.666,
    top3: 0.933,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.592,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh56-final.jsonl',
    // 0.75 until the soft alignment (36th session).
    top1: 0.733,
    top3: 0.883,
    abstention: 0.8,
    falseAbstention: 0,
    // 0.64 until the soft alignment (36th session).
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh57-tune.jsonl',
    top1: 0.7,
    top3: 0.95,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.703,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh57-final.jsonl',
    top1: 0.716,
    // 0.933 until the soft alignment (36th session).
    top3: 0.916,
    abstention: 0.8,
    falseAbstention: 0,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh58-tune.jsonl',
    top1: 0.766,
    top3: 0.916,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.739,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh58-final.jsonl',
    top1: 0.75,
    top3: 0.916,
    abstention: 0.7,
    falseAbstention: 0,
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.722,
    top3: 0.819,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.508,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.666 until the readings of leave asked and given in more words (33rd session).
    top1: 0.652,
    top3: 0.833,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.413,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh2-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.597,
    top3: 0.736,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.491,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.652 until the lead's abbreviations (35th session).
    top1: 0.638,
    // 0.847 until the soft alignment (36th session).
    top3: 0.791,
    abstention: 0.75,
    falseAbstention: 0.014,
    // 0.359 until the soft alignment (36th session).
    verdicts: 0.343,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh3-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.625,
    top3: 0.819,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.406,
  },
  {
    file: 'test/fixtures/unseen/leave-asked-fresh3-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.652 until the soft alignment (36th session).
    top1: 0.638,
    top3: 0.791,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.345,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh59-tune.jsonl',
    top1: 0.766,
    top3: 0.933,
    abstention: 0.9,
    falseAbstention: 0.017,
    verdicts: 0.724,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh59-final.jsonl',
    top1: 0.7,
    top3: 0.916,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/approval-asked-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.638 until the soft alignment (36th session).
    top1: 0.597,
    top3: 0.847,
    abstention: 0.875,
    falseAbstention: 0.014,
    // 0.393 until the soft alignment (36th session).
    verdicts: 0.377,
  },
  {
    file: 'test/fixtures/unseen/approval-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.694,
    top3: 0.916,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.481,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.529,
    top3: 0.75,
    abstention: 0.75,
    falseAbstention: 0.045,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.588,
    top3: 0.764,
    abstention: 0.75,
    falseAbstention: 0.03,
    verdicts: 1,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh60-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.7,
    top3: 0.916,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.72,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh60-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.65,
    top3: 0.816,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.521,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh5-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.441,
    top3: 0.647,
    abstention: 0.944,
    falseAbstention: 0.01,
    // Until the case cut (35th session): 0.317.
    verdicts: 0.292,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh2-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.678,
    top3: 0.767,
    abstention: 0.916,
    falseAbstention: 0.108,
    verdicts: 0,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.553,
    top3: 0.714,
    abstention: 1,
    falseAbstention: 0.072,
    verdicts: 0,
  },
  {
    file: 'test/fixtures/unseen/emergency-asked-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.486,
    top3: 0.625,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.491,
  },
  {
    file: 'test/fixtures/unseen/emergency-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.527 until the soft alignment (36th session).
    top1: 0.5,
    top3: 0.694,
    abstention: 0.75,
    falseAbstention: 0,
    // 0.62 until the soft alignment (36th session).
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/emergency-asked-fresh2-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.458,
    top3: 0.68,
    abstention: 0.875,
    falseAbstention: 0,
    verdicts: 0.435,
  },
  {
    file: 'test/fixtures/unseen/emergency-asked-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.583,
    top3: 0.694,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.452,
    // Its first run (34th session) had one, read in the 35th session and gone with the case cut
    // where the rule resumes (docs/answers.md).
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.625 until the soft alignment (36th session).
    top1: 0.611,
    top3: 0.777,
    abstention: 1,
    // 0.014 until the answer types for numbers, durations and money (38th session).
    falseAbstention: 0.028,
    verdicts: 0.545,
    // Its first run (34th session) had one dangerous "allowed" (read: docs/answers.md,
    // thirty-fourth session), gone with the section read for the act's near words (38th session).
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.541,
    top3: 0.694,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.368,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh61-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.766,
    // 0.966 until the soft alignment (36th session).
    top3: 0.95,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.689,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh61-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.516,
    // 0.816 until the soft alignment (36th session).
    top3: 0.783,
    abstention: 0.8,
    falseAbstention: 0,
    verdicts: 0.64,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh6-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.46 until the soft alignment (36th session).
    top1: 0.441,
    top3: 0.607,
    abstention: 0.888,
    falseAbstention: 0.02,
    // 0.392 until the soft alignment (36th session).
    verdicts: 0.372,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh3-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.66,
    top3: 0.821,
    abstention: 0.791,
    falseAbstention: 0,
    verdicts: 1,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh3-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.607,
    top3: 0.767,
    abstention: 0.875,
    falseAbstention: 0.036,
    verdicts: 0.4,
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh2-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.708,
    // 0.875 until the soft alignment (36th session).
    top3: 0.861,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.507,
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.652,
    top3: 0.833,
    abstention: 0.75,
    falseAbstention: 0.014,
    // 0.5 until the soft alignment (36th session).
    verdicts: 0.484,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh4-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.714 until the soft alignment (36th session).
    top1: 0.696,
    top3: 0.785,
    abstention: 0.958,
    falseAbstention: 0.018,
    verdicts: 0,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh4-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.553,
    // 0.803 until the soft alignment (36th session).
    top3: 0.785,
    abstention: 0.791,
    falseAbstention: 0.036,
    verdicts: 1,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh5-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.571,
    // 0.732 until the soft alignment (36th session).
    top3: 0.714,
    abstention: 0.875,
    falseAbstention: 0.125,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/contacts-asked-fresh5-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.589,
    top3: 0.732,
    abstention: 0.75,
    falseAbstention: 0.072,
    verdicts: 0.777,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh62-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.816,
    top3: 0.933,
    abstention: 0.9,
    falseAbstention: 0,
    // 0.843 until the soft alignment (36th session).
    verdicts: 0.812,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh62-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.65,
    top3: 0.9,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.586,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh7-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    // 0.411 until the soft alignment (36th session).
    top1: 0.401,
    // 0.647 until the soft alignment (36th session).
    top3: 0.637,
    abstention: 0.777,
    // 0.04 until the refusal of numbers, ratios, ages and durations no best clause states (39th session).
    falseAbstention: 0.05,
    verdicts: 0.32,
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh3-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.638,
    top3: 0.833,
    abstention: 0.875,
    falseAbstention: 0.014,
    verdicts: 0.542,
  },
  {
    file: 'test/fixtures/unseen/allowed-traps-fresh3-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.652,
    top3: 0.819,
    abstention: 0.875,
    falseAbstention: 0.014,
    verdicts: 0.507,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh63-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.766,
    top3: 0.95,
    abstention: 0.6,
    falseAbstention: 0,
    verdicts: 0.73,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh63-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.783,
    top3: 0.883,
    abstention: 0.3,
    falseAbstention: 0.017,
    verdicts: 0.863,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh8-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.48,
    top3: 0.676,
    abstention: 0.611,
    falseAbstention: 0.01,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh9-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.47,
    top3: 0.656,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.361,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh64-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.7,
    top3: 0.95,
    abstention: 0.7,
    falseAbstention: 0,
    verdicts: 0.689,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh64-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.783,
    top3: 0.933,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh10-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.411,
    top3: 0.539,
    abstention: 0.888,
    falseAbstention: 0.02,
    verdicts: 0.311,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh11-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.392,
    top3: 0.549,
    abstention: 0.777,
    falseAbstention: 0.02,
    verdicts: 0.386,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh65-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.781,
    top3: 0.945,
    abstention: 0.533,
    falseAbstention: 0,
    verdicts: 0.769,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh65-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.654,
    top3: 0.854,
    abstention: 0.4,
    falseAbstention: 0,
    verdicts: 0.59,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh12-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.4,
    // 0.588 until the answer types for numbers, durations and money (38th session).
    top3: 0.577,
    abstention: 0.5,
    // 0.012 until the answer types for numbers, durations and money (38th session).
    falseAbstention: 0.023,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh66-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.7,
    top3: 0.933,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.739,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh66-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.683,
    top3: 0.9,
    abstention: 0.9,
    falseAbstention: 0,
    verdicts: 0.68,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh13-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.441,
    top3: 0.627,
    abstention: 0.722,
    falseAbstention: 0,
    verdicts: 0.25,
  },
  {
    file: 'test/fixtures/unseen/alone-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.5,
    top3: 0.644,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.337,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh67-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.7,
    top3: 0.95,
    abstention: 0.8,
    falseAbstention: 0.017,
    verdicts: 0.633,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh67-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.666,
    top3: 0.883,
    abstention: 0.7,
    falseAbstention: 0,
    verdicts: 0.607,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh14-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.45,
    top3: 0.696,
    abstention: 0.833,
    falseAbstention: 0.02,
    verdicts: 0.285,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh68-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.716,
    top3: 0.9,
    abstention: 0.8,
    falseAbstention: 0,
    verdicts: 0.656,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh68-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.711,
    top3: 0.864,
    abstention: 0.727,
    falseAbstention: 0.017,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/exception-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.633,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0.009,
    verdicts: 0.318,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh69-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.696,
    top3: 0.91,
    abstention: 0.214,
    falseAbstention: 0,
    verdicts: 0.692,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh69-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.66,
    top3: 0.821,
    abstention: 0.142,
    falseAbstention: 0,
    verdicts: 0.576,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh15-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.447,
    top3: 0.625,
    abstention: 0.291,
    falseAbstention: 0.011,
    verdicts: 0.311,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh70-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.66,
    top3: 0.875,
    abstention: 0.428,
    falseAbstention: 0,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh70-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.75,
    top3: 0.91,
    abstention: 0.357,
    falseAbstention: 0,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh16-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.416,
    top3: 0.604,
    abstention: 0.291,
    falseAbstention: 0,
    verdicts: 0.279,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh71-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.677,
    top3: 0.864,
    abstention: 0.818,
    falseAbstention: 0.017,
    verdicts: 0.677,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh71-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.716,
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.464,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh17-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.382,
    top3: 0.578,
    abstention: 0.666,
    falseAbstention: 0.02,
    verdicts: 0.254,
  },
  {
    file: 'test/fixtures/unseen/numbers-asked-fresh1-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.739,
    top3: 0.913,
    abstention: 0.785,
    falseAbstention: 0,
    verdicts: 0.933,
  },
  {
    file: 'test/fixtures/unseen/numbers-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.755,
    top3: 0.911,
    abstention: 0.4,
    falseAbstention: 0.023,
    verdicts: 0.9,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh18-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.5,
    top3: 0.677,
    abstention: 0.5,
    falseAbstention: 0.032,
    verdicts: 0.428,
  },
  {
    file: 'test/fixtures/unseen/numbers-asked-fresh2-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.833,
    top3: 0.895,
    abstention: 0.75,
    falseAbstention: 0.042,
    verdicts: 0.875,
  },
  {
    file: 'test/fixtures/unseen/numbers-asked-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.666,
    top3: 0.854,
    abstention: 0.166,
    falseAbstention: 0.042,
    verdicts: 0.866,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh19-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.447,
    top3: 0.656,
    abstention: 0.208,
    falseAbstention: 0.021,
    verdicts: 0.327,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh72-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.583,
    top3: 0.85,
    abstention: 0.4,
    falseAbstention: 0,
    verdicts: 0.62,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh72-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.666,
    top3: 0.85,
    abstention: 0.5,
    falseAbstention: 0,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/aside-orgs-fresh20-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.313,
    top3: 0.509,
    abstention: 0.611,
    falseAbstention: 0.02,
    verdicts: 0.285,
  },
  {
    file: 'test/fixtures/unseen/alone-asked-fresh2-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.609,
    top3: 0.763,
    abstention: 1,
    falseAbstention: 0.01,
    verdicts: 0.513,
  },
  {
    file: 'test/fixtures/unseen/notice-asked-fresh1-final.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.617,
    top3: 0.712,
    abstention: 0.576,
    falseAbstention: 0.022,
    verdicts: 0.681,
  },
];

const answerers = new Map<string, PolicyAnswerer>();
const dirsOf = (floor: Floor): readonly string[] =>
  typeof floor.policies === 'string' ? [floor.policies] : (floor.policies ?? [defaultPoliciesDir]);
const keyOf = (floor: Floor): string => dirsOf(floor).join('+');
const today = new Date('2026-12-02T12:00:00Z');
beforeAll(async () => {
  for (const floor of floors) {
    if (!answerers.has(keyOf(floor))) answerers.set(keyOf(floor), await loadAnswerer(dirsOf(floor)));
  }
});

describe('answers on unseen question sets', () => {
  for (const floor of floors) {
    it(`${floor.file}: no dangerous "allowed" beyond its floor, and top-1, top-3, abstention and verdicts at their floors`, async () => {
      const report = evaluate(await readEvalFile(floor.file), answerers.get(keyOf(floor))!, today);
      expect(report.dangerous).toBeLessThanOrEqual(floor.dangerous ?? 0);
      expect(report.top1 / report.answerable).toBeGreaterThanOrEqual(floor.top1);
      expect(report.top3 / report.answerable).toBeGreaterThanOrEqual(floor.top3);
      // A set of answerable questions only (the exceptions set) has no out-of-scope ones to refuse.
      if (report.outOfScope) expect(report.abstained / report.outOfScope).toBeGreaterThanOrEqual(floor.abstention);
      expect(report.falseAbstentions / report.answerable).toBeLessThanOrEqual(floor.falseAbstention + 1e-9);
      // A set that asks for people, not leave, may have no verdict to read.
      if (report.verdictQuestions)
        expect(report.verdictCorrect / report.verdictQuestions).toBeGreaterThanOrEqual(floor.verdicts);
    });
  }
});
