/**
 * Answer benchmark: corpus load and index build, answer latency over 1,000+ questions on the real
 * corpus and on a generated corpus of 10,000 clauses, and peak RSS. Prints one JSON object.
 * Usage: npm run bench [-- --questions N --clauses N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { createAnswerer } from '../src/adapters/answerer.ts';
import { loadCorpus } from '../src/adapters/policy-files.ts';
import { defaultPoliciesDir, projectRoot } from '../src/cli/cli-support.ts';
import type { PolicyAnswerer } from '../src/core/policy/answer.ts';
import { buildCorpus, type Corpus, type OrganisationSource } from '../src/core/policy/corpus.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`Times corpus load and index build, answer latency (p50 / p99) over many questions on the real
corpus and on a generated corpus of 10,000 clauses, and peak RSS. Prints one JSON object.

usage: npm run bench [-- --questions 1200 --clauses 10000]
`);
  process.exit(0);
}

const { values } = parseArgs({
  options: { questions: { type: 'string', default: '1200' }, clauses: { type: 'string', default: '10000' } },
});
const questionCount = Number(values.questions);
const clauseCount = Number(values.clauses);

/** A small deterministic PRNG so every run measures the same questions and corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** Real questions from both question files, then staff-style variations and word mixes up to `count`. */
const realQuestions = ['test/fixtures/dev-questions.jsonl', 'test/fixtures/staff-questions.jsonl'].flatMap((file) =>
  readFileSync(path.join(projectRoot, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { org: string; q: string }),
);

function questions(count: number, vocabulary: string[], seed = 7): { org: string; q: string }[] {
  const base = realQuestions;
  const next = random(seed);
  const starts = [
    'Can I',
    'Am I allowed to',
    'Should I',
    'Is it ok to',
    'What does the policy say about',
    'Do I need permission to',
  ];
  const out = [...base];
  while (out.length < count) {
    const pick = base[Math.floor(next() * base.length)]!;
    if (next() < 0.5) {
      out.push({ org: pick.org, q: `quick one - ${pick.q.toLowerCase()} thanks` });
    } else {
      const words = Array.from(
        { length: 3 + Math.floor(next() * 4) },
        () => vocabulary[Math.floor(next() * vocabulary.length)]!,
      );
      out.push({ org: pick.org, q: `${starts[Math.floor(next() * starts.length)]} ${words.join(' ')}?` });
    }
  }
  return out.slice(0, count);
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    questions: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1]!),
  };
}

/**
 * Times the answer path and plain MiniSearch on the same questions, in the same run: both first
 * warmed on other questions (a running bot has compiled its code and filled its word caches), then
 * each question timed on both in turn, in alternating order, so that a pause of the machine falls
 * on both alike rather than on whichever ran first. Then the answer path alone, as the bot runs
 * it: beside MiniSearch on 10,000 clauses (12 ms and megabytes of garbage a search) the answers
 * also pay for collecting MiniSearch's garbage, which doubles their p99 there.
 */
function timeBoth(
  asked: { org: string; q: string }[],
  warm: { org: string; q: string }[],
  answer: (org: string, q: string) => void,
  plain: (org: string, q: string) => void,
) {
  for (const { org, q } of warm) {
    answer(org, q);
    plain(org, q);
  }
  /** How long one run takes on one question, in ms. */
  const timed = (run: (org: string, q: string) => void, org: string, q: string): number => {
    const start = performance.now();
    run(org, q);
    return performance.now() - start;
  };
  const answers: number[] = [];
  const plains: number[] = [];
  asked.forEach(({ org, q }, i) => {
    if (i % 2 === 0) {
      answers.push(timed(answer, org, q));
      plains.push(timed(plain, org, q));
    } else {
      plains.push(timed(plain, org, q));
      answers.push(timed(answer, org, q));
    }
  });
  const alone = asked.map(({ org, q }) => timed(answer, org, q));
  return { answers: stats(answers), plain: stats(plains), alone: stats(alone) };
}

/** Plain MiniSearch with default options over the same clauses: the baseline the answer path is held to (within 3x). */
function plainMiniSearch(corpus: Corpus): (org: string, q: string) => void {
  const indexes = new Map<string, MiniSearch>();
  for (const [slug, org] of corpus.organisations) {
    const index = new MiniSearch({ fields: ['text'] });
    index.addAll(org.clauses.map((clause) => ({ id: clause.id, text: clause.text })));
    indexes.set(slug, index);
  }
  return (org, q) => indexes.get(org)!.search(q);
}

function measure(
  answerer: PolicyAnswerer,
  corpus: Corpus,
  asked: { org: string; q: string }[],
  warm: { org: string; q: string }[],
) {
  const now = new Date();
  return timeBoth(asked, warm, (org, q) => answerer.answer(org, q, now), plainMiniSearch(corpus));
}

