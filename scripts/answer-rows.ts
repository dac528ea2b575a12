import { scoreOutcome } from '../src/cli/eval.ts';

/**
 * One row per question of the answer sets, as a change is judged on them (docs/answers.md, "How it
 * was judged"): which set and side it belongs to, what was expected, what the answer gave. Two
 * dumps, before and after a change, are compared side by side (`npm run answers:compare`), so a
 * round's probe and its judging run read the same measures as `npm run eval` scores.
 */

/** Whether a set is tuned on or kept aside (`tuned-sets.ts`). */
export type Side = 'tuned' | 'aside';

/** One question's answer, as scored. */
export interface AnswerRow {
  readonly file: string;
  readonly side: Side;
  readonly org: string;
  readonly question: string;
  /** The expected verdict, "" for none, or "out-of-scope" for a question the policies do not answer. */
  readonly expected: string;
  /** The verdict scored (`answerOutcome`). */
  readonly verdict: string;
  /** Where the expected clause stands among the citations (0 first), or -1. */
  readonly rank: number;
  /** The first citation's clause label and text, or "". */
  readonly clause: string;
  readonly text: string;
}

const COLUMNS = ['file', 'side', 'org', 'question', 'expected', 'verdict', 'rank', 'clause', 'text'] as const;

/** Rows as tab-separated lines under a header; tabs and line breaks inside a field become spaces. */
export function formatRows(rows: readonly AnswerRow[]): string {
  const field = (value: string | number): string => String(value).replace(/[\t\r\n]+/g, ' ');
  return `${[COLUMNS.join('\t'), ...rows.map((row) => COLUMNS.map((column) => field(row[column])).join('\t'))].join('\n')}\n`;
}

/** Rows read back from `formatRows`' output; `where` names the file in an error. */
export function parseRows(text: string, where: string): AnswerRow[] {
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  if (header !== COLUMNS.join('\t')) throw new Error(`${where}: not an answer dump (its first line is not the header)`);
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length)
      throw new Error(`${where}:${i + 2}: ${cells.length} fields, ${COLUMNS.length} expected`);
    const [file, side, org, question, expected, verdict, rank, clause, text] = cells as [string, ...string[]];
    if (side !== 'tuned' && side !== 'aside')
      throw new Error(`${where}:${i + 2}: side "${side}" is not tuned or aside`);
    return { file, side, org, question, expected, verdict, rank: Number(rank), clause, text } as AnswerRow;
  });
}

/** The measures `npm run eval` reports, counted over some rows. */
export interface Tally {
  answerable: number;
  top1: number;
  top3: number;
  outOfScope: number;
  refused: number;
  falseAbstentions: number;
  verdictQuestions: number;
  verdictsRight: number;
  dangerous: number;
}

/** Counts rows as `npm run eval` scores them (`scoreOutcome`). */
export function tally(rows: readonly AnswerRow[]): Tally {
  const t: Tally = {
    answerable: 0,
    top1: 0,
    top3: 0,
    outOfScope: 0,
    refused: 0,
    falseAbstentions: 0,
    verdictQuestions: 0,
    verdictsRight: 0,
    dangerous: 0,
  };
  for (const row of rows) {
    const score = scoreOutcome(
      {
        abstain: row.expected === 'out-of-scope',
        verdict: row.expected === 'out-of-scope' ? undefined : row.expected || undefined,
      },
      row,
    );
    if (score.outOfScope) t.outOfScope += 1;
    else t.answerable += 1;
    if (score.refused) t.refused += 1;
    if (score.falseAbstention) t.falseAbstentions += 1;
    if (score.top1) t.top1 += 1;
    if (score.top3) t.top3 += 1;
    if (score.verdictQuestion) t.verdictQuestions += 1;
    if (score.verdictRight) t.verdictsRight += 1;
    if (score.dangerous) t.dangerous += 1;
  }
  return t;
}

/** Two dumps compared over the questions both hold: each side's tally before and after, and the rows that moved. */
export interface Comparison {
  readonly sides: ReadonlyArray<{ readonly side: Side; readonly before: Tally; readonly after: Tally }>;
  readonly moved: ReadonlyArray<{ readonly before: AnswerRow; readonly after: AnswerRow }>;
}

const keyOf = (row: AnswerRow): string => `${row.file}\t${row.org}\t${row.question}`;

/** Compares two dumps question by question (a question asked twice in a set counts once). */
export function compareRows(before: readonly AnswerRow[], after: readonly AnswerRow[]): Comparison {
  const later = new Map(after.map((row) => [keyOf(row), row]));
  const pairs = new Map<string, { before: AnswerRow; after: AnswerRow }>();
  for (const row of before) {
    const next = later.get(keyOf(row));
    if (next) pairs.set(keyOf(row), { before: row, after: next });
  }
  const both = [...pairs.values()];
  const sides = (['tuned', 'aside'] as const)
    .map((side) => ({ side, pairs: both.filter((pair) => pair.before.side === side) }))
    .filter(({ pairs: those }) => those.length > 0)
    .map(({ side, pairs: those }) => ({
      side,
      before: tally(those.map((pair) => pair.before)),
      after: tally(those.map((pair) => pair.after)),
    }));
  const moved = both.filter(
    (pair) => pair.before.verdict !== pair.after.verdict || pair.before.rank !== pair.after.rank,
  );
  return { sides, moved };
}

/** A tally before and after, one measure a column: "top-1 4101 -> 4104 of 6522". */
export function formatChange(before: Tally, after: Tally): string {
  const change = (name: string, key: keyof Tally, of?: keyof Tally): string =>
    `${name} ${before[key]} -> ${after[key]}${of ? ` of ${after[of]}` : ''}`;
  return [
    change('top-1', 'top1', 'answerable'),
    change('top-3', 'top3'),
    change('refused', 'refused', 'outOfScope'),
    change('false abstentions', 'falseAbstentions'),
    change('verdicts', 'verdictsRight', 'verdictQuestions'),
    change('dangerous', 'dangerous'),
  ].join(', ');
}
