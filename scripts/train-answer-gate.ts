/**
 * Trains the answer gate (`src/core/policy/answer-gate.ts`): a logistic model over general
 * measures of how well a question's best clause matches it (the scope model's probability, BM25,
 * coverage, the share of the question the policies know, an unfit where or when question, a
 * listed contact asked for, length, rank), telling the questions a set's writer meant as out of
 * scope from the answerable ones. Writes src/core/policy/answer-gate-model.ts. Deterministic: the
 * same data and code give the same file.
 *
 *   npm run train:gate
 *
 * Trained only on the question sets tuned on (docs/answers.md): every `*-tune.jsonl` half, the
 * `tune-orgs-fresh*` sets, the staff questions, and the question sets of the organisations tuned
 * on, less the halves written for a final score only (all listed in scripts/tuned-sets.ts).
 * Every set kept aside measures it unseen. Its features depend on
 * the ranking, so retrain after a change to the ranking or the scope model.
 *
 * The threshold is chosen by cross-validation over groups of organisations (five groups; each
 * organisation's questions scored by a model trained without them): the lowest (most refusals) at
 * which the cross-validated gate refuses no more answerable questions than the hand-set thresholds
 * it replaces.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnswerer } from '../src/adapters/answerer.ts';
import { readEvalFile } from '../src/cli/eval.ts';
import { probability } from '../src/core/policy/logistic-model.ts';
import { type LabelledExample, modelModule, trainLogistic } from './logistic.ts';
import { root, trainingFiles, trainingOrganisations } from './tuned-sets.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`Trains the answer gate on the question sets tuned on and writes src/core/policy/answer-gate-model.ts.

usage: npm run train:gate
`);
  process.exit(0);
}

const files = trainingFiles();
const { organisations } = await trainingOrganisations();

interface Example extends LabelledExample {
  readonly org: string;
  /** Whether the hand-set thresholds answer it. */
  readonly byRules: boolean;
}

/** What the gate read of a question. */
interface Seen {
  readonly features: ReadonlyMap<string, number>;
  readonly byRules: boolean;
}
/** What the gate read of the question last asked, if it reached the gate. */
const last: { seen?: Seen | undefined } = {};
const answerer = createAnswerer(
  { organisations },
  {
    answerGate: null,
    gateObserver: (features, byRules) => {
      last.seen = { features, byRules };
    },
  },
);
const now = new Date('2026-12-05T12:00:00Z');
const raw: Example[] = [];
for (const file of files) {
  for (const question of await readEvalFile(file)) {
    if (question.concern !== undefined) continue;
    last.seen = undefined;
    answerer.answer(question.org, question.q, now);
    // (Set by the observer during the call above.)
    const seen = last.seen as Seen | undefined;
    if (!seen) continue;
    raw.push({
      org: question.org,
      features: seen.features,
      positive: question.abstain === true,
      byRules: seen.byRules,
    });
  }
}

/** Each feature's mean and spread, so the model trains on standardised values. */
const names = [...raw[0]!.features.keys()].filter((name) => name !== 'bias');
const scale = new Map(
  names.map((name) => {
    const values = raw.map((example) => example.features.get(name)!);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const spread = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length) || 1;
    return [name, { mean, spread }] as const;
  }),
);
const standardised = (examples: readonly Example[]): Example[] =>
  examples.map((example) => ({
    ...example,
    features: new Map(
      [...example.features].map(([name, value]) => {
        const s = scale.get(name);
        return [name, s ? (value - s.mean) / s.spread : value] as const;
      }),
    ),
  }));
const training = { l2: 0.001, epochs: 3000, rate: 0.5 };

/** Weights for standardised features, turned into weights for the raw ones. */
function rawWeights(weights: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  let bias = weights.bias ?? 0;
  for (const name of names) {
    const w = weights[name] ?? 0;
    const { mean, spread } = scale.get(name)!;
    out[name] = Number((w / spread).toFixed(4));
    bias -= (w * mean) / spread;
  }
  out.bias = Number(bias.toFixed(4));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

// Cross-validation over groups of organisations.
const orgs = [...new Set(raw.map((example) => example.org))].sort();
const group = new Map(orgs.map((org, i) => [org, i % 5]));
const scored = raw.map(() => 0);
for (let fold = 0; fold < 5; fold += 1) {
  const weights = rawWeights(
    trainLogistic(standardised(raw.filter((example) => group.get(example.org) !== fold)), training),
  );
  const model = { weights, threshold: 0.5 };
  raw.forEach((example, i) => {
    if (group.get(example.org) === fold) scored[i] = probability(model, example.features);
  });
}
const refusedByRules = raw.filter((example) => !example.byRules);
const rulesFalse = refusedByRules.filter((example) => !example.positive).length;
const rulesCaught = refusedByRules.filter((example) => example.positive).length;
let threshold = 0.95;
for (let t = 0.95; t >= 0.299; t -= 0.05) {
  const falseAbstentions = raw.filter((example, i) => !example.positive && scored[i]! >= t).length;
  if (falseAbstentions <= rulesFalse) threshold = Number(t.toFixed(2));
}
const caught = raw.filter((example, i) => example.positive && scored[i]! >= threshold).length;
const falseAbstentions = raw.filter((example, i) => !example.positive && scored[i]! >= threshold).length;

const weights = rawWeights(trainLogistic(standardised(raw), training));
const positives = raw.filter((example) => example.positive).length;
writeFileSync(
  path.join(root, 'src', 'core', 'policy', 'answer-gate-model.ts'),
  modelModule({
    importLine: "import type { LogisticModel } from './logistic-model.ts';",
    doc: [
      `The answer gate, written by scripts/train-answer-gate.ts (npm run train:gate): ${raw.length}`,
      `questions of the sets tuned on (${positives} out of scope), threshold ${threshold} chosen by`,
      'cross-validation over groups of organisations. Do not edit by hand; retrain.',
    ],
    exportName: 'answerGateModel',
    typeName: 'LogisticModel',
    threshold,
    weights,
  }),
);
process.stdout.write(
  `${raw.length} questions (${positives} out of scope) from ${files.length} sets of ${orgs.length} organisations.\n` +
    `Hand-set thresholds: ${rulesCaught} out-of-scope refused, ${rulesFalse} answerable refused.\n` +
    `Gate, cross-validated at ${threshold}: ${caught} out-of-scope refused, ${falseAbstentions} answerable refused.\n` +
    `Wrote src/core/policy/answer-gate-model.ts.\n`,
);
