import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkpointText, parseCheckpoints } from '../core/approvals/audit-chain.ts';
import { auditCsv } from '../core/approvals/records-csv.ts';
import { printHelpIfAsked, runCli, UsageError } from './cli-support.ts';
import { withApprovals } from './with-approvals.ts';

const usage = [
  'npm run audit -- verify [--org ORG] [--strict] [--checkpoint FILE|TEXT] [--store URL]',
  '       npm run audit -- checkpoint [--org ORG] [--store URL]',
  '       npm run audit -- export --org ORG --format csv|json [--store URL]',
  "       (--store defaults to the server's STORE_URL, DATABASE_URL or REDIS_URL, .env included, else sqlite://./data/policy-desk.sqlite)",
].join('\n');

const help = `Checks and exports the audit record of permission requests: every event (submitted, decided,
voted, reminded, escalated, withdrawn, expired, lapsed), hash-chained so an edit shows.

usage: ${usage}

commands:
  verify           re-computes the chain of every organisation (or --org ORG) and the records it
                   covers; exit 1 naming the first broken entry
  checkpoint       prints a signed checkpoint line (entry count and head hash) of every
                   organisation (or --org ORG), to publish where the store cannot rewrite it
  export           prints one organisation's entries as CSV (for a spreadsheet) or JSON

options:
  --org ORG        the organisation (required for export)
  --format F       csv or json (export)
  --checkpoint X   verify: also prove the log still extends each checkpoint in X, a file of
                   checkpoint lines (the server appends them to audit-checkpoints.log), the text of
                   a checkpoint post copied from the trustees' Slack or Teams channel, or - to
                   read that text from stdin; a log cut short or rewritten fails
  --strict         verify: also fail (exit 1) when a request, vote or outcome has no audit entry
                   (a process stopped between writing it and auditing it); otherwise a warning
  --store URL      sqlite://..., redis://... or postgres://... (default: what the server opens:
                   STORE_URL, DATABASE_URL or REDIS_URL from the environment or .env, else
                   sqlite://./data/policy-desk.sqlite)
  --namespace NS   the key namespace inside the store (default: the server's)
  --policies DIR   the policies folder (default: the project's policies/)
  -h, --help       show this help

examples:
  npm run audit -- verify --strict
  npm run audit -- export --org allsorts --format csv > allsorts-audit.csv
  node dist/cli/audit.js verify --store redis://127.0.0.1:6379     (a production install, no tsx)

exit codes: 0 verified / exported; 1 verification failed or the store cannot be read; 2 usage mistake`;

runCli(async () => {
  if (printHelpIfAsked(help)) return 0;
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean', default: false },
        checkpoint: { type: 'string' },
        store: { type: 'string' },
        namespace: { type: 'string' },
        policies: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`audit: ${(error as Error).message}`, usage);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (command !== 'verify' && command !== 'export' && command !== 'checkpoint')
    throw new UsageError('audit: say verify, checkpoint or export', usage);
  const source =
    values.checkpoint === undefined
      ? undefined
      : values.checkpoint === '-'
        ? 'stdin'
        : existsSync(values.checkpoint)
          ? `the file ${values.checkpoint}`
          : 'the text given';
  const checkpoints =
    values.checkpoint === undefined
      ? undefined
      : parseCheckpoints(
          values.checkpoint === '-'
            ? readFileSync(0, 'utf8')
            : existsSync(values.checkpoint)
              ? readFileSync(values.checkpoint, 'utf8')
              : values.checkpoint,
        );
  if (checkpoints && checkpoints.length === 0)
    throw new UsageError(`audit: no checkpoint in ${source} (a line starting policy-desk-checkpoint v1)`, usage);
  if (command === 'export' && !values.org)
    throw new UsageError('audit: export needs --org (e.g. --org allsorts)', usage);
  if (command === 'export' && values.format !== 'csv' && values.format !== 'json')
    throw new UsageError('audit: export needs --format csv or --format json', usage);

  return withApprovals('audit', values, async ({ corpus, service }) => {
    if (command === 'export') {
      const entries = await service.auditEntries(values.org!);
      const organisation = corpus.organisations.get(values.org!)!.organisation;
      process.stdout.write(
        values.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : auditCsv(entries, organisation),
      );
      return 0;
    }
    if (command === 'checkpoint') {
      for (const org of values.org ? [values.org] : [...corpus.organisations.keys()]) {
        const point = await service.checkpoint(org);
        if (!point) {
          process.stdout.write(`${org}: BROKEN: the chain does not verify, so no checkpoint (run verify)\n`);
          return 1;
        }
        process.stdout.write(`${checkpointText(point)}\n`);
      }
      return 0;
    }
    let failed = false;
    for (const org of values.org ? [values.org] : [...corpus.organisations.keys()]) {
      const result = await service.verifyAudit(org);
      if (!result.ok) {
        failed = true;
        process.stdout.write(
          `${org}: BROKEN at entry ${result.broken!.seq}${result.broken!.key ? ` (${result.broken!.key})` : ''}: ${result.broken!.problem}\n`,
        );
        continue;
      }
      process.stdout.write(
        `${org}: OK, ${result.entries} entr${result.entries === 1 ? 'y' : 'ies'}${result.headHash && result.entries ? `, head ${result.headHash}` : ''}\n`,
      );
      if (result.unaudited.length) {
        if (values.strict) failed = true;
        process.stdout.write(
          `${org}: ${values.strict ? 'FAILED' : 'warning'}: ${result.unaudited.length} record(s) with no audit entry (a process stopped between writing and auditing, or an entry and its marker were removed): ${result.unaudited.join(', ')}\n`,
        );
      }
      if (checkpoints) {
        const extended = await service.verifyCheckpoints(org, checkpoints);
        if (!extended.ok) {
          failed = true;
          process.stdout.write(`${org}: BROKEN: ${extended.problem}\n`);
        } else if (extended.checked)
          process.stdout.write(`${org}: extends ${extended.checked} checkpoint${extended.checked === 1 ? '' : 's'}\n`);
      }
      if (result.duplicates.length) {
        if (values.strict) failed = true;
        process.stdout.write(
          `${org}: ${values.strict ? 'FAILED' : 'warning'}: ${result.duplicates.length} event(s) audited more than once (written before each event got one entry): ${result.duplicates.join(', ')}\n`,
        );
      }
    }
    return failed ? 1 : 0;
  });
});
