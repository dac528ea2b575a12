import type { Corpus, OrganisationCorpus } from '../policy/corpus.ts';
import { type AuditActor, type AuditEvent, type AuditEventType, hashValue } from './audit-chain.ts';
import type { Flow } from './flow-schema.ts';
import { keys } from './keys.ts';
import type { PersonRef } from './people.ts';
import type { ClockEventRecord, OutcomeRecord, RequestRecord, VoteRecord } from './records.ts';
import { lapseTime, type RequestRecords } from './request-view.ts';

/**
 * A request's records as the audit sees them: each record is one event with a deterministic id,
 * and its audit entry is built from the record alone, so the live path and the clock's recovery of
 * an event whose process stopped before auditing it write the same entry.
 */
/** Every record a request has, in the order they were written. */
export function recordedItems(records: RequestRecords): RecordedItem[] {
  const items: RecordedItem[] = [{ kind: 'submitted' }];
  for (const vote of records.votes) items.push({ kind: 'vote', vote });
  records.reminders.forEach((reminder, i) => items.push({ kind: 'reminder', n: i + 1, reminder }));
  if (records.escalation) items.push({ kind: 'escalation', escalation: records.escalation });
  if (records.outcome) items.push({ kind: 'outcome', outcome: records.outcome });
  const lapsesAt = lapseTime(records);
  if (records.lapse && lapsesAt !== undefined) items.push({ kind: 'lapse', lapse: records.lapse, lapsesAt });
  return items;
}

/** The audit event id of a record (see #auditOf). */
export function eventIdOf(requestId: string, item: RecordedItem): string {
  switch (item.kind) {
    case 'submitted':
      return `submitted:${requestId}`;
    case 'outcome':
      return `outcome:${requestId}`;
    case 'vote':
      return `vote:${requestId}:${item.vote.voter.key}`;
    case 'reminder':
      return `reminder:${requestId}:${item.n}`;
    case 'escalation':
      return `escalation:${requestId}`;
    case 'lapse':
      return `lapse:${requestId}`;
  }
}

/** When a record was written. */
export function itemAt(request: RequestRecord, item: RecordedItem): string {
  switch (item.kind) {
    case 'submitted':
      return request.submittedAt;
    case 'outcome':
      return item.outcome.at;
    case 'vote':
      return item.vote.at;
    case 'reminder':
      return item.reminder.at;
    case 'escalation':
      return item.escalation.at;
    case 'lapse':
      return item.lapse.at;
  }
}

/** The audit event ids of every record a request has. */
export function recordedEventIds(records: RequestRecords): string[] {
  return recordedItems(records).map((item) => eventIdOf(records.request.id, item));
}

/** A record of a request, as the audit sees it. */
export type RecordedItem =
  | { readonly kind: 'submitted' }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeRecord }
  | { readonly kind: 'vote'; readonly vote: VoteRecord }
  | { readonly kind: 'reminder'; readonly n: number; readonly reminder: ClockEventRecord }
  | { readonly kind: 'escalation'; readonly escalation: ClockEventRecord }
  | { readonly kind: 'lapse'; readonly lapse: ClockEventRecord; readonly lapsesAt: number };

/**
 * The audit event for a record, built from the record alone: the live path and the recovery of
 * an event whose process stopped before auditing it (see the clock's work) write the same entry.
 */
export function auditEventOf(corpus: Corpus, request: RequestRecord, item: RecordedItem): AuditEvent {
  const clock: AuditActor = { platform: 'system', userId: 'clock' };
  const id = request.id;
  switch (item.kind) {
    case 'submitted':
      return auditEvent(
        corpus,
        request,
        'submitted',
        `submitted:${id}`,
        request.submittedAt,
        request.requester.account,
        {},
        keys.request(id),
        request,
      );
    case 'vote':
      return auditEvent(
        corpus,
        request,
        'voted',
        `vote:${id}:${item.vote.voter.key}`,
        item.vote.at,
        item.vote.voter.account,
        { choice: item.vote.choice },
        keys.vote(id, item.vote.voter.key),
        item.vote,
      );
    case 'reminder':
      return auditEvent(
        corpus,
        request,
        'reminded',
        `reminder:${id}:${item.n}`,
        item.reminder.at,
        clock,
        { n: item.n, to: item.reminder.to.join(' ') },
        keys.reminder(id, item.n),
        item.reminder,
      );
    case 'escalation':
      return auditEvent(
        corpus,
        request,
        'escalated',
        `escalation:${id}`,
        item.escalation.at,
        clock,
        { to: item.escalation.to.join(' ') },
        keys.escalation(id),
        item.escalation,
      );
    case 'lapse':
      return auditEvent(
        corpus,
        request,
        'lapsed',
        `lapse:${id}`,
        item.lapse.at,
        clock,
        { lapsesAt: new Date(item.lapsesAt).toISOString() },
        keys.lapse(id),
        item.lapse,
      );
    case 'outcome': {
      const { outcome } = item;
      const at = outcome.at;
      const key = keys.outcome(id);
      if (outcome.reason === 'decision')
        return auditEvent(
          corpus,
          request,
          'decided',
          `outcome:${id}`,
          at,
          outcome.by!.account,
          { status: outcome.status, reason: outcome.reason, comment: Boolean(outcome.comment) },
          key,
          outcome,
        );
      if (outcome.reason === 'withdrawn')
        return auditEvent(
          corpus,
          request,
          'withdrawn',
          `outcome:${id}`,
          at,
          outcome.by!.account,
          { status: 'withdrawn' },
          key,
          outcome,
        );
      if (outcome.reason === 'expire-after')
        return auditEvent(
          corpus,
          request,
          'expired',
          `outcome:${id}`,
          at,
          clock,
          { status: 'expired', reason: 'expire-after' },
          key,
          outcome,
        );
      const tally = outcome.tally ?? { for: 0, against: 0, abstain: 0 };
      return auditEvent(
        corpus,
        request,
        outcome.status === 'expired' ? 'expired' : 'decided',
        `outcome:${id}`,
        at,
        { platform: 'system', userId: 'vote' },
        {
          status: outcome.status,
          reason: outcome.reason,
          for: tally.for,
          against: tally.against,
          abstain: tally.abstain,
        },
        key,
        outcome,
      );
    }
  }
}

export function auditEvent(
  corpus: Corpus,
  request: RequestRecord,
  type: AuditEventType,
  eventId: string,
  at: string,
  actor: PersonRef | AuditActor,
  detail: AuditEvent['detail'],
  recordKey?: string,
  record?: unknown,
): AuditEvent {
  const current = corpus.organisations.get(request.org);
  return {
    org: request.org,
    type,
    eventId,
    at,
    actor: { platform: actor.platform, userId: actor.userId },
    requestId: request.id,
    flowId: request.flow.id,
    clauses: request.clauses,
    // The versions in force now: for the submission these are the versions the request was made under.
    policyVersions: current ? policyVersions(current, request.flow) : request.policyVersions,
    detail,
    ...(recordKey ? { recordKey, recordHash: hashValue(record) } : {}),
  };
}

/** The version hash of every document a flow's clauses come from. */
export function policyVersions(orgCorpus: OrganisationCorpus, flow: Flow): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const ref of flow.clauses) {
    const document = orgCorpus.documents.get(ref.document);
    if (document) versions[ref.document] = document.versionHash;
  }
  return versions;
}
