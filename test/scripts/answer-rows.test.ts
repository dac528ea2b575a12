import { describe, expect, it } from 'vitest';
import { type AnswerRow, compareRows, formatRows, parseRows, tally } from '../../scripts/answer-rows.ts';

const row = (over: Partial<AnswerRow>): AnswerRow => ({
  file: 'set-tune.jsonl',
  side: 'tuned',
  org: 'allsorts',
  question: 'can i text a member?',
  expected: 'not-allowed',
  verdict: 'not-allowed',
  rank: 0,
  clause: '3.5',
  text: 'Staff should never keep a child or young person’s number.',
  ...over,
});

describe('answer dumps for judging a change', () => {
  it('write and read back the same rows, a tab or line break inside a field made a space', () => {
    const rows = [row({}), row({ question: 'two\tfields\nand a line?', verdict: 'no-answer', rank: -1, text: '' })];
    const back = parseRows(formatRows(rows), 'dump.tsv');
    expect(back[0]).toEqual(rows[0]);
    expect(back[1]).toEqual({ ...rows[1], question: 'two fields and a line?' });
    expect(() => parseRows('file\tside\n', 'x.tsv')).toThrow(/x.tsv: not an answer dump/);
    expect(() => parseRows(formatRows([row({})]).replace('\ttuned\t', '\tkept\t'), 'y.tsv')).toThrow(
      /y.tsv:2: side "kept"/,
    );
  });

  it('count as npm run eval scores: refusals of out-of-scope questions, false abstentions, dangerous "allowed"', () => {
    const t = tally([
      row({}),
      row({ rank: 2, verdict: 'allowed' }),
      row({ expected: 'out-of-scope', verdict: 'no-answer', rank: -1 }),
      row({ expected: 'out-of-scope', verdict: 'see-policy', rank: -1 }),
      row({ expected: '', verdict: 'report-concern', rank: -1 }),
    ]);
    expect(t).toEqual({
      answerable: 3,
      top1: 1,
      top3: 2,
      outOfScope: 2,
      refused: 1,
      falseAbstentions: 1,
      verdictQuestions: 2,
      verdictsRight: 1,
      dangerous: 1,
    });
  });

  it('compare two dumps side by side over the questions both hold, and list those that moved', () => {
    const before = [row({}), row({ question: 'q2', side: 'aside', rank: -1 }), row({ question: 'only before' })];
    const after = [row({}), row({ question: 'q2', side: 'aside', rank: 0 }), row({ question: 'only after' })];
    const { sides, moved } = compareRows(before, after);
    expect(sides.map((s) => [s.side, s.before.top1, s.after.top1, s.after.answerable])).toEqual([
      ['tuned', 1, 1, 1],
      ['aside', 0, 1, 1],
    ]);
    expect(moved.map((m) => m.after.question)).toEqual(['q2']);
  });
});