/** A generated organisation: `clauses` numbered clauses made from the real corpus's sentences, reshuffled. */
function generatedSource(corpus: Corpus, clauses: number): OrganisationSource {
  const sentences = [...corpus.organisations.values()].flatMap((org) =>
    org.clauses.filter((c) => c.kind === 'clause').flatMap((c) => c.text.split(/(?<=\.)\s+/)),
  );
  const next = random(11);
  const perDocument = 500;
  const documents = Array.from({ length: Math.ceil(clauses / perDocument) }, (_, d) => {
    const body: string[] = [];
    for (let c = 0; c < Math.min(perDocument, clauses - d * perDocument); c++) {
      if (c % 25 === 0)
        body.push(
          `\n## ${c / 25 + 1}. SECTION ${sentences[Math.floor(next() * sentences.length)]!.split(' ').slice(0, 3).join(' ')}\n`,
        );
      const text = Array.from(
        { length: 1 + Math.floor(next() * 3) },
        () => sentences[Math.floor(next() * sentences.length)]!,
      ).join(' ');
      body.push(`${Math.floor(c / 25) + 1}.${(c % 25) + 1} ${text}\n`);
    }
    const text = `---\nid: generated-${d}\ntitle: Generated Policy ${d}\norganisation: generated\nsource: generated\nnumbering: numbered\n---\n${body.join('\n')}`;
    return { file: `generated/policy-${d}.md`, text };
  });
  const organisation = readFileSync(path.join(defaultPoliciesDir, 'worknlearn/organisation.yaml'), 'utf8')
    .replace(/^slug: .*$/m, 'slug: generated')
    .replace(/^flows:[\s\S]*$/m, 'flows: []\n')
    .replace(/clauses:\n(\s+- \{[^\n]*\n)+/g, 'clauses: []\n');
  return { slug: 'generated', organisation: { file: 'generated/organisation.yaml', text: organisation }, documents };
}

const loadStart = performance.now();
const corpus = await loadCorpus(defaultPoliciesDir);
const loadMs = performance.now() - loadStart;
const buildStart = performance.now();
const answerer = createAnswerer(corpus);
const buildMs = performance.now() - buildStart;
const vocabulary = [
  ...new Set(
    [...corpus.organisations.values()].flatMap((org) =>
      org.clauses.flatMap((c) => c.text.toLowerCase().match(/[a-z]{4,}/g) ?? []),
    ),
  ),
];
const asked = questions(questionCount, vocabulary);
// Warm-up questions made the same way from another seed, less the real ones the timed set starts with.
const warm = questions(questionCount + realQuestions.length, vocabulary, 8).slice(realQuestions.length);
const { answers: real, plain: realPlain, alone: realAlone } = measure(answerer, corpus, asked, warm);

const source = generatedSource(corpus, clauseCount);
const parseStart = performance.now();
const generated = buildCorpus([source]);
const parseMs = performance.now() - parseStart;
if (!generated.ok)
  throw new Error(
    `generated corpus failed to load: ${generated.problems
      .slice(0, 3)
      .map((p) => p.message)
      .join('; ')}`,
  );
const indexStart = performance.now();
const bigAnswerer = createAnswerer(generated.corpus);
const indexMs = performance.now() - indexStart;
const bigAsked = asked.map((question) => ({ ...question, org: 'generated' }));
const bigWarm = warm.map((question) => ({ ...question, org: 'generated' }));
const { answers: big, plain: bigPlain, alone: bigAlone } = measure(bigAnswerer, generated.corpus, bigAsked, bigWarm);
const indexedClauses = generated.corpus.organisations.get('generated')!.clauses.length;

process.stdout.write(
  `${JSON.stringify(
    {
      realCorpus: {
        organisations: corpus.organisations.size,
        clauses: [...corpus.organisations.values()].reduce((sum, org) => sum + org.clauses.length, 0),
        loadMs: round(loadMs, 1),
        indexBuildMs: round(buildMs, 1),
        answers: real,
        plainMiniSearch: realPlain,
        answersAlone: realAlone,
        p99VersusPlain: round(real.p99Ms / realPlain.p99Ms, 2),
      },
      generatedCorpus: {
        clauses: indexedClauses,
        parseMs: round(parseMs, 1),
        indexBuildMs: round(indexMs, 1),
        answers: big,
        plainMiniSearch: bigPlain,
        answersAlone: bigAlone,
        p99VersusPlain: round(big.p99Ms / bigPlain.p99Ms, 2),
      },
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      targets: { p99VersusPlain: 3, generatedP99Ms: 10, generatedIndexBuildMs: 1500 },
      node: process.version,
    },
    null,
    2,
  )}\n`,
);
