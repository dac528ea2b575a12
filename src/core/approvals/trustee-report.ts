import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Flow } from './flow-schema.ts';
import { csvText } from './records-csv.ts';
import type { RequestView } from './request-view.ts';

/**
 * The trustees' readable export: one CSV per kind of request (flow), one row per request, one
 * column per form field, dates a spreadsheet reads as dates, outcomes and reasons in words, who
 * decided or how the board voted. No ids of accounts, no hashes (those are in the audit export,
 * for checking the chain), no decision comments (they stay in the outcome record). Pure: no I/O.
 */

/** One file of the report. */
export interface TrusteeReportFile {
  readonly flow: { readonly id: string; readonly title: string };
  /** `policy-desk-<org>-<flow>.csv` */
  readonly filename: string;
  readonly requests: number;
  readonly csv: string;
}

/** `2026-03-02 09:00`: read as a date and time by Excel, LibreOffice and Google Sheets (UTC). */
export function spreadsheetTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

const outcomeWords: Readonly<Record<RequestView['status'], string>> = {
  pending: 'Waiting for a decision',
  approved: 'Approved',
  declined: 'Declined',
  withdrawn: 'Withdrawn by the requester',
  expired: 'Expired without a decision',
  lapsed: 'Approved; the permission has lapsed',
};

const reasonWords: Readonly<Record<string, string>> = {
  decision: 'Decided by the approver',
  majority: 'Majority of the votes',
  'chair-casting-vote': "The chair's casting vote",
  tie: 'Tied vote: declined',
  'no-quorum': 'Too few votes to reach the quorum',
  'expire-after': 'No decision in time',
  withdrawn: 'Withdrawn',
};

const choiceWords = { for: 'For', against: 'Against', abstain: 'Abstained' } as const;

/** "3 for, 1 against, 0 abstained (For: Ruth, Dev, Ann; Against: Priya)", or who decided. */
function decidedBy(view: RequestView): string | undefined {
  if (view.route.kind === 'vote') {
    if (!view.tally || (view.tally.cast === 0 && view.status === 'pending')) return undefined;
    const counts = `${view.tally.for} for, ${view.tally.against} against, ${view.tally.abstain} abstained`;
    const names = (['for', 'against', 'abstain'] as const)
      .map(
        (choice) =>
          [choice, view.votes.filter((vote) => vote.choice === choice).map((vote) => vote.voter.name)] as const,
      )
      .filter(([, voters]) => voters.length)
      .map(([choice, voters]) => `${choiceWords[choice]}: ${voters.join(', ')}`);
    return `Board vote: ${counts}${names.length ? ` (${names.join('; ')})` : ''}`;
  }
  return view.decidedBy?.name;
}

/** Why it ended, in words; and for a vote settled before everyone voted, that it closed early. */
function why(view: RequestView): string | undefined {
  if (view.status === 'pending') return undefined;
  if (view.status === 'withdrawn') return reasonWords.withdrawn;
  const reason = view.reason ? (reasonWords[view.reason] ?? view.reason) : undefined;
  const { tally } = view;
  const early =
    view.route.kind === 'vote' &&
    tally &&
    view.decidedAt &&
    view.decidedAt < view.route.closesAt &&
    tally.cast < (tally.eligible ?? tally.boardSize)
      ? 'voting closed early: the outcome could not change'
      : undefined;
  return [reason, early].filter(Boolean).join('; ') || undefined;
}

/** One flow's requests as a CSV trustees can open and sort. */
export function trusteeReportCsv(flow: Flow, views: readonly RequestView[]): string {
  const header = [
    'Request',
    'Submitted (UTC)',
    'Requested by',
    ...flow.fields.map((field) => field.label),
    'Outcome',
    'Decided (UTC)',
    'Decided by',
    'Why',
    'Valid until (UTC)',
  ];
  const rows = views
    .filter((view) => view.flow.id === flow.id)
    .map((view) => {
      const answers = new Map(view.answers.map((answer) => [answer.fieldId, answer.value]));
      return [
        view.id,
        spreadsheetTime(view.submittedAt),
        view.requester.name,
        ...flow.fields.map((field) => answers.get(field.id)),
        outcomeWords[view.status],
        spreadsheetTime(view.decidedAt),
        decidedBy(view),
        why(view),
        spreadsheetTime(view.validUntil),
      ];
    });
  return csvText([header, ...rows]);
}

/** The whole report: a file per flow the organisation offers, in organisation.yaml order. */
export function trusteeReport(organisation: Organisation, views: readonly RequestView[]): TrusteeReportFile[] {
  return organisation.flows.map((flow) => ({
    flow: { id: flow.id, title: flow.title },
    filename: `policy-desk-${organisation.slug}-${flow.id}.csv`,
    requests: views.filter((view) => view.flow.id === flow.id).length,
    csv: trusteeReportCsv(flow, views),
  }));
}
