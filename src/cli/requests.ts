import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RequestStatus, RequestView } from '../core/approvals/request-view.ts';
import { trusteeReport } from '../core/approvals/trustee-report.ts';
import { PolicyDeskError } from '../core/errors.ts';
import { printHelpIfAsked, runCli, UsageError } from './cli-support.ts';
import { withApprovals } from './with-approvals.ts';

const usage = [
  'npm run requests -- list --org ORG [--status pending|approved|declined|withdrawn|expired|lapsed] [--json] [--store URL]',
  '       npm run requests -- show ID [--json] [--store URL]',
  '       npm run requests -- report --org ORG [--flow ID | --out DIR] [--store URL]',
  "       (--store defaults to the server's STORE_URL, DATABASE_URL or REDIS_URL, .env included, else sqlite://./data/policy-desk.sqlite)",
].join('\n');
const statuses: readonly RequestStatus[] = ['pending', 'approved', 'declined', 'withdrawn', 'expired', 'lapsed'];

const help = `Lists and shows permission requests (photos, sharing a work phone, trustee contact...) with
their state and history, read from the store the server writes.

usage: ${usage}

commands:
  list             the organisation's requests, newest first (--org required)
  show ID          one request: form answers, route, votes or decision, history
  report           the trustees' readable export: one CSV per kind of request (flow), a column
                   per form question, dates a spreadsheet reads, outcomes in words, who decided or
                   how the board voted; no hashes or account ids (those are in \`audit export\`).
                   Writes every flow's file to --out DIR (default ./reports), or prints one --flow

options:
  --org ORG        the organisation (list, report)
  --status S       list only pending, approved, declined, withdrawn, expired or lapsed requests
  --json           print JSON instead of text
  --flow ID        report: print this flow's CSV to stdout
  --out DIR        report: the folder to write the files to (default ./reports)
  --store URL      sqlite://..., redis://... or postgres://... (default: what the server opens:
                   STORE_URL, DATABASE_URL or REDIS_URL from the environment or .env, else
                   sqlite://./data/policy-desk.sqlite)
  --namespace NS   the key namespace inside the store (default: the server's)
  --policies DIR   the policies folder (default: the project's policies/)
  -h, --help       show this help

examples:
  npm run requests -- list --org allsorts --status pending
  npm run requests -- show 7f3c2a --json
  npm run requests -- report --org allsorts --out trustees-2026-03
  npm run -s requests -- report --org allsorts --flow photos > photos.csv

exit codes: 0 shown; 1 no such request or the store cannot be read; 2 usage mistake`;

runCli(async () => {
  if (printHelpIfAsked(help)) return 0;
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        org: { type: 'string' },
        status: { type: 'string' },
        json: { type: 'boolean', default: false },
        flow: { type: 'string' },
        out: { type: 'string' },
        store: { type: 'string' },
        namespace: { type: 'string' },
        policies: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`requests: ${(error as Error).message}`, usage);
  }
  const { values, positionals } = parsed;
  const [command, id] = positionals;
  if (command !== 'list' && command !== 'show' && command !== 'report')
    throw new UsageError('requests: say list, show or report', usage);
  if (command === 'report' && !values.org)
    throw new UsageError('requests: report needs --org (e.g. --org allsorts)', usage);
  if (values.flow && values.out)
    throw new UsageError('requests: report takes --flow (print one) or --out (write all), not both', usage);
  if (command === 'list' && !values.org)
    throw new UsageError('requests: list needs --org (e.g. --org allsorts)', usage);
  if (command === 'show' && !id) throw new UsageError('requests: show needs a request id', usage);
  if (values.status && !statuses.includes(values.status as RequestStatus))
    throw new UsageError(`requests: --status must be one of ${statuses.join(', ')}`, usage);

  return withApprovals('requests', values, async ({ corpus, store, service }) => {
    if (command === 'report') {
      const organisation = corpus.organisations.get(values.org!)!.organisation;
      const files = trusteeReport(organisation, await service.listRequests({ org: values.org! }));
      if (values.flow) {
        const file = files.find((candidate) => candidate.flow.id === values.flow);
        if (!file)
          throw new PolicyDeskError(
            'policy_desk_not_found',
            `requests: ${organisation.name} has no flow "${values.flow}"; its flows: ${files.map((f) => f.flow.id).join(', ')}`,
          );
        process.stdout.write(file.csv);
        return 0;
      }
      const dir = path.resolve(values.out ?? 'reports');
      await mkdir(dir, { recursive: true });
      for (const file of files) {
        await writeFile(path.join(dir, file.filename), file.csv);
        process.stdout.write(
          `${path.join(dir, file.filename)}  ${file.flow.title}: ${file.requests} request${file.requests === 1 ? '' : 's'}\n`,
        );
      }
      return 0;
    }
    if (command === 'list') {
      const views = await service.listRequests({
        org: values.org!,
        ...(values.status ? { status: values.status as RequestStatus } : {}),
      });
      process.stdout.write(values.json ? `${JSON.stringify(views, null, 2)}\n` : formatList(views));
      return 0;
    }
    const view = await service.getRequest(id!);
    if (!view)
      throw new PolicyDeskError('policy_desk_not_found', `requests: there is no request "${id}" in ${store.describe}`);
    process.stdout.write(values.json ? `${JSON.stringify(view, null, 2)}\n` : formatRequest(view));
    return 0;
  });
});

