import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PolicyProblem } from '../errors.ts';
import { parseLocatedYaml, zodProblems } from '../yaml-source.ts';
import { oneByteText } from './one-byte-text.ts';
import type { Clause, PolicyDocument, PolicyDocumentMeta } from './policy-types.ts';

const partialDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD'));

const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens'),
  title: z.string().min(1),
  organisation: z.string().min(1),
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  approved: partialDate.optional(),
  approvedBy: z.string().min(1).optional(),
  updated: partialDate.optional(),
  review: partialDate.optional(),
  reviewer: z.string().min(1).optional(),
  source: z.string().min(1),
  numbering: z.enum(['numbered', 'positional']),
});

/** A list item with its nested items. */
interface ListItem {
  text: string;
  number?: number;
  readonly line: number;
  readonly indent: number;
  readonly children: ListItem[];
}

type Block =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'list'; items: ListItem[]; line: number };

/** The result of parsing one policy file: a document, or every problem found in it. */
export type ParseResult = { ok: true; document: PolicyDocument } | { ok: false; problems: PolicyProblem[] };

const FRAGMENT_MAX_WORDS = 4;
const PREAMBLE = 'Preamble';
const clauseNumber = /^(\d+(?:\.\d+)+)\.?\s+([\s\S]*)$/;

/** Parses a policy Markdown file (front matter + body) into a document with labelled clauses. */
export function parsePolicyMarkdown(source: string, file: string): ParseResult {
  // Each line held one byte a character where it can be (see `oneByteText`): a file with one curly
  // quote is otherwise held two bytes a character, and so is every clause cut from it.
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map(oneByteText);
  if (lines[0]?.trim() !== '---') {
    return fail(
      file,
      1,
      'the file must start with YAML front matter between two "---" lines (see docs/writing-policies.md)',
    );
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) return fail(file, 1, 'the front matter is not closed: add a "---" line after it');

  const yaml = parseLocatedYaml(lines.slice(1, end).join('\n'), file, 2);
  if (yaml.problems.length) return { ok: false, problems: yaml.problems };
  const parsed = frontMatterSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error, file, yaml) };
  const meta: PolicyDocumentMeta = stripUndefined(parsed.data);

  const asked: AskedComment[] = [];
  const blocks = readBlocks(lines, end + 1, asked);
  const problems: PolicyProblem[] = [];
  const clauses = attachAsked(
    meta.numbering === 'numbered' ? numberedClauses(blocks, meta.id) : positionalClauses(blocks, meta.id),
    asked,
    file,
    problems,
  );

  const seen = new Map<string, number>();
  for (const clause of clauses) {
    const first = seen.get(clause.label);
    if (first !== undefined) {
      problems.push({
        file,
        line: clause.line,
        message: `duplicate clause label "${clause.label}" (first used on line ${first}); labels must be unique within a document`,
      });
    } else seen.set(clause.label, clause.line);
  }
  if (clauses.length === 0)
    problems.push({ file, line: end + 2, message: 'the document has no clauses: add its text below the front matter' });
  if (problems.length) return { ok: false, problems };

  return {
    ok: true,
    document: { meta, clauses, file, versionHash: createHash('sha256').update(source).digest('hex').slice(0, 16) },
  };
}

