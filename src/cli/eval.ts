import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PolicyDeskError } from '../core/errors.ts';
import type { PolicyAnswer, PolicyAnswerer } from '../core/policy/answer.ts';
import { printHelpIfAsked, runCli, UsageError } from './cli-support.ts';
import { loadAnswerer } from './load-answerer.ts';

const usage = 'npm run eval -- FILE.jsonl [--json] [--metrics-only] [--policies DIR]...';

const evalLineSchema = z.object({
  org: z.string().min(1),
  q: z.string().min(1),
  expect: z.array(z.string().min(1)).optional(),
  verdict: z.enum(['allowed', 'not-allowed', 'needs-approval', 'see-policy']).optional(),
  flow: z.string().optional(),
  abstain: z.boolean().optional(),
  /** A message that is (true) or is not (false) a safeguarding concern: scored for recall and false alarms. */
  concern: z.boolean().optional(),
  /** The concern's category, for recall per category. */
  category: z.string().optional(),
  /** Happening now: the emergency line must come first. */
  danger: z.boolean().optional(),
});

/** One evaluation question. */
export type EvalQuestion = z.infer<typeof evalLineSchema>;

/**
 * Normalises whitespace, quote marks and Markdown emphasis so a snippet matches however the clause
 * was laid out: a clause keeps its policy's `**NOT**` or `*Mobile Phones*`, and a snippet copied
 * from the policy as read leaves the marks out.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/\*+/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/^[ \t]*[•◦]\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Concern detection: recall over concern lines, false alarms over the rest. */
export interface ConcernReport {
  readonly concerns: number;
  readonly caught: number;
  /** Concern lines answered "the policies do not cover this". */
  readonly answeredNoAnswer: number;
  readonly ordinary: number;
  readonly falseAlarms: number;
  readonly danger: number;
  readonly dangerFirst: number;
  /** Recall per category: [caught, total]. */
  readonly byCategory: Readonly<Record<string, readonly [number, number]>>;
}

/** The metrics of one evaluation run. */
export interface EvalReport {
  readonly questions: number;
  readonly answerable: number;
  readonly top1: number;
  readonly top3: number;
  readonly outOfScope: number;
  readonly abstained: number;
  readonly falseAbstentions: number;
  readonly verdictQuestions: number;
  readonly verdictCorrect: number;
  /**
   * Questions whose expected verdict is see-policy (the policy gives conditions, no plain yes or
   * no), and how many of them were answered allowed, not-allowed or needs-approval: what the
   * verdict accuracy above cannot see, a plain answer where the policy gives none.
   */
  readonly seePolicyQuestions: number;
  readonly seePolicyDecided: number;
  readonly dangerous: number;
  readonly misses: readonly string[];
  /** Present when the file has `concern` lines. */
  readonly concern?: ConcernReport;
  /** The same metrics per organisation, when the file covers more than one. */
  readonly byOrganisation?: Readonly<Record<string, EvalReport>>;
}

const DECISIVE = new Set(['allowed', 'not-allowed', 'needs-approval']);

/** The answer metrics of some questions, summed. */
type AnswerCounts = { -readonly [K in Exclude<keyof EvalReport, 'concern' | 'byOrganisation' | 'misses'>]: number } & {
  misses: string[];
};

const emptyCounts = (): AnswerCounts => ({
  questions: 0,
  answerable: 0,
  top1: 0,
  top3: 0,
  outOfScope: 0,
  abstained: 0,
  falseAbstentions: 0,
  verdictQuestions: 0,
  verdictCorrect: 0,
  seePolicyQuestions: 0,
  seePolicyDecided: 0,
  dangerous: 0,
  misses: [],
});

/** What an answer is scored on: its verdict, and where the expected clause stands among its citations. */
export interface AnswerOutcome {
  /** The verdict, or for a message read as a possible concern the verdict of the policy answer under the reporting route. */
  readonly verdict: PolicyAnswer['verdict'];
  /** The place of the first citation that holds an expected snippet (0 first), or -1. */
  readonly rank: number;
}

