/**
 * Compares two answer dumps (`npm run answers:dump`), before and after a change, over the questions
 * both hold: each side's top-1, top-3, refusals, false abstentions, verdicts and dangerous
 * "allowed", and with --moved the questions whose verdict or expected clause's place changed.
 *
 *   npm run answers:compare -- before.tsv after.tsv [--moved] [--side tuned|aside]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AnswerRow, compareRows, formatChange, parseRows } from './answer-rows.ts';

const usage = 'usage: npm run answers:compare -- BEFORE.tsv AFTER.tsv [--moved] [--side tuned|aside]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { moved: { type: 'boolean' }, side: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write(`Compares two answer dumps over the questions both hold, side by side (tuned, aside).

${usage}
`);
  process.exit(0);
}
if (positionals.length !== 2 || (values.side && values.side !== 'tuned' && values.side !== 'aside')) {
  process.stderr.write(`answers:compare: two dump files are needed, and --side is tuned or aside\n${usage}\n`);
  process.exit(2);
}

function read(file: string): AnswerRow[] {
  try {
    return parseRows(readFileSync(file, 'utf8'), file);
  } catch (error) {
    process.stderr.write(`answers:compare: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

const comparison = compareRows(read(positionals[0]!), read(positionals[1]!));
for (const { side, before, after } of comparison.sides) {
  if (!values.side || values.side === side) process.stdout.write(`${side}: ${formatChange(before, after)}\n`);
}
if (values.moved) {
  for (const { before, after } of comparison.moved) {
    if (values.side && before.side !== values.side) continue;
    process.stdout.write(
      `${before.side} | ${before.file} | ${before.question} | expected ${before.expected || '-'} | ${before.verdict} -> ${after.verdict}, clause at ${before.rank} -> ${after.rank} | ${after.text.slice(0, 100)}\n`,
    );
  }
}
