import type { Organisation } from '../organisation/organisation-schema.ts';
import type { AuditEntry } from './audit-chain.ts';
import { resolveActor } from './people.ts';
import type { RequestView } from './request-view.ts';

/**
 * CSV exports of an organisation's records for the trustees (RFC 4180, CRLF line ends, a UTF-8
 * byte-order mark so spreadsheet programs read “quotes” and names correctly). No free text that
 * could name someone: decision comments stay in the outcome record. Pure functions: no I/O.
 */

/**
 * One cell: quoted when it holds a comma, quote or line break; a cell that a spreadsheet would run
 * as a formula (= + - @, tab, carriage return first) is prefixed with ' so it stays text.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, with the byte-order mark. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The requests export: one row per request with its state, answers (initials only), tally and history. */
export function requestsCsv(views: readonly RequestView[]): string {
  const header = [
    'request',
    'flow',
    'title',
    'requester',
    'status',
    'submitted_at',
    'decided_at',
    'decided_by',
    'reason',
    'valid_until',
    'for',
    'against',
    'abstain',
    'answers',
    'history',
  ];
  const rows = views.map((view) => [
    view.id,
    view.flow.id,
    view.flow.title,
    view.requester.name,
    view.status,
    view.submittedAt,
    view.decidedAt,
    view.decidedBy?.name,
    view.reason,
    view.validUntil,
    view.tally?.for,
    view.tally?.against,
    view.tally?.abstain,
    view.answers.map((answer) => `${answer.label}: ${answer.value}`).join('; '),
    view.history
      .map((event) => [event.at, event.type, event.actor, event.detail].filter(Boolean).join(' '))
      .join(' | '),
  ]);
  return csvText([header, ...rows]);
}

/** The audit log export: one row per hash-chained entry, with who acted by name, so the chain can be read and checked outside the app. */
export function auditCsv(entries: readonly AuditEntry[], organisation: Organisation): string {
  const header = [
    'seq',
    'at_utc',
    'event',
    'request',
    'flow',
    'actor_platform',
    'actor_id',
    'actor_name',
    'detail',
    'clauses',
    'policy_versions',
    'record_key',
    'record_hash',
    'prev_hash',
    'hash',
  ];
  const rows = entries.map((entry) => [
    entry.seq,
    entry.at,
    entry.type,
    entry.requestId,
    entry.flowId,
    entry.actor.platform,
    entry.actor.userId,
    entry.actor.platform === 'system'
      ? `Policy Desk (${entry.actor.userId})`
      : resolveActor(organisation, { platform: entry.actor.platform, userId: entry.actor.userId }).name,
    Object.entries(entry.detail)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join('; '),
    entry.clauses.join(' '),
    Object.entries(entry.policyVersions)
      .map(([document, hash]) => `${document}@${hash}`)
      .join(' '),
    entry.recordKey,
    entry.recordHash,
    entry.prevHash,
    entry.hash,
  ]);
  return csvText([header, ...rows]);
}
