import type { PolicyProblem } from '../errors.ts';
import type { PolicyDocument } from './policy-types.ts';
import { splitSentences } from './sentences.ts';

/** The fewest words a lead-in paragraph states before its lead-in sentence to be worth a warning. */
const STATEMENT_MIN_WORDS = 6;

/**
 * Lead-in paragraphs that also state something of their own ("If a student tells you of a risk to
 * their safety you must let them know you will pass it on. Never promise confidentiality. During
 * your conversation:"). Such a paragraph is read only as the list's lead-in, so answers never quote
 * the rules it states; written as a paragraph of its own above the lead-in sentence, they are
 * clauses like any other, but the items no longer read them as their context (which can cost more
 * than it gains: docs/answers.md, thirty-ninth session). The admin decides; the check says where.
 * One warning a paragraph, at its first item's line.
 */
export function leadInWarnings(document: PolicyDocument): PolicyProblem[] {
  const warned = new Set<string>();
  const warnings: PolicyProblem[] = [];
  // A numbered clause is its own items' lead-in, and is quoted already.
  const quoted = new Set(document.clauses.map((clause) => clause.text));
  for (const clause of document.clauses) {
    const context = clause.context;
    if (!context || warned.has(context) || quoted.has(context)) continue;
    warned.add(context);
    const before = splitSentences(context).slice(0, -1).join(' ');
    if (before.split(/\s+/).filter(Boolean).length < STATEMENT_MIN_WORDS) continue;
    warnings.push({
      file: document.file,
      line: clause.line,
      message: `the paragraph leading into the list here also states "${excerpt(before)}": answers never quote a lead-in's own sentences; if a question should be answered by them, put them in a paragraph of their own above the lead-in, though the items then lose them as context (docs/writing-policies.md, "Lists")`,
    });
  }
  return warnings;
}

/** The first words of a text, for a message. */
function excerpt(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12 ? text : `${words.slice(0, 12).join(' ')}…`;
}
