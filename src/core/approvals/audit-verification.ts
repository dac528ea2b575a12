import { PolicyDeskError } from '../errors.ts';
import {
  type AuditCheckpoint,
  type AuditEntry,
  type ChainProblem,
  checkpointSigned,
  hashValue,
  signCheckpoint,
} from './audit-chain.ts';
import type { AuditLog, AuditMark } from './audit-log.ts';
import { keys } from './keys.ts';
import type { RecordStore } from './ports.ts';
import type { RequestRepository } from './request-repository.ts';

/** The audit log of one organisation, checked: the chain, and each record against the entry that audited it. */
export interface AuditVerification {
  readonly org: string;
  readonly ok: boolean;
  readonly entries: number;
  readonly headHash?: string;
  /** The first break in the chain, or a record whose audit entry is gone or does not match it. */
  readonly broken?: ChainProblem & { readonly key?: string };
  /** Records with no audit entry at all: a process died between the write and the audit, or an entry and its marker were removed. */
  readonly unaudited: readonly string[];
  /** Event ids with more than one entry (logs written before each event got one entry). */
  readonly duplicates: readonly string[];
}

/** Checks the audit record of an organisation, both ways, and against published checkpoints. */
export class AuditVerifier {
  readonly #store: RecordStore;
  readonly #audit: AuditLog;
  readonly #repo: RequestRepository;
  readonly #key: Uint8Array | undefined;

  constructor(options: {
    store: RecordStore;
    audit: AuditLog;
    repository: RequestRepository;
    key?: Uint8Array | undefined;
  }) {
    this.#store = options.store;
    this.#audit = options.audit;
    this.#repo = options.repository;
    this.#key = options.key;
  }

  /**
   * Checks an organisation's audit record both ways. The chain: every entry's hash, position and
   * link. Every audited event has its record: the record an entry names is there, unchanged (a
   * deleted outcome would otherwise make an approved request pending again, unnoticed), and every
   * audited submission is in the request index. Every record has its audit entry: one whose record
   * hash matches; a record with none is listed as unaudited, and one whose marker points past the
   * end of the log means the log was cut short. Event ids with more than one entry are listed.
   */
  async verifyAudit(org: string): Promise<AuditVerification> {
    const entries: AuditEntry[] = [];
    const chain = await this.#audit.verify(org, entries);
    if (!chain.ok) return { org, ok: false, entries: chain.count, broken: chain.broken, unaudited: [], duplicates: [] };
    const broken = (seq: number, key: string, problem: string): AuditVerification => ({
      org,
      ok: false,
      entries: chain.count,
      broken: { seq, key, problem },
      unaudited: [],
      duplicates: [],
    });

    const byEvent = new Map<string, AuditEntry>();
    const duplicates = new Set<string>();
    for (const entry of entries) {
      if (byEvent.has(entry.eventId)) duplicates.add(entry.eventId);
      else byEvent.set(entry.eventId, entry);
    }

    // Audited event → record: each record an entry wrote is still there, as it was.
    const recorded = entries.filter((entry) => entry.recordKey !== undefined);
    for (let i = 0; i < recorded.length; i += 200) {
      const batch = recorded.slice(i, i + 200);
      const values = await this.#store.getMany<unknown>(batch.map((entry) => entry.recordKey!));
      for (let j = 0; j < batch.length; j++) {
        const entry = batch[j]!;
        const value = values[j];
        if (value === undefined)
          return broken(
            entry.seq,
            entry.recordKey!,
            `the record ${entry.recordKey} that entry ${entry.seq} audited (${entry.type}) is missing: it was deleted`,
          );
        if (entry.recordHash !== hashValue(value))
          return broken(
            entry.seq,
            entry.recordKey!,
            `the record ${entry.recordKey} was changed after entry ${entry.seq} audited it`,
          );
      }
    }

    // Record → audit entry, walking the index (which must reach every audited submission).
    const unaudited: string[] = [];
    const checks: Array<{ key: string; eventId: string; value: unknown }> = [];
    const indexed = new Set<string>();
    for await (const { records } of this.#repo.walk(org, 1)) {
      if (!records) continue;
      const id = records.request.id;
      indexed.add(id);
      checks.push({ key: keys.request(id), eventId: `submitted:${id}`, value: records.request });
      if (records.outcome) checks.push({ key: keys.outcome(id), eventId: `outcome:${id}`, value: records.outcome });
      for (const vote of records.votes)
        checks.push({ key: keys.vote(id, vote.voter.key), eventId: `vote:${id}:${vote.voter.key}`, value: vote });
      records.reminders.forEach((reminder, i) =>
        checks.push({ key: keys.reminder(id, i + 1), eventId: `reminder:${id}:${i + 1}`, value: reminder }),
      );
      if (records.escalation)
        checks.push({ key: keys.escalation(id), eventId: `escalation:${id}`, value: records.escalation });
      if (records.lapse) checks.push({ key: keys.lapse(id), eventId: `lapse:${id}`, value: records.lapse });
    }
    for (const entry of entries) {
      if (entry.type === 'submitted' && !indexed.has(entry.requestId))
        return broken(
          entry.seq,
          keys.request(entry.requestId),
          `request ${entry.requestId}, submitted in entry ${entry.seq}, is missing from the request index: its index entry was deleted, so no listing shows it`,
        );
    }
    const missing = checks.filter((check) => !byEvent.has(check.eventId));
    for (let i = 0; i < missing.length; i += 200) {
      const batch = missing.slice(i, i + 200);
      const marks = await this.#store.getMany<AuditMark>(batch.map((check) => keys.audited(org, check.eventId)));
      batch.forEach((check, j) => {
        const mark = marks[j];
        if (mark && mark.seq > chain.count) return;
        unaudited.push(check.key);
      });
      const cut = batch.findIndex((_, j) => (marks[j]?.seq ?? 0) > chain.count);
      if (cut !== -1)
        return broken(
          marks[cut]!.seq,
          batch[cut]!.key,
          `the audit entry for ${batch[cut]!.key} is missing: the log was cut short after entry ${chain.count}`,
        );
    }
    for (const check of checks) {
      const entry = byEvent.get(check.eventId);
      if (entry && entry.recordHash !== hashValue(check.value))
        return broken(entry.seq, check.key, `the record ${check.key} was changed after entry ${entry.seq} audited it`);
    }
    return { org, ok: true, entries: chain.count, headHash: chain.headHash, unaudited, duplicates: [...duplicates] };
  }