function fail(file: string, line: number, message: string): ParseResult {
  return { ok: false, problems: [{ file, line, message }] };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** An "also asked as" comment: `<!-- asked: can I text a member? | whatsapp a young person -->`. */
interface AskedComment {
  readonly line: number;
  readonly phrasings: readonly string[];
}

const ASKED = /^\s*<!--\s*asked\s*:\s*(.*?)\s*-->\s*$/i;

/**
 * Gives each clause the "also asked as" phrasings written under it: a comment belongs to the clause
 * that starts last before it (a paragraph, a list item, or a numbered clause with its paragraphs).
 */
function attachAsked(
  clauses: Clause[],
  comments: readonly AskedComment[],
  file: string,
  problems: PolicyProblem[],
): Clause[] {
  const byId = new Map<string, string[]>();
  for (const comment of comments) {
    const owner = clauses.filter((clause) => clause.line <= comment.line).at(-1);
    if (!owner) {
      problems.push({
        file,
        line: comment.line,
        message: 'an "asked:" comment must come after the clause it belongs to',
      });
      continue;
    }
    byId.set(owner.id, [...(byId.get(owner.id) ?? []), ...comment.phrasings]);
  }
  return clauses.map((clause) => (byId.has(clause.id) ? { ...clause, asked: byId.get(clause.id)! } : clause));
}

/** Splits the body into headings, paragraphs and (nested) lists, keeping line numbers. */
function readBlocks(lines: readonly string[], start: number, asked: AskedComment[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: { kind: 'paragraph'; text: string; line: number } | undefined;
  let list: { kind: 'list'; items: ListItem[]; line: number } | undefined;
  let stack: ListItem[] = [];
  let blankSinceItem = false;

  const closeParagraph = (): void => {
    if (paragraph) blocks.push(paragraph);
    paragraph = undefined;
  };
  const closeList = (): void => {
    if (list) blocks.push(list);
    list = undefined;
    stack = [];
  };

  for (let index = start; index < lines.length; index++) {
    const line = (lines[index] ?? '').replace(/\t/g, '    ');
    const lineNumber = index + 1;
    const phrasings = ASKED.exec(line);
    if (phrasings) {
      asked.push({
        line: lineNumber,
        phrasings: phrasings[1]!
          .split('|')
          .map((phrase) => phrase.trim())
          .filter(Boolean),
      });
      continue;
    }
    if (/^\s*<!--.*-->\s*$/.test(line)) continue;
    if (line.trim() === '') {
      closeParagraph();
      blankSinceItem = true;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      closeParagraph();
      closeList();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!, line: lineNumber });
      continue;
    }
    const item = /^( *)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      closeParagraph();
      const indent = item[1]!.length;
      const marker = item[2]!;
      const entry: ListItem = { text: item[3]!.trim(), line: lineNumber, indent, children: [] };
      if (/^\d/.test(marker)) entry.number = Number.parseInt(marker, 10);
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(entry);
      else {
        list ??= { kind: 'list', items: [], line: lineNumber };
        list.items.push(entry);
      }
      stack.push(entry);
      blankSinceItem = false;
      continue;
    }
    const indented = /^ {2,}/.test(line);
    const last = stack[stack.length - 1];
    if (list && last && (indented || !blankSinceItem)) {
      last.text = `${last.text} ${line.trim()}`;
      continue;
    }
    closeList();
    if (paragraph) paragraph.text = `${paragraph.text} ${line.trim()}`;
    else paragraph = { kind: 'paragraph', text: line.trim(), line: lineNumber };
  }
  closeParagraph();
  closeList();
  return blocks.map((block) => (block.kind === 'paragraph' ? { ...block, text: collapse(block.text) } : block));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Heading text as used in labels: no emphasis markers, wrapping quotes or trailing punctuation. */
export function cleanHeading(text: string): string {
  return collapse(text.replace(/\*\*|__/g, ''))
    .replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '')
    .replace(/[\s.:;,]+$/, '')
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isFragmentList(items: readonly ListItem[]): boolean {
  return items.every((item) => item.children.length === 0 && wordCount(item.text) <= FRAGMENT_MAX_WORDS);
}

function renderItem(item: ListItem, depth: number): string {
  const marker = item.number !== undefined ? `${item.number}.` : depth === 0 ? '•' : '◦';
  const own = `${'  '.repeat(depth)}${marker} ${collapse(item.text)}`;
  return [own, ...item.children.map((child) => renderItem(child, depth + 1))].join('\n');
}

function renderItemBody(item: ListItem): string {
  return [collapse(item.text), ...item.children.map((child) => renderItem(child, 1))].join('\n');
}

function renderList(items: readonly ListItem[]): string {
  return items.map((item) => renderItem(item, 0)).join('\n');
}

/** Tracks the section path from headings: `##` and deeper make the path; `#` is the title. */
class SectionTracker {
  #path: { level: number; name: string }[] = [];

  enter(level: number, text: string): void {
    if (level === 1) return;
    this.#path = this.#path.filter((entry) => entry.level < level);
    this.#path.push({ level, name: cleanHeading(text) });
  }

  get name(): string {
    return this.#path.length ? this.#path.map((entry) => entry.name).join(' > ') : PREAMBLE;
  }
}

interface DraftClause {
  label: string;
  section: string;
  text: string;
  context?: string;
  line: number;
}

