import { parseArgs } from 'node:util';
import { readPolicySources } from '../adapters/policy-files.ts';
import { formatProblem, type PolicyProblem } from '../core/errors.ts';
import { checkFlows, textProblems } from '../core/organisation/organisation-checks.ts';
import { buildCorpus } from '../core/policy/corpus.ts';
import { leadInWarnings } from '../core/policy/lead-in-checks.ts';
import { parseLocatedYaml } from '../core/yaml-source.ts';
import { defaultPoliciesDir, printHelpIfAsked, runCli, UsageError } from './cli-support.ts';

const usage = 'npm run check:policies -- [--policies DIR] [--labels ORG]';

const help = `Validates every organisation's policy documents and organisation.yaml (the checks the server
runs before it starts) and prints each problem as file:line: what to fix.

usage: ${usage}

options:
  --policies DIR   check another policies folder, or one organisation's folder on its own
                   (default: the project's policies/)
  --labels ORG     list every clause label of one organisation (document, label, first words)
  -h, --help       show this help

examples:
  npm run check:policies
  npm run check:policies -- --labels allsorts
  npm run check:policies -- --policies ~/drafts/our-club

Beyond what the server checks at start-up, it also refuses binary junk in a policy file and a
condition that is not a verbatim quote of its clause, and warns about a role that a flow routes
requests to but nobody listed holds (a deployment may list its people later), and about a paragraph
that leads into a list and also states rules of its own (answers never quote a lead-in's own
sentences).

exit codes: 0 the policies are valid (warnings may be printed); 1 problems found (listed); 2 usage mistake`;

runCli(async () => {
  if (printHelpIfAsked(help)) return 0;
  let values;
  try {
    ({ values } = parseArgs({ options: { policies: { type: 'string' }, labels: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
  const { sources, problems: readProblems } = await readPolicySources(values.policies ?? defaultPoliciesDir);
  // Garbled files first: binary junk would otherwise surface as a confusing parse error, or not at all.
  const garbled = sources.flatMap((source) =>
    [source.organisation, ...source.documents].flatMap((file) => textProblems(file.file, file.text)),
  );
  const built = buildCorpus(sources);
  const errors: PolicyProblem[] = [...readProblems, ...garbled, ...(built.ok ? [] : built.problems)];
  const warnings: PolicyProblem[] = [];
  if (built.ok) {
    for (const source of sources) {
      const orgCorpus = built.corpus.organisations.get(source.slug);
      if (!orgCorpus) continue;
      const yaml = parseLocatedYaml(source.organisation.text, source.organisation.file);
      const checks = checkFlows(orgCorpus, source.organisation.file, (path) => yaml.lineOf(path));
      errors.push(...checks.errors);
      warnings.push(...checks.warnings);
      for (const document of orgCorpus.documents.values()) warnings.push(...leadInWarnings(document));
    }
  }
  for (const warning of warnings)
    process.stdout.write(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}\n`);
  if (errors.length || !built.ok) {
    process.stderr.write(
      `Policy Desk: the policy corpus has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}\n`,
    );
    return 1;
  }
  const corpus = built.corpus;
  if (values.labels) {
    const org = corpus.organisations.get(values.labels);
    if (!org)
      throw new UsageError(
        `unknown organisation "${values.labels}"; known: ${[...corpus.organisations.keys()].join(', ')}`,
        usage,
      );
    for (const clause of org.clauses)
      process.stdout.write(`${clause.documentId}\t${clause.label}\t${clause.text.split('\n')[0]!.slice(0, 70)}\n`);
    return 0;
  }
  for (const [slug, org] of corpus.organisations) {
    const clauses = org.clauses.filter((clause) => clause.kind === 'clause').length;
    process.stdout.write(
      `${slug}: ${org.documents.size} document(s), ${clauses} clauses, ${org.organisation.flows.length} flow(s), ${org.organisation.people.length} people\n`,
    );
  }
  process.stdout.write(
    warnings.length
      ? `policies OK, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (above)\n`
      : 'policies OK\n',
  );
  return 0;
});