/** Reads an answer as it is scored: see `AnswerOutcome`. */
export function answerOutcome(question: EvalQuestion, answer: PolicyAnswer): AnswerOutcome {
  // A message read as a possible concern gets the reporting route first and the policy answer
  // under it: the answer is scored on what is under the route.
  const verdict =
    answer.verdict === 'report-concern' && answer.citations.length
      ? (answer.policyVerdict ?? 'see-policy')
      : answer.verdict;
  const snippets = (question.expect ?? []).map(normaliseForMatch);
  const rank = answer.citations.findIndex((citation) => {
    const text = normaliseForMatch(citation.text);
    return snippets.some((snippet) => text.includes(snippet));
  });
  return { verdict, rank };
}

/** How one answer counts: the definitions in the README's "Evaluation" section, shared with `npm run answers:compare`. */
export interface OutcomeScore {
  /** A question the policies do not answer, and whether it was refused. */
  readonly outOfScope: boolean;
  readonly refused: boolean;
  /** An answerable question answered "not covered", or only with the reporting route. */
  readonly falseAbstention: boolean;
  readonly top1: boolean;
  readonly top3: boolean;
  /** A question expecting allowed, not allowed or needs approval; whether the verdict was it; an "allowed" it did not expect. */
  readonly verdictQuestion: boolean;
  readonly verdictRight: boolean;
  readonly dangerous: boolean;
}

/** How an outcome counts against what was expected (`abstain`: out of scope; `verdict`: the one expected). */
export function scoreOutcome(
  expected: { readonly abstain?: boolean | undefined; readonly verdict?: string | undefined },
  { verdict, rank }: { readonly verdict: string; readonly rank: number },
): OutcomeScore {
  const outOfScope = expected.abstain === true;
  const verdictQuestion = !outOfScope && expected.verdict !== undefined && DECISIVE.has(expected.verdict);
  return {
    outOfScope,
    refused: outOfScope && verdict === 'no-answer',
    falseAbstention: !outOfScope && (verdict === 'no-answer' || verdict === 'report-concern'),
    top1: !outOfScope && rank === 0,
    top3: !outOfScope && rank >= 0 && rank < 3,
    verdictQuestion,
    verdictRight: verdictQuestion && verdict === expected.verdict,
    dangerous: verdictQuestion && verdict === 'allowed' && expected.verdict !== 'allowed',
  };
}

/** Scores one question's answer into `counts`. */
function scoreAnswer(question: EvalQuestion, answer: PolicyAnswer, counts: AnswerCounts): void {
  counts.questions += 1;
  const outcome = answerOutcome(question, answer);
  const { verdict, rank } = outcome;
  const score = scoreOutcome(question, outcome);
  const where = `[${question.org}] ${question.q}`;
  if (score.outOfScope) {
    counts.outOfScope += 1;
    if (score.refused) counts.abstained += 1;
    else
      counts.misses.push(
        `${where}: expected no answer, got ${answer.verdict} citing ${answer.citations[0]?.clause ?? 'nothing'}`,
      );
    return;
  }
  counts.answerable += 1;
  if (score.falseAbstention) {
    counts.falseAbstentions += 1;
    counts.misses.push(`${where}: expected an answer, got ${verdict}`);
  }
  if (score.top1) counts.top1 += 1;
  if (score.top3) counts.top3 += 1;
  if (rank !== 0 && verdict !== 'no-answer') {
    const got = answer.citations
      .slice(0, 3)
      .map((c) => c.clause)
      .join(' | ');
    counts.misses.push(
      `${where}: expected clause ${rank < 0 ? 'not cited' : `cited at rank ${rank + 1}`}; top: ${got}`,
    );
  }
  if (score.verdictQuestion) {
    counts.verdictQuestions += 1;
    if (score.verdictRight) counts.verdictCorrect += 1;
    else counts.misses.push(`${where}: verdict ${verdict}, expected ${question.verdict}`);
    if (score.dangerous) counts.dangerous += 1;
  }
  if (question.verdict === 'see-policy') {
    counts.seePolicyQuestions += 1;
    if (DECISIVE.has(verdict)) {
      counts.seePolicyDecided += 1;
      counts.misses.push(`${where}: verdict ${verdict}, expected see-policy (the policy gives no plain yes or no)`);
    }
  }
  if (question.flow && !answer.flows.some((flow) => flow.id === question.flow)) {
    counts.misses.push(`${where}: request "${question.flow}" not offered`);
  }
}