function finish(drafts: readonly DraftClause[], documentId: string): Clause[] {
  return drafts.map((draft) => ({
    id: `${documentId}#${draft.label}`,
    documentId,
    label: draft.label,
    section: draft.section,
    text: draft.text,
    ...(draft.context ? { context: draft.context } : {}),
    line: draft.line,
    kind: 'clause' as const,
  }));
}

/** Positional labelling: `<section path> <n>`, counting clauses per section. */
class PositionalLabeller {
  readonly #counters = new Map<string, number>();
  readonly #used = new Set<string>();

  next(section: string, ownNumber?: number): string {
    const n = ownNumber ?? (this.#counters.get(section) ?? 0) + 1;
    this.#counters.set(section, Math.max(n, this.#counters.get(section) ?? 0));
    const label = `${section} ${n}`;
    this.#used.add(label);
    return label;
  }

  /**
   * Whether an ordered list can keep its own numbers in this section: not when a paragraph or
   * another list before it already took one of those labels ("Procedure 1" for the paragraph that
   * opens the section, then steps 1, 2, 3); its items are then counted on like any other clause.
   */
  fits(section: string, numbers: readonly (number | undefined)[]): boolean {
    return numbers.every((n) => n === undefined || !this.#used.has(`${section} ${n}`));
  }
}

function positionalClauses(blocks: readonly Block[], documentId: string): Clause[] {
  const sections = new SectionTracker();
  const labeller = new PositionalLabeller();
  const drafts: DraftClause[] = [];
  let leadIn: string | undefined;

  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      sections.enter(block.level, block.text);
      leadIn = undefined;
      continue;
    }
    const section = sections.name;
    if (block.kind === 'paragraph') {
      const next = blocks[index + 1];
      if (block.text.endsWith(':') && next?.kind === 'list' && !isFragmentList(next.items)) {
        leadIn = block.text;
        continue;
      }
      leadIn = undefined;
      drafts.push({ label: labeller.next(section), section, text: block.text, line: block.line });
      continue;
    }
    const previous = drafts[drafts.length - 1];
    if (isFragmentList(block.items) && previous && previous.section === section) {
      previous.text = `${previous.text}\n${renderList(block.items)}`;
      continue;
    }
    const ownNumbers = labeller.fits(
      section,
      block.items.map((item) => item.number),
    );
    for (const item of block.items) {
      drafts.push({
        label: labeller.next(section, ownNumbers ? item.number : undefined),
        section,
        text: renderItemBody(item),
        ...(leadIn ? { context: leadIn } : {}),
        line: item.line,
      });
    }
    leadIn = undefined;
  }
  return finish(drafts, documentId);
}

function numberedClauses(blocks: readonly Block[], documentId: string): Clause[] {
  const sections = new SectionTracker();
  const labeller = new PositionalLabeller();
  const drafts: DraftClause[] = [];
  let current: { draft: DraftClause; lead: string; items: number } | undefined;

  for (const block of blocks) {
    if (block.kind === 'heading') {
      sections.enter(block.level, block.text);
      current = undefined;
      continue;
    }
    const section = sections.name;
    if (block.kind === 'paragraph') {
      const numbered = clauseNumber.exec(block.text);
      if (numbered) {
        const draft: DraftClause = { label: numbered[1]!, section, text: numbered[2]!.trim(), line: block.line };
        drafts.push(draft);
        current = { draft, lead: draft.text, items: 0 };
      } else if (current) {
        current.draft.text = `${current.draft.text}\n${block.text}`;
      } else {
        drafts.push({ label: labeller.next(section), section, text: block.text, line: block.line });
      }
      continue;
    }
    if (!current) {
      for (const item of block.items) {
        drafts.push({
          label: labeller.next(section, item.number),
          section,
          text: renderItemBody(item),
          line: item.line,
        });
      }
      continue;
    }
    if (isFragmentList(block.items)) {
      current.draft.text = `${current.draft.text}\n${renderList(block.items)}`;
      continue;
    }
    for (const item of block.items) {
      current.items += 1;
      drafts.push({
        label: `${current.draft.label} (${item.number ?? current.items})`,
        section,
        text: renderItemBody(item),
        context: current.lead,
        line: item.line,
      });
    }
  }
  return finish(drafts, documentId);
}
