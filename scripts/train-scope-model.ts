/**
 * Trains the learned scope model: a logistic model over a staff question's words and meaning (its
 * words' vectors from the shared word-vector table, see scope-features.ts) that tells the
 * questions safeguarding and conduct policies answer from the ones they do not (pay, leave,
 * expenses, parking, passwords, bookings, orders, fixtures…). The answerer refuses a question the
 * model reads as such unless a clause matches it strongly. Writes src/core/policy/scope-model.ts.
 * Deterministic: the same data gives the same file.
 *
 *   npm run train:scope
 *
 * Trained only on test/fixtures/training/scope-train.jsonl: 400 questions written from general
 * knowledge by a helper who saw no policy, code or test set, half that such policies cover and half
 * that they do not, worded to be hard to tell apart ("can i claim mileage for driving kids to the
 * gala?"). No answer set is used, so every answer set measures it unseen. On a second such set
 * written later by another helper (scope-train2.jsonl, 500 questions, never trained on) it catches
 * 76.8% of the out-of-scope questions and reads 2.4% of the policy questions as out of scope (at its
 * threshold, 0.72); with its words alone it caught 40.0% and read 1.2% (at 0.79), 62.4% and 4.8% at
 * the answerer's 0.7.
 *
 * Tried, not kept (fifteenth session, with meaning):
 * - training on this set and scope-train2.jsonl (900 questions, threshold 0.82): on
 *   scope-train3.jsonl, never trained on, at 0.7 it caught 82.5% of the out-of-scope questions for
 *   3.8% of the policy ones misread (this model: 82.0%, 5.3%), but on the tune answer sets it
 *   refused 8 fewer out-of-scope questions (148 -> 140 of 180) for no fewer false abstentions;
 * - training on this set and scope-train3.jsonl (800 more, by a third helper, across many kinds of
 *   organisation; 1,200 questions, threshold 0.83): on scope-train2 at 0.7 it caught 78.0% for 3.2%
 *   of the policy questions misread (this model: 78.4%, 2.4%), and on the tune answer sets it
 *   refused no more out-of-scope questions and one more answerable one.
 * Tried, not kept (with words alone): training on both of the first two sets (900 questions;
 * cross-validated 47.1% caught at 0.9%, threshold 0.79) refused fewer out-of-scope questions on two
 * tune sets (fresh 5 tune half 20% -> 0%, the staff questions 83% -> 67%) and more on none.
 *
 * The threshold is chosen by 5-fold cross-validation: the lowest at which at most 1% of the policy
 * questions the model never saw are read as out of scope (refusing a question the policies answer
 * is the worse failure).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedWordVectors } from '../src/adapters/word-vectors-file.ts';
import { scopeFeatures } from '../src/core/policy/scope-features.ts';
import {
  crossValidated,
  type LabelledExample,
  lowestThresholdWithin,
  modelModule,
  shareAtOrAbove,
  trainLogistic,
} from './logistic.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  // Before anything else: a run rewrites src/core/policy/scope-model.ts.
  process.stdout.write(`Trains the learned scope model on test/fixtures/training/scope-train.jsonl (staff questions
safeguarding policies cover, and admin questions they do not), picks the threshold by 5-fold
cross-validation (the lowest at which at most 1% of the policy questions are read as out of
scope), prints what it catches there, and rewrites src/core/policy/scope-model.ts.

usage: npm run train:scope
`);
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, '..');
const maxRefused = 0.01;
const options = { l2: 0.01, epochs: 300, rate: 0.5 };

// The answerer reads a question's meaning through the shared word vectors: the model learns it through them too.
const vectors = sharedWordVectors();
const examples: LabelledExample[] = readFileSync(path.join(root, 'test/fixtures/training/scope-train.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { q: string; scope: 'policy' | 'admin' })
  .map((line) => ({ features: scopeFeatures(line.q, vectors), positive: line.scope === 'admin' }));

const scored = crossValidated(examples, 5, options);
const admin = scored.filter((s) => s.example.positive);
const policy = scored.filter((s) => !s.example.positive);
const threshold = lowestThresholdWithin(policy, maxRefused);
process.stderr.write(
  `${examples.length} questions; cross-validated at threshold ${threshold}: ${(100 * shareAtOrAbove(admin, threshold)).toFixed(1)}% of the out-of-scope questions caught, ${(100 * shareAtOrAbove(policy, threshold)).toFixed(1)}% of the policy questions read as out of scope\n`,
);

const weights = trainLogistic(examples, options);
const out = modelModule({
  importLine: "import type { LogisticModel } from './logistic-model.ts';",
  doc: [
    'The learned scope model, written by scripts/train-scope-model.ts (npm run train:scope):',
    `${examples.length} questions, ${Object.keys(weights).length} weights, threshold chosen by 5-fold cross-validation (at most`,
    `${100 * maxRefused}% of the policy questions read as out of scope). Do not edit by hand; retrain.`,
  ],
  exportName: 'scopeModel',
  typeName: 'LogisticModel',
  threshold,
  weights,
});
writeFileSync(path.join(root, 'src/core/policy/scope-model.ts'), out);
process.stderr.write(`wrote src/core/policy/scope-model.ts (${Object.keys(weights).length} weights)\n`);
