/**
 * Answers every question of the answer sets (test/fixtures/unseen, the staff and dev questions) with
 * the code as it stands and writes one row per question (`answer-rows.ts`), for comparing a change
 * against the code before it with `npm run answers:compare`.
 *
 *   npm run answers:dump -- --out before.tsv [--files REGEX]
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerer } from '../src/adapters/answerer.ts';
import { loadCorpora } from '../src/adapters/policy-files.ts';
import { answerOutcome, readEvalFile } from '../src/cli/eval.ts';
import { type AnswerRow, formatRows } from './answer-rows.ts';
import { root, tuned } from './tuned-sets.ts';

const usage = 'usage: npm run answers:dump -- --out FILE.tsv [--files REGEX]';
const { values } = parseArgs({
  options: { out: { type: 'string' }, files: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write(`Answers every question of the answer sets and writes one row per question (tab-separated), to
compare with another dump (npm run answers:compare). --files keeps the sets whose file name
matches a regular expression.

${usage}
`);
  process.exit(0);
}
if (!values.out) {
  process.stderr.write(`answers:dump: --out is required\n${usage}\n`);
  process.exit(2);
}
let only: RegExp;
try {
  only = new RegExp(values.files ?? '');
} catch (error) {
  process.stderr.write(`answers:dump: --files is not a regular expression: ${(error as Error).message}\n`);
  process.exit(2);
}

const unseen = path.join(root, 'test', 'fixtures', 'unseen');
const files = [
  ...readdirSync(unseen)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => path.join(unseen, file)),
  path.join(root, 'test', 'fixtures', 'staff-questions.jsonl'),
  path.join(root, 'test', 'fixtures', 'dev-questions.jsonl'),
]
  .filter((file) => only.test(path.basename(file)))
  .sort();
const answerer = createAnswerer(
  await loadCorpora([path.join(root, 'policies'), path.join(root, 'test', 'fixtures', 'unseen-policies')]),
);
// The date the floors are scored on, so review dates read alike from run to run.
const now = new Date('2026-12-02T12:00:00Z');
const rows: AnswerRow[] = [];
for (const [i, file] of files.entries()) {
  const name = path.basename(file);
  // The staff and dev questions were tuned on from the start.
  const side = tuned(name) || name === 'staff-questions.jsonl' || name === 'dev-questions.jsonl' ? 'tuned' : 'aside';
  for (const question of await readEvalFile(file)) {
    if (question.concern !== undefined) continue;
    const answer = answerer.answer(question.org, question.q, now);
    const { verdict, rank } = answerOutcome(question, answer);
    rows.push({
      file: name,
      side,
      org: question.org,
      question: question.q,
      expected: question.abstain ? 'out-of-scope' : (question.verdict ?? ''),
      verdict,
      rank,
      clause: answer.citations[0]?.clause ?? '',
      text: answer.citations[0]?.text ?? '',
    });
  }
  if ((i + 1) % 50 === 0) process.stderr.write(`answers:dump: ${i + 1} of ${files.length} sets\n`);
}
writeFileSync(values.out, formatRows(rows));
process.stderr.write(`answers:dump: ${rows.length} questions of ${files.length} sets written to ${values.out}\n`);