  /**
   * A signed checkpoint of an organisation's log as it stands (entry count and head hash), to
   * publish where the store cannot rewrite it. Throws without an audit key: a checkpoint anyone
   * could sign proves nothing. Undefined when the chain does not verify.
   */
  async checkpoint(org: string, now: Date): Promise<AuditCheckpoint | undefined> {
    if (!this.#key)
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        'a checkpoint needs the audit key: set AUDIT_KEY (in local mode it is kept beside the SQLite file)',
      );
    const chain = await this.#audit.verify(org);
    if (!chain.ok) return undefined;
    return signCheckpoint(this.#key, { org, count: chain.count, head: chain.headHash, at: now.toISOString() });
  }

  /**
   * Proves the log still extends each published checkpoint of `org`: the checkpoint's signature
   * holds under the audit key, and entry `count` of the log (verified) has the checkpoint's head
   * hash. A log cut short, or rewritten (even with recomputed hashes), fails.
   */
  async verifyCheckpoints(
    org: string,
    checkpoints: readonly AuditCheckpoint[],
  ): Promise<{ ok: boolean; checked: number; problem?: string }> {
    const mine = checkpoints.filter((point) => point.org === org);
    if (mine.length === 0) return { ok: true, checked: 0 };
    if (!this.#key)
      return { ok: false, checked: 0, problem: 'checkpoints can only be checked with the audit key: set AUDIT_KEY' };
    const entries: AuditEntry[] = [];
    const chain = await this.#audit.verify(org, entries);
    if (!chain.ok)
      return {
        ok: false,
        checked: 0,
        problem: `the chain is broken at entry ${chain.broken.seq}: ${chain.broken.problem}`,
      };
    for (const point of mine) {
      if (!checkpointSigned(this.#key, point))
        return {
          ok: false,
          checked: 0,
          problem: `the checkpoint of ${point.at} (entry ${point.count}) is not signed with this audit key: it was altered, or made with another key`,
        };
      if (point.count > entries.length)
        return {
          ok: false,
          checked: 0,
          problem: `the log has ${entries.length} entries but the checkpoint of ${point.at} saw ${point.count}: entries were cut from the end`,
        };
      const entry = point.count === 0 ? undefined : entries[point.count - 1];
      if (point.count > 0 && entry!.hash !== point.head)
        return {
          ok: false,
          checked: 0,
          problem: `entry ${point.count} is not the one the checkpoint of ${point.at} saw: the log was rewritten`,
        };
    }
    return { ok: true, checked: mine.length };
  }
}
