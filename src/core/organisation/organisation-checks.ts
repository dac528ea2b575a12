import { peopleWithRole } from '../approvals/people.ts';
import type { PolicyProblem } from '../errors.ts';
import type { OrganisationCorpus } from '../policy/corpus.ts';

/** What `check:policies` finds beyond the schema: errors fail the check; warnings are for a deployment to fill in. */
export interface PolicyChecks {
  readonly errors: PolicyProblem[];
  readonly warnings: PolicyProblem[];
}

/**
 * Binary or garbled content in a policy file: control characters (other than tab and line ends)
 * or bytes that are not UTF-8 (decoded as U+FFFD). Reports the first such line of the file.
 */
export function textProblems(file: string, text: string): PolicyProblem[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters (binary data in a text file) is the point
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(line)) {
      return [
        {
          file,
          line: i + 1,
          message:
            'binary data (control characters) in a policy file: remove it, or restore the file from its last good version',
        },
      ];
    }
    if (line.includes('\uFFFD'))
      return [
        {
          file,
          line: i + 1,
          message: 'bytes that are not UTF-8 text in a policy file: save it as UTF-8, or remove what was appended',
        },
      ];
  }
  return [];
}

/** Text as a quote is compared: one space for any run of whitespace, straight quotes and apostrophes, plain hyphens. */
export function normaliseQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Checks an organisation's flows against its policy text and people: every condition is a
 * verbatim quote of the clause it names (an error: the approval would misquote the policy), and
 * every role a route sends requests to has a holder listed (a warning: a deployment may list its
 * people later, and until then the request waits for someone nobody can be).
 */
export function checkFlows(
  orgCorpus: OrganisationCorpus,
  file: string,
  lineOf: (path: PropertyKey[]) => number,
): PolicyChecks {
  const errors: PolicyProblem[] = [];
  const warnings: PolicyProblem[] = [];
  const { organisation } = orgCorpus;
  const holders = (role: string) => peopleWithRole(organisation, role).length;
  const title = (role: string) => organisation.roles[role]?.title ?? role;

  organisation.flows.forEach((flow, f) => {
    flow.conditions.forEach((condition, c) => {
      if (!condition.clause) return;
      const clause = orgCorpus.clauseById.get(`${condition.clause.document}#${condition.clause.clause}`);
      if (!clause) return; // an unknown clause is already an error of the corpus
      if (!normaliseQuote(clause.text).includes(normaliseQuote(condition.text))) {
        errors.push({
          file,
          line: lineOf(['flows', f, 'conditions', c, 'text']),
          message: `condition ${c + 1} of flow "${flow.id}" is not a verbatim quote of ${condition.clause.document} clause ${condition.clause.clause}: copy the words from the clause (run npm run check:policies -- --labels ${organisation.slug} to find it)`,
        });
      }
    });
    const route = flow.route;
    const unheld = (role: string, path: PropertyKey[], what: string) => {
      if (holders(role) === 0) {
        warnings.push({
          file,
          line: lineOf(path),
          message: `nobody listed under people holds "${role}" (${title(role)}), ${what} of flow "${flow.id}": list who does, or its requests ${organisation.roles[role]?.channels ? 'go only to the role’s channel' : 'wait for a decider nobody can be'}`,
        });
      }
    };
    if (route.kind === 'single') {
      route.roles.forEach((role, r) => unheld(role, ['flows', f, 'route', 'roles', r], 'who decides requests'));
      route.escalateTo?.forEach((role, r) => unheld(role, ['flows', f, 'route', 'escalateTo', r], 'the escalation'));
      if (
        route.roles.every((role) => holders(role) === 0) &&
        !route.roles.some((role) => organisation.roles[role]?.channels)
      ) {
        // Reported once per role above; this names the consequence for the flow as a whole.
        warnings.push({
          file,
          line: lineOf(['flows', f, 'route']),
          message: `no listed person can decide flow "${flow.id}": its requests will wait until someone holding ${route.roles.map(title).join(' or ')} is listed`,
        });
      }
    } else {
      if (holders(route.body) === 0) unheld(route.body, ['flows', f, 'route', 'body'], 'the voting body');
      if (route.chair && holders(route.chair) === 0)
        unheld(route.chair, ['flows', f, 'route', 'chair'], 'the casting vote');
    }
  });
  return { errors, warnings };
}
