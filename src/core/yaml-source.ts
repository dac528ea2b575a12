import { isNode, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { PolicyProblem } from './errors.ts';

/** YAML parsed with enough position data to point every problem at its line. */
export interface LocatedYaml {
  readonly value: unknown;
  readonly problems: PolicyProblem[];
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

/**
 * Parses YAML text from `file`; `firstLine` is the line the text starts at in that file
 * (front matter starts at line 2), so reported lines match what an editor shows.
 */
export function parseLocatedYaml(text: string, file: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: PolicyProblem[] = doc.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `YAML syntax: ${error.message.split('\n')[0]}`,
  }));
  const lineOf = (path: ReadonlyArray<PropertyKey>): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as unknown;
      if (isNode(node) && (node as Node).range) return lineAt((node as Node).range![0]);
    }
    return firstLine;
  };
  return { value: problems.length ? undefined : doc.toJS(), problems, lineOf };
}

/** Turns zod issues into located problems, each naming the field path and what to fix. */
export function zodProblems(error: z.ZodError, file: string, yaml: LocatedYaml): PolicyProblem[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
    return { file, line: yaml.lineOf(issue.path), message: `${where}${issue.message}` };
  });
}