/** Scores answers against expectations: the definitions in the README's "Evaluation" section. */
export function evaluate(questions: readonly EvalQuestion[], answerer: PolicyAnswerer, now = new Date()): EvalReport {
  const concernLines = questions.filter((question) => question.concern !== undefined);
  const concern = concernLines.length ? evaluateConcerns(concernLines, answerer, now) : undefined;
  // Each question is answered once, counted overall and for its organisation.
  const total = emptyCounts();
  const byOrg = new Map<string, AnswerCounts>();
  for (const question of questions.filter((q) => q.concern === undefined)) {
    const answer = answerer.answer(question.org, question.q, now);
    scoreAnswer(question, answer, total);
    if (!byOrg.has(question.org)) byOrg.set(question.org, emptyCounts());
    scoreAnswer(question, answer, byOrg.get(question.org)!);
  }
  return {
    ...total,
    misses: [...total.misses, ...(concern?.misses ?? [])],
    ...(concern ? { concern: concern.report } : {}),
    ...(byOrg.size > 1 ? { byOrganisation: Object.fromEntries(byOrg) } : {}),
  };
}

function evaluateConcerns(
  lines: readonly EvalQuestion[],
  answerer: PolicyAnswerer,
  now: Date,
): { report: ConcernReport; misses: string[] } {
  let concerns = 0;
  let caught = 0;
  let answeredNoAnswer = 0;
  let ordinary = 0;
  let falseAlarms = 0;
  let danger = 0;
  let dangerFirst = 0;
  const byCategory: Record<string, [number, number]> = {};
  const misses: string[] = [];
  for (const line of lines) {
    const answer = answerer.answer(line.org, line.q, now);
    const flagged = answer.verdict === 'report-concern';
    const where = `[${line.org}] ${line.q}`;
    if (line.concern) {
      concerns += 1;
      const category = line.category ?? 'uncategorised';
      byCategory[category] ??= [0, 0];
      const tally = byCategory[category];
      tally[1] += 1;
      if (flagged) {
        caught += 1;
        tally[0] += 1;
      } else misses.push(`${where}: a concern (${line.category ?? 'uncategorised'}) answered ${answer.verdict}`);
      if (answer.verdict === 'no-answer') answeredNoAnswer += 1;
      if (line.danger) {
        danger += 1;
        if (answer.reporting?.danger) dangerFirst += 1;
        else misses.push(`${where}: immediate danger without the emergency line first`);
      }
    } else {
      ordinary += 1;
      if (flagged) {
        falseAlarms += 1;
        misses.push(`${where}: an ordinary question answered as a concern`);
      }
    }
  }
  return {
    report: { concerns, caught, answeredNoAnswer, ordinary, falseAlarms, danger, dangerFirst, byCategory },
    misses,
  };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

/** Reads and validates an evaluation file, naming the line of any bad entry. */
export async function readEvalFile(file: string): Promise<EvalQuestion[]> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PolicyDeskError(
      'policy_desk_invalid_input',
      `eval: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  const questions: EvalQuestion[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new PolicyDeskError('policy_desk_invalid_input', `eval: ${file}:${i + 1}: not valid JSON`);
    }
    const parsed = evalLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new PolicyDeskError(
        'policy_desk_invalid_input',
        `eval: ${file}:${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`,
      );
    }
    questions.push(parsed.data);
  });
  return questions;
}

/**
 * The report without its misses, here and per organisation: the figures of a set kept aside for a
 * final score, without showing which of its lines failed (and so without inviting tuning to them).
 */
export function metricsOnly(report: EvalReport): Omit<EvalReport, 'misses' | 'byOrganisation'> & {
  byOrganisation?: Record<string, Omit<EvalReport, 'misses'>>;
} {
  const { misses: _misses, byOrganisation, ...metrics } = report;
  return {
    ...metrics,
    ...(byOrganisation
      ? {
          byOrganisation: Object.fromEntries(
            Object.entries(byOrganisation).map(([org, { misses: _orgMisses, ...rest }]) => [org, rest]),
          ),
        }
      : {}),
  };
}

/** Renders a report for a terminal; without the list of misses when `withMisses` is false. */
export function formatReport(report: EvalReport, withMisses = true): string {
  const concern = report.concern;
  const lines = [
    ...(report.questions ? answerLines(report) : []),
    ...(concern
      ? [
          `concern recall:        ${pct(concern.caught, concern.concerns)} (${concern.caught}/${concern.concerns}); answered "not covered": ${concern.answeredNoAnswer}`,
          ...Object.entries(concern.byCategory).map(
            ([category, [caught, total]]) => `  ${category.padEnd(28)} ${pct(caught, total)} (${caught}/${total})`,
          ),
          `false alarms:          ${pct(concern.falseAlarms, concern.ordinary)} (${concern.falseAlarms}/${concern.ordinary} ordinary messages)`,
          `danger, 999 first:     ${pct(concern.dangerFirst, concern.danger)} (${concern.dangerFirst}/${concern.danger})`,
        ]
      : []),
  ];
  for (const [org, byOrg] of Object.entries(report.byOrganisation ?? {})) {
    lines.push(`by organisation: ${org}`, ...answerLines(byOrg).map((line) => `  ${line}`));
  }
  if (withMisses)
    lines.push(
      ...(report.misses.length ? ['misses:', ...report.misses.map((miss) => `  - ${miss}`)] : ['misses: none']),
    );
  return lines.join('\n');
}

function answerLines(report: EvalReport): string[] {
  return [
    `questions:             ${report.questions} (${report.answerable} answerable, ${report.outOfScope} out of scope)`,
    `top-1 hit rate:        ${pct(report.top1, report.answerable)} (${report.top1}/${report.answerable})`,
    `top-3 hit rate:        ${pct(report.top3, report.answerable)} (${report.top3}/${report.answerable})`,
    `out-of-scope abstain:  ${pct(report.abstained, report.outOfScope)} (${report.abstained}/${report.outOfScope})`,
    `false abstention:      ${pct(report.falseAbstentions, report.answerable)} (${report.falseAbstentions}/${report.answerable})`,
    `verdict accuracy:      ${pct(report.verdictCorrect, report.verdictQuestions)} (${report.verdictCorrect}/${report.verdictQuestions}, allowed / not-allowed / needs-approval)`,
    `see-policy decided:    ${pct(report.seePolicyDecided, report.seePolicyQuestions)} (${report.seePolicyDecided}/${report.seePolicyQuestions} answered allowed / not-allowed / needs-approval where the expected answer is see-policy)`,
    `dangerous errors:      ${report.dangerous}`,
  ];
}

const help = `Measures answer quality on a question set: top-1 / top-3 hit rate, abstention, false
abstention, verdict accuracy and dangerous errors, then lists every miss.

usage: ${usage}

FILE.jsonl holds one question per line:
  {"org": "allsorts", "q": "Can I text this young person?", "expect": ["snippet of the clause"], "verdict": "needs-approval"}
  {"org": "allsorts", "q": "What is the capital of France?", "abstain": true}

options:
  --json           print the report as JSON
  --metrics-only   leave out the misses (for a set kept aside: its figures, not which lines failed)
  --policies DIR   answer from another policies folder (default: the project's policies/); give it
                   more than once to read several folders as one corpus
  -h, --help       show this help

examples:
  npm run eval -- test/fixtures/dev-questions.jsonl
  npm run eval -- test/fixtures/staff-questions.jsonl --json
  npm run eval -- --policies policies --policies test/fixtures/unseen-policies FILE.jsonl

exit codes: 0 measured; 1 an unreadable file or unknown organisation; 2 usage mistake`;

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(async () => {
    if (printHelpIfAsked(help)) return 0;
    let parsed;
    try {
      parsed = parseArgs({
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          'metrics-only': { type: 'boolean', default: false },
          policies: { type: 'string', multiple: true },
        },
      });
    } catch (error) {
      throw new UsageError(`eval: ${(error as Error).message}`, usage);
    }
    const file = parsed.positionals[0];
    if (!file) throw new UsageError('eval: give the questions file', usage);
    const questions = await readEvalFile(file);
    const answerer = await loadAnswerer(parsed.values.policies);
    for (const question of questions) {
      if (!answerer.organisations.includes(question.org)) {
        throw new PolicyDeskError(
          'policy_desk_unknown_org',
          `eval: unknown organisation "${question.org}" in ${file}; known: ${answerer.organisations.join(', ')}`,
        );
      }
    }
    const report = evaluate(questions, answerer);
    const withMisses = !parsed.values['metrics-only'];
    process.stdout.write(
      parsed.values.json
        ? `${JSON.stringify(withMisses ? report : metricsOnly(report), null, 2)}\n`
        : `${formatReport(report, withMisses)}\n`,
    );
    return 0;
  });
}