/** One line per request, aligned columns. */
function formatList(views: readonly RequestView[]): string {
  if (views.length === 0) return 'no requests\n';
  const rows = [
    ['ID', 'SUBMITTED (UTC)', 'STATUS', 'FLOW', 'REQUESTER', 'DECIDED BY'],
    ...views.map((v) => [
      v.id,
      v.submittedAt.slice(0, 16).replace('T', ' '),
      v.status,
      v.flow.id,
      v.requester.name,
      v.decidedBy?.name ?? (v.tally ? `vote ${v.tally.for}-${v.tally.against}-${v.tally.abstain}` : ''),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** A request in full, as a person reads it. */
function formatRequest(view: RequestView): string {
  const lines = [`${view.id}  ${view.flow.title} (${view.flow.id}), ${view.org}`];
  const decided = view.decidedAt ? ` at ${view.decidedAt}` : '';
  lines.push(
    `Status: ${view.status}${view.reason ? ` (${view.reason})` : ''}${view.decidedBy ? ` by ${view.decidedBy.name}` : ''}${decided}`,
  );
  lines.push(
    `Requested by ${view.requester.name} (${view.requester.account.platform}:${view.requester.account.userId}) at ${view.submittedAt}`,
  );
  if (view.route.kind === 'single')
    lines.push(
      `Decided by: ${[...view.route.roles, ...(view.route.escalated ? view.route.escalateTo : [])].join(', ')}${view.route.escalated ? ' (escalated)' : ''}`,
    );
  else lines.push(`Vote of: ${view.route.title ?? view.route.body}, closes ${view.route.closesAt}`);
  if (view.comment) lines.push(`Comment: ${view.comment}`);
  if (view.validUntil)
    lines.push(`${view.status === 'lapsed' ? 'Was valid until' : 'Valid until'}: ${view.validUntil}`);
  if (view.expiresAt) lines.push(`Expires at: ${view.expiresAt}`);
  lines.push('Answers:', ...view.answers.map((a) => `  ${a.label}: ${a.value}`));
  if (view.tally) {
    const t = view.tally;
    lines.push(
      `Tally: for ${t.for}, against ${t.against}, abstain ${t.abstain} (cast ${t.cast} of ${t.eligible ?? t.boardSize}; quorum ${t.quorum})`,
    );
    lines.push(...view.votes.map((v) => `  ${v.voter.name}: ${v.choice} at ${v.at}`));
  }
  if (view.conditions.length)
    lines.push('Conditions:', ...view.conditions.map((c) => `  - "${c.text}"${c.clause ? ` (${c.clause})` : ''}`));
  lines.push(`Clauses: ${view.clauses.join(', ')}`);
  lines.push(
    `Policy versions: ${Object.entries(view.policyVersions)
      .map(([doc, hash]) => `${doc}@${hash}`)
      .join(', ')}`,
  );
  lines.push(
    'History:',
    ...view.history.map(
      (h) => `  ${h.at}  ${h.type}${h.actor ? ` by ${h.actor}` : ''}${h.detail ? ` (${h.detail})` : ''}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
