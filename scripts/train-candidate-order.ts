/**
 * Trains the learned order of the candidates (`src/core/policy/candidate-order.ts`): a pairwise
 * logistic model over general measures of how a candidate sentence matches a question (the hand
 * ranking's score, BM25, coverage, closeness in meaning, how each question word is met by its
 * words, where it sits, whom it is about, its own share of the question, its length, the act's
 * words it holds), telling the candidate that holds a question's expected clause from one that
 * does not. Writes src/core/policy/candidate-order-model.ts. Deterministic: the same data and code
 * give the same file.
 *
 *   npm run train:rank
 *
 * Trained only on the question sets tuned on (`tuned-sets.ts`); every set kept aside measures it
 * unseen. Its features depend on the ranking: retrain after changing it. It prints the top-1 and
 * top-3 of the hand order and of the learned one, cross-validated over five groups of
 * organisations (each organisation's questions ordered by a model trained without them), for the
 * five organisations of `policies/` and for the others apart.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnswerer } from '../src/adapters/answerer.ts';
import { normaliseForMatch, readEvalFile } from '../src/cli/eval.ts';
import { defaultAnswerOptions } from '../src/core/policy/answer.ts';
import { type CandidateOrderModel, orderScore } from '../src/core/policy/candidate-order.ts';
import { modelModule, trainPairwise } from './logistic.ts';
import { root, trainingFiles, trainingOrganisations } from './tuned-sets.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`Trains the learned order of the candidates on the question sets tuned on and writes src/core/policy/candidate-order-model.ts.

usage: npm run train:rank
`);
  process.exit(0);
}

const files = trainingFiles();
const { organisations, own: ownOrganisations } = await trainingOrganisations();

/** How far down the hand order a candidate is looked at: the shortlist the answer cites from. */
const DEPTH = 10;
/** The answer path's cut-offs: the share of the best rank the first few cited need, and the rest. */
const { shortlist, relativeCutoff, maxCitations } = defaultAnswerOptions;
const CITED_FIRST = Math.log(shortlist.cutoff);
const CITED_LATER = Math.log(relativeCutoff);

/** One question's candidates, in the hand order, and which hold its expected clause. */
interface Question {
  readonly org: string;
  readonly candidates: ReadonlyArray<{ readonly features: ReadonlyMap<string, number>; readonly relevant: boolean }>;
}

const seen: { candidates?: Question['candidates'] | undefined; snippets: string[] } = { snippets: [] };
const answerer = createAnswerer(
  { organisations },
  {
    orderObserver: (candidates) => {
      seen.candidates = candidates.slice(0, DEPTH).map(({ clause, features }) => {
        const text = normaliseForMatch(clause.text);
        return { features, relevant: seen.snippets.some((snippet) => text.includes(snippet)) };
      });
    },
  },
);
const now = new Date('2026-12-05T12:00:00Z');
const questions: Question[] = [];
for (const file of files) {
  for (const line of await readEvalFile(file)) {
    if (line.concern !== undefined || line.abstain || !line.expect?.length) continue;
    seen.candidates = undefined;
    seen.snippets = line.expect.map(normaliseForMatch);
    answerer.answer(line.org, line.q, now);
    // (Set by the observer during the call above.)
    const candidates = seen.candidates as Question['candidates'] | undefined;
    if (candidates?.some((c) => c.relevant)) questions.push({ org: line.org, candidates });
  }
}

const names = [...new Set(questions.flatMap((q) => q.candidates.flatMap((c) => [...c.features.keys()])))].sort();
/** Each feature's spread over the candidates, so the model trains on values of like size. */
const spread = new Map(
  names.map((name) => {
    const values = questions.flatMap((q) => q.candidates.map((c) => c.features.get(name) ?? 0));
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return [name, Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length) || 1] as const;
  }),
);

/**
 * Every pair of a relevant and an irrelevant candidate of a question: the difference of their
 * features, each over its spread. The model reads the relevant one first when its weights times
 * the difference are positive; the pair both ways round would teach the same.
 */
