import { parseArgs } from 'node:util';
import { loadCorpus } from '../adapters/policy-files.ts';
import { defaultPoliciesDir, printHelpIfAsked, runCli, UsageError } from './cli-support.ts';

const usage = 'npm run check:policies -- [--policies DIR] [--labels ORG]';

const help = `Validates every organisation's policy documents and organisation.yaml (the checks the server
runs before it starts) and prints each problem as file:line: what to fix.

usage: ${usage}

options:
  --policies DIR   check another policies folder (default: the project's policies/)
  --labels ORG     list every clause label of one organisation (document, label, first words)
  -h, --help       show this help

examples:
  npm run check:policies
  npm run check:policies -- --labels allsorts

exit codes: 0 the policies are valid; 1 problems found (listed); 2 usage mistake`;

runCli(async () => {
  if (printHelpIfAsked(help)) return 0;
  let values;
  try {
    ({ values } = parseArgs({ options: { policies: { type: 'string' }, labels: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
  const corpus = await loadCorpus(values.policies ?? defaultPoliciesDir);
  if (values.labels) {
    const org = corpus.organisations.get(values.labels);
    if (!org) throw new UsageError(`unknown organisation "${values.labels}"; known: ${[...corpus.organisations.keys()].join(', ')}`, usage);
    for (const clause of org.clauses) process.stdout.write(`${clause.documentId}\t${clause.label}\t${clause.text.split('\n')[0]!.slice(0, 70)}\n`);
    return 0;
  }
  for (const [slug, org] of corpus.organisations) {
    const clauses = org.clauses.filter((clause) => clause.kind === 'clause').length;
    process.stdout.write(`${slug}: ${org.documents.size} document(s), ${clauses} clauses, ${org.organisation.flows.length} flow(s), ${org.organisation.people.length} people\n`);
  }
  process.stdout.write('policies OK\n');
  return 0;
});
