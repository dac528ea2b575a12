/**
 * Trains the learned part of the concern detector: a logistic model over the whole message (word
 * stems, word pairs and what the rules read), which adds the concerns the rules miss as "possible".
 * Writes src/core/policy/concern/concern-model.ts. Deterministic: the same data gives the same file.
 *
 *   npm run train:concerns
 *
 * The model shipped was trained at commit 041bf97, before the immediate-danger cues of 596bd70.
 * Retrained after them (cross-validated false alarms 15.8% -> 13.9% at 99% recall, threshold 0.27)
 * it lost four concerns kept aside and raised no fewer false alarms there, so it was not kept: a
 * retrain moves a few borderline messages either way, and each one must be judged on the sets kept
 * aside before it ships.
 *
 * Trained on the tune, check and the six fresh tune concern sets, three training-only sets written
 * from guidance (test/fixtures/training: everyday chat about young people beside concerns in the
 * same style, twice, and subtle concerns beside their ordinary near twins) and, as ordinary
 * messages, the staff questions of the answer sets that are not kept aside. Never on
 * concerns-final.jsonl, concerns-heldout.jsonl, the fresh final sets, five-orgs-final.jsonl,
 * five-orgs-fresh.jsonl, the fresh final halves of the five organisations' questions or the
 * final organisations' questions: those score the result.
 *
 * The threshold is chosen by 5-fold cross-validation, recall first: the highest at which the model
 * and the rules together still find 99% of the concerns the model never saw (a missed disclosure is
 * the worse failure); the false alarms at that threshold are printed. The weights are regularised
 * lightly (L2 0.001, 600 epochs): compared on the same cross-validated pool (the training data of
 * the sixth round, extra data only ever in the training folds), at 99% recall the sixth round's
 * model (L2 0.01, 300 epochs) raised 21.2% false alarms, this one with the extra data 14.4%.
 * Tried in the seventh round, not kept: a false-alarm budget instead (16% before; at 10%, threshold
 * 0.5, recall fell to 91.7% on a set kept aside and one concern got no answer).
 * Tried in the eighth session, not kept: adding the three training sets written then
 * (concerns-train-medpeer, -ordinary2, -kinds; cross-validated 99.0% recall at 0.27, 13.6% false
 * alarms on the larger pool): it cleared a false alarm on one set kept aside and raised one on
 * another, but lost a concern on each of two (concerns-final, concerns-heldout; seen as counts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { concernFeatures } from '../src/core/policy/concern/concern-features.ts';
import { readConcern } from '../src/core/policy/concern/detect-concern.ts';
import { crossValidated, type LabelledExample, modelModule, trainLogistic } from './logistic.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  // Before anything else: a run rewrites src/core/policy/concern/concern-model.ts.
  process.stdout.write(`Trains the learned part of the concern detector on the tune, check and the six fresh
tune concern sets, the training-only sets in test/fixtures/training and the staff questions not
kept aside, picks the threshold by 5-fold cross-validation (recall first: at least 99% of the
concerns it never saw are found), prints the false alarms at that threshold, and rewrites
src/core/policy/concern/concern-model.ts.

usage: npm run train:concerns
`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const concernFiles = [
  'test/fixtures/unseen/concerns-tune.jsonl',
  'test/fixtures/unseen/concerns-check.jsonl',
  'test/fixtures/unseen/concerns-fresh-tune.jsonl',
  'test/fixtures/unseen/concerns-fresh2-tune.jsonl',
  'test/fixtures/unseen/concerns-fresh3-tune.jsonl',
  'test/fixtures/unseen/concerns-fresh4-tune.jsonl',
  'test/fixtures/unseen/concerns-fresh5-tune.jsonl',
  'test/fixtures/unseen/concerns-fresh6-tune.jsonl',
  // Training only, never scored: everyday chat about young people beside concerns in the same style.
  'test/fixtures/training/concerns-train-everyday.jsonl',
  'test/fixtures/training/concerns-train-subtle.jsonl',
  // Training only: everyday chat beside near-twin concerns (seventh round).
  'test/fixtures/training/concerns-train-everyday2.jsonl',
];
const ordinaryFiles = [
  'test/fixtures/unseen/five-orgs-tune.jsonl',
  'test/fixtures/unseen/five-orgs-fresh2-tune.jsonl',
  'test/fixtures/unseen/wilpshire-wanderers-questions.jsonl',
  'test/fixtures/dev-questions.jsonl',
  'test/fixtures/staff-questions.jsonl',
];
const minRecall = 0.99;
const l2 = 0.001;
const epochs = 600;
const rate = 0.5;

interface Example extends LabelledExample {
  readonly rules: boolean;
}

function lines(file: string): Array<{ q: string; concern?: boolean }> {
  return readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { q: string; concern?: boolean });
}

function example(q: string, concern: boolean): Example {
  const reading = readConcern(q);
  return { features: concernFeatures(reading.normalised, reading), positive: concern, rules: reading.level !== 'none' };
}

const examples: Example[] = [
  ...concernFiles.flatMap((file) => lines(file).map((line) => example(line.q, line.concern === true))),
  // Staff questions of the answer sets are ordinary messages, except the few the rules read as a
  // concern: those are concerns in substance ("a little girl just told me her uncle hurts her…").
  ...ordinaryFiles.flatMap((file) =>
    lines(file)
      .map((line) => example(line.q, false))
      .filter((e) => !e.rules),
  ),
];

// 5-fold cross-validation: the probability each example gets from a model that never saw it.
const options = { l2, epochs, rate };
const scored = crossValidated(examples, 5, options);
const ordinary = scored.filter((s) => !s.example.positive);
const concerns = scored.filter((s) => s.example.positive);
// Recall first: the highest threshold at which the model, with the rules, still finds 99% of the
// concerns it never saw.
let threshold = 0.01;
for (let t = 0.01; t <= 0.99; t += 0.01) {
  const found = concerns.filter((s) => s.example.rules || s.p >= t).length / concerns.length;
  if (found < minRecall) break;
  threshold = Number(t.toFixed(2));
}
const recall = concerns.filter((s) => s.example.rules || s.p >= threshold).length / concerns.length;
const rulesRecall = concerns.filter((s) => s.example.rules).length / concerns.length;
const alarms = ordinary.filter((s) => s.example.rules || s.p >= threshold).length / ordinary.length;
process.stderr.write(
  `${examples.length} examples (${concerns.length} concerns); cross-validated: rules alone recall ${(100 * rulesRecall).toFixed(1)}%, with the model ${(100 * recall).toFixed(1)}% at threshold ${threshold}, false alarms ${(100 * alarms).toFixed(1)}%\n`,
);

const weights = trainLogistic(examples, options);
const out = modelModule({
  importLine: "import type { ConcernModel } from './concern-features.ts';",
  doc: [
    'The learned part of the concern detector, written by scripts/train-concern-model.ts (npm run',
    `train:concerns): ${examples.length} training messages, ${Object.keys(weights).length} weights, threshold chosen by 5-fold`,
    `cross-validation for at least ${100 * minRecall}% recall. Do not edit by hand; retrain.`,
  ],
  exportName: 'concernModel',
  typeName: 'ConcernModel',
  threshold,
  weights,
});
writeFileSync(path.join(root, 'src/core/policy/concern/concern-model.ts'), out);
process.stderr.write(`wrote src/core/policy/concern/concern-model.ts (${Object.keys(weights).length} weights)\n`);
