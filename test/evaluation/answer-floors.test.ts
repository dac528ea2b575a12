import { beforeAll, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/adapters/answerer.ts';
import { loadCorpus } from '../../src/adapters/policy-files.ts';
import { defaultPoliciesDir } from '../../src/cli/cli-support.ts';
import { evaluate, readEvalFile } from '../../src/cli/eval.ts';
import type { PolicyAnswerer } from '../../src/core/policy/answer.ts';

/**
 * Floors for answers on the question sets written by helpers who saw only the policy text
 * (docs/answers.md), at the level each reached. A floor keeps what was reached from slipping back;
 * it is not the thing to tune: a change is judged on sets it has not seen.
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
    top1: 0.916,
    top3: 1,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.884,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-tune.jsonl',
    top1: 0.762,
    top3: 0.912,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.673,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-final.jsonl',
    top1: 0.721,
    top3: 0.898,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.625,
  },
  {
    file: 'test/fixtures/unseen/wilpshire-wanderers-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.403,
    top3: 0.578,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.484,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh.jsonl',
    top1: 0.7,
    top3: 0.87,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.586,
  },
  {
    file: 'test/fixtures/unseen/prewired-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.48,
    top3: 0.72,
    abstention: 0.4,
    falseAbstention: 0.04,
    verdicts: 0.333,
  },
  {
    file: 'test/fixtures/unseen/newstead-road-pre-school-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.387,
    top3: 0.596,
    abstention: 0.6,
    falseAbstention: 0.049,
    verdicts: 0.48,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh2-tune.jsonl',
    top1: 0.683,
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.564,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh2-final.jsonl',
    top1: 0.633,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.552,
  },
  {
    file: 'test/fixtures/unseen/norwich-rfc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.5,
    top3: 0.648,
    abstention: 0.75,
    falseAbstention: 0.095,
    verdicts: 0.166,
  },
  {
    file: 'test/fixtures/unseen/farset-labs-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.513,
    top3: 0.697,
    abstention: 0.25,
    falseAbstention: 0.014,
    verdicts: 0.392,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh3-tune.jsonl',
    top1: 0.703,
    top3: 0.87,
    abstention: 0.666,
    falseAbstention: 0.019,
    verdicts: 0.642,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh3-final.jsonl',
    top1: 0.629,
    top3: 0.87,
    abstention: 0.833,
    falseAbstention: 0.019,
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/newcastle-city-juniors-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.425,
    top3: 0.666,
    abstention: 0.3,
    falseAbstention: 0.019,
    verdicts: 0.388,
  },
  {
    file: 'test/fixtures/unseen/student-robotics-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.343,
    top3: 0.567,
    abstention: 0.5,
    falseAbstention: 0.06,
    verdicts: 0.238,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh4-tune.jsonl',
    top1: 0.666,
    top3: 0.925,
    abstention: 0.333,
    falseAbstention: 0,
    verdicts: 0.611,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh4-final.jsonl',
    top1: 0.574,
    top3: 0.814,
    abstention: 0.333,
    falseAbstention: 0,
    verdicts: 0.545,
  },
  {
    file: 'test/fixtures/unseen/ofisc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.5,
    top3: 0.616,
    abstention: 0.1,
    falseAbstention: 0,
    verdicts: 0.35,
  },
  {
    file: 'test/fixtures/unseen/camsis-education-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.393,
    top3: 0.606,
    abstention: 0.4,
    falseAbstention: 0.05,
    verdicts: 0.392,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh5-tune.jsonl',
    top1: 0.527,
    top3: 0.781,
    abstention: 0.6,
    falseAbstention: 0,
    verdicts: 0.694,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh5-final.jsonl',
    top1: 0.654,
    top3: 0.8,
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
    falseAbstention: 0.049,
    verdicts: 0.323,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh6-tune.jsonl',
    top1: 0.633,
    top3: 0.816,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.675,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh6-final.jsonl',
    top1: 0.55,
    top3: 0.75,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.608,
  },
  {
    file: 'test/fixtures/unseen/hanworth-villa-fc-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.296,
    top3: 0.468,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.259,
  },
  {
    file: 'test/fixtures/unseen/helston-theatre-company-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.382,
    top3: 0.5,
    abstention: 1,
    falseAbstention: 0.089,
    verdicts: 0.2,
  },
  {
    file: 'test/fixtures/unseen/lh-educational-services-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.39,
    top3: 0.562,
    abstention: 0.833,
    falseAbstention: 0.11,
    verdicts: 0.475,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh7-tune.jsonl',
    top1: 0.716,
    top3: 0.866,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh7-final.jsonl',
    top1: 0.65,
    top3: 0.9,
    abstention: 0.833,
    falseAbstention: 0.017,
    verdicts: 0.55,
  },
  {
    file: 'test/fixtures/unseen/phill-sparks-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.461,
    top3: 0.653,
    abstention: 0.75,
    falseAbstention: 0.077,
    verdicts: 0.416,
  },
  {
    file: 'test/fixtures/unseen/wholistic-fostering-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.153,
    top3: 0.365,
    abstention: 0.875,
    falseAbstention: 0.039,
    verdicts: 0.212,
  },
  {
    file: 'test/fixtures/unseen/nemesis-cheer-and-dance-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.442,
    top3: 0.576,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.2,
  },
  {
    file: 'test/fixtures/unseen/ascend-next-level-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.384,
    top3: 0.596,
    abstention: 0.875,
    falseAbstention: 0.077,
    verdicts: 0.103,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh8-tune.jsonl',
    top1: 0.716,
    top3: 0.883,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.657,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh8-final.jsonl',
    top1: 0.6,
    top3: 0.916,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh9-tune.jsonl',
    top1: 0.566,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.5,
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
    top1: 0.461,
    top3: 0.596,
    abstention: 0.875,
    falseAbstention: 0.02,
    verdicts: 0.354,
  },
  {
    file: 'test/fixtures/unseen/azza-supplementary-school-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.326,
    top3: 0.442,
    abstention: 1,
    falseAbstention: 0.039,
    verdicts: 0.294,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh10-tune.jsonl',
    top1: 0.666,
    top3: 0.883,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.687,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh10-final.jsonl',
    top1: 0.566,
    top3: 0.816,
    abstention: 0.666,
    falseAbstention: 0,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/raspberry-pi-foundation-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.346,
    top3: 0.538,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.1,
  },
  {
    file: 'test/fixtures/unseen/feering-falcons-youth-football-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.326,
    top3: 0.442,
    abstention: 0.875,
    falseAbstention: 0.039,
    verdicts: 0.157,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh11-tune.jsonl',
    top1: 0.65,
    top3: 0.766,
    abstention: 0.666,
    falseAbstention: 0,
    verdicts: 0.518,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh11-final.jsonl',
    top1: 0.666,
    top3: 0.85,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.714,
  },
  {
    file: 'test/fixtures/unseen/sudbury-rowing-club-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.346,
    top3: 0.538,
    abstention: 0.5,
    falseAbstention: 0.02,
    verdicts: 0.3,
  },
  {
    file: 'test/fixtures/unseen/lexden-montessori-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.288,
    top3: 0.326,
    abstention: 0.75,
    falseAbstention: 0,
    verdicts: 0.26,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh12-tune.jsonl',
    top1: 0.6,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.615,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh12-final.jsonl',
    top1: 0.55,
    top3: 0.783,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.6,
  },
  {
    file: 'test/fixtures/unseen/give-and-grow-cic-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.423,
    top3: 0.5,
    abstention: 0.75,
    falseAbstention: 0.039,
    verdicts: 0.428,
  },
  {
    file: 'test/fixtures/unseen/bash-festival-of-code-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.365,
    top3: 0.461,
    abstention: 0.625,
    falseAbstention: 0.058,
    verdicts: 0.19,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh13-tune.jsonl',
    top1: 0.616,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.555,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh13-final.jsonl',
    top1: 0.583,
    top3: 0.833,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.56,
  },
  {
    file: 'test/fixtures/unseen/acemyexam-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.307,
    top3: 0.5,
    abstention: 0.75,
    falseAbstention: 0.02,
    verdicts: 0.26,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh14-tune.jsonl',
    top1: 0.65,
    top3: 0.75,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.714,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh14-final.jsonl',
    top1: 0.716,
    top3: 0.85,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.772,
  },
  {
    file: 'test/fixtures/unseen/scottish-korfball-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.365,
    top3: 0.576,
    abstention: 0.875,
    falseAbstention: 0.039,
    verdicts: 0.214,
  },
  {
    file: 'test/fixtures/unseen/hackathons-for-schools-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.288,
    top3: 0.423,
    abstention: 0.875,
    falseAbstention: 0.039,
    verdicts: 0.117,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh15-tune.jsonl',
    top1: 0.633,
    top3: 0.9,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.666,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh15-final.jsonl',
    top1: 0.583,
    top3: 0.833,
    abstention: 0.833,
    falseAbstention: 0,
    verdicts: 0.318,
  },
  {
    file: 'test/fixtures/unseen/adventure-ardeche-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.365,
    top3: 0.519,
    abstention: 1,
    falseAbstention: 0.039,
    verdicts: 0.2,
  },
  {
    file: 'test/fixtures/unseen/st-francis-mackworth-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.307,
    top3: 0.442,
    abstention: 0.625,
    falseAbstention: 0.077,
    verdicts: 0.428,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh16-final.jsonl',
    top1: 0.616,
    top3: 0.883,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.5,
  },
  {
    file: 'test/fixtures/unseen/the-scout-association-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.288,
    top3: 0.461,
    abstention: 1,
    falseAbstention: 0.077,
    verdicts: 0.157,
  },
  {
    file: 'test/fixtures/unseen/ealing-and-hammersmith-woodcraft-folk-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.442,
    top3: 0.615,
    abstention: 0.625,
    falseAbstention: 0,
    verdicts: 0.375,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh17-tune.jsonl',
    top1: 0.6,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0.017,
    verdicts: 0.64,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh17-final.jsonl',
    top1: 0.533,
    top3: 0.8,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.409,
  },
  {
    file: 'test/fixtures/unseen/gendered-intelligence-questions.jsonl',
    policies: 'test/fixtures/unseen-policies',
    top1: 0.576,
    top3: 0.788,
    abstention: 1,
    falseAbstention: 0.097,
    verdicts: 0.157,
  },
  {
    file: 'test/fixtures/unseen/five-orgs-fresh18-final.jsonl',
    top1: 0.716,
    top3: 0.866,
    abstention: 1,
    falseAbstention: 0,
    verdicts: 0.434,
  },
  {
    file: 'test/fixtures/unseen/exceptions-tune.jsonl',
    policies: ['policies', 'test/fixtures/unseen-policies'],
    top1: 0.5,
    top3: 0.77,
    abstention: 1,
    falseAbstention: 0.01,
    verdicts: 0.35,
  },
];

const answerers = new Map<string, PolicyAnswerer>();
const dirsOf = (floor: Floor): readonly string[] =>
  typeof floor.policies === 'string' ? [floor.policies] : (floor.policies ?? [defaultPoliciesDir]);
const keyOf = (floor: Floor): string => dirsOf(floor).join('+');
const today = new Date('2026-12-02T12:00:00Z');
beforeAll(async () => {
  for (const floor of floors) {
    if (answerers.has(keyOf(floor))) continue;
    const corpora = await Promise.all(dirsOf(floor).map((dir) => loadCorpus(dir)));
    const organisations = new Map(corpora.flatMap((corpus) => [...corpus.organisations]));
    answerers.set(keyOf(floor), createAnswerer({ organisations }));
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
      expect(report.verdictCorrect / report.verdictQuestions).toBeGreaterThanOrEqual(floor.verdicts);
    });
  }
});