function pairs(of: readonly Question[]): Float64Array[] {
  const differences: Float64Array[] = [];
  for (const { candidates } of of) {
    for (const good of candidates.filter((c) => c.relevant)) {
      for (const bad of candidates.filter((c) => !c.relevant)) {
        differences.push(
          Float64Array.from(
            names,
            (name) => ((good.features.get(name) ?? 0) - (bad.features.get(name) ?? 0)) / spread.get(name)!,
          ),
        );
      }
    }
  }
  return differences;
}

const training = { l2: 0.01, epochs: 1500, rate: 1 };
function train(of: readonly Question[]): CandidateOrderModel {
  const w = trainPairwise(pairs(of), names.length, training);
  return {
    weights: Object.fromEntries(
      names
        .map((name, k) => [name, Number((w[k]! / spread.get(name)!).toFixed(4))] as const)
        .filter(([, weight]) => weight !== 0),
    ),
  };
}

/** Where the first relevant candidate lands among those cited, in an order (-1: not cited), as the answer path cites. */
function citedRank(order: Question['candidates']): number {
  const cited: Question['candidates'][number][] = [];
  for (const c of order) {
    if (cited.length === maxCitations) break;
    if ((c.features.get('hand') ?? 0) >= (cited.length < shortlist.size ? CITED_FIRST : CITED_LATER)) cited.push(c);
  }
  return cited.findIndex((c) => c.relevant);
}

const orgs = [...new Set(questions.map((q) => q.org))].sort();
const group = new Map(orgs.map((org, i) => [org, i % 5]));
const tally = {
  own: { n: 0, hand1: 0, hand3: 0, learned1: 0, learned3: 0 },
  other: { n: 0, hand1: 0, hand3: 0, learned1: 0, learned3: 0 },
};
for (let fold = 0; fold < 5; fold += 1) {
  const model = train(questions.filter((q) => group.get(q.org) !== fold));
  for (const question of questions.filter((q) => group.get(q.org) === fold)) {
    const t = ownOrganisations.has(question.org) ? tally.own : tally.other;
    const learned = question.candidates
      .map((c, i) => ({ c, i, z: orderScore(model, c.features) }))
      .sort((a, b) => b.z - a.z || a.i - b.i)
      .map(({ c }) => c);
    const hand = citedRank(question.candidates);
    const mine = citedRank(learned);
    t.n += 1;
    if (hand === 0) t.hand1 += 1;
    if (hand >= 0 && hand < 3) t.hand3 += 1;
    if (mine === 0) t.learned1 += 1;
    if (mine >= 0 && mine < 3) t.learned3 += 1;
  }
}

const model = train(questions);
writeFileSync(
  path.join(root, 'src', 'core', 'policy', 'candidate-order-model.ts'),
  modelModule({
    importLine: "import type { CandidateOrderModel } from './candidate-order.ts';",
    doc: [
      `The learned order of the candidates, written by scripts/train-candidate-order.ts (npm run`,
      `train:rank) from ${questions.length} questions of the sets tuned on whose expected clause is among`,
      `their first ${DEPTH} candidates. Do not edit by hand; retrain.`,
    ],
    exportName: 'candidateOrderModel',
    typeName: 'CandidateOrderModel',
    weights: model.weights,
  }),
);
const line = (label: string, t: typeof tally.own): string =>
  `${label}: ${t.n} questions; top-1 hand ${t.hand1} -> learned ${t.learned1}, top-3 hand ${t.hand3} -> learned ${t.learned3}\n`;
process.stdout.write(
  `${questions.length} questions from ${files.length} sets of ${orgs.length} organisations (expected clause among the first ${DEPTH} candidates).\n` +
    'Cross-validated over five groups of organisations:\n' +
    line('  the five organisations of policies/', tally.own) +
    line('  the others', tally.other) +
    'Wrote src/core/policy/candidate-order-model.ts.\n',
);
