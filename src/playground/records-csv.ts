import type { AuditEntry } from '../core/approvals/audit-chain.ts';
import type { RequestView } from '../core/approvals/request-view.ts';

/**
 * CSV exports of an organisation's records (RFC 4180, CRLF line ends, a UTF-8 byte-order mark so
 * spreadsheet programs read “quotes” and names correctly). Pure functions: no I/O.
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

/** The requests export: one row per request with its state, answers, votes and history. */
export function requestsCsv(views: readonly RequestView[]): string {
  const header = ['request', 'flow', 'title', 'requester', 'status', 'submitted_at', 'decided_at', 'decided_by', 'reason', 'comment', 'for', 'against', 'abstain', 'answers', 'history'];
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
    view.comment,
    view.tally?.for,
    view.tally?.against,
    view.tally?.abstain,
    view.answers.map((answer) => `${answer.label}: ${answer.value}`).join('; '),
    view.history.map((event) => [event.at, event.type, event.actor, event.detail].filter(Boolean).join(' ')).join(' | '),
  ]);
  return csvText([header, ...rows]);
}

/** The audit log export: one row per hash-chained entry, so the chain can be checked outside the app. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const header = ['seq', 'at', 'type', 'request', 'flow', 'actor_platform', 'actor_id', 'detail', 'clauses', 'record_key', 'record_hash', 'prev_hash', 'hash'];
  const rows = entries.map((entry) => [
    entry.seq,
    entry.at,
    entry.type,
    entry.requestId,
    entry.flowId,
    entry.actor.platform,
    entry.actor.userId,
    Object.entries(entry.detail)
      .map(([key, value]) => `${key}=${value}`)
      .join('; '),
    entry.clauses.join('; '),
    entry.recordKey,
    entry.recordHash,
    entry.prevHash,
    entry.hash,
  ]);
  return csvText([header, ...rows]);
}
