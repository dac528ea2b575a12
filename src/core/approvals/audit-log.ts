import { PolicyDeskError } from '../errors.ts';
import { KeyedQueue } from '../records/keyed-queue.ts';
import { WriteOnceSequence } from '../records/write-once-sequence.ts';
import {
  type AuditEntry,
  type AuditEvent,
  type ChainProblem,
  chainEntry,
  checkEntry,
  genesisHash,
} from './audit-chain.ts';
import { keys } from './keys.ts';
import type { RecordStore } from './ports.ts';

/** Where an event sits in the log: the value of its `audited:` marker. */
export interface AuditMark {
  readonly seq: number;
  readonly hash: string;
}

/** `auditing:<org>:<eventId>`: claimed before an event's entry is appended; `floor` is a log position no entry for the event can precede. */
export interface AuditClaim {
  readonly floor: number;
}

/**
 * An event's claim: whether this is its first append (the caller wrote its record, or claimed it
 * with claim()), and a log position no entry for the event can precede. A record may carry its
 * floor (a vote's `auditFloor`), which makes the `auditing:` key unnecessary: the writer appends
 * with `claimed: true`, and any retry with `claimed: false` looks for the entry from the floor on.
 */
export interface EventClaim {
  readonly claimed: boolean;
  readonly floor: number;
}

/** The claim of a record's first append, by the process that wrote it: its floor, or none (then append() claims the event itself). */
export function firstAppend(record: { readonly auditFloor?: number }): EventClaim | undefined {
  return record.auditFloor === undefined ? undefined : { claimed: true, floor: record.auditFloor };
}

/** The claim of a later append of a record (a retry, the outbox): look for its entry from the record's floor. */
export function retryAppend(record: { readonly auditFloor?: number }): EventClaim | undefined {
  return record.auditFloor === undefined ? undefined : { claimed: false, floor: record.auditFloor };
}

/** The result of walking an organisation's chain from the first entry. */
export type ChainReport =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; broken: ChainProblem };

const page = 100;

/**
 * An organisation's hash-chained audit log in a write-once store. Appending reads the head,
 * claims `audit:<org>:<n+1>` with putIfAbsent and, when another process got there first, moves
 * past its entries and tries again: entries are never overwritten, and there are no gaps.
 *
 * One entry per event id, whatever the retries: before its first append an event is claimed
 * (`auditing:<org>:<eventId>`, holding the log position it was claimed at). Whoever finds the claim
 * taken (a double click while the first click is still auditing, a retry after a crash) looks for
 * the event's entry from that position on, and appends only if there is none; every appender also
 * checks each entry it moves past while claiming a slot, so of two racing appenders of one event,
 * the second sees the first's entry and stops. The `audited:` marker is written after the entry.
 */
export class AuditLog {
  readonly #store: RecordStore;
  readonly #heads = new Map<string, AuditMark>();
  /** Per organisation, the event ids of entries this process wrote or read lately, by seq: what lies between a claim's floor and the head. */
  readonly #recent = new Map<string, Map<number, string>>();
  readonly #queue = new KeyedQueue();
  readonly #beforeClaim: () => Promise<void>;
  readonly #key: Uint8Array | undefined;

  /**
   * `beforeClaim` runs before each append claims its slot: it throws to refuse (a store reset under
   * the process). `key`, the audit key (never kept in the store), seals every new entry (v2, HMAC).
   */
  constructor(store: RecordStore, options: { beforeClaim?: () => Promise<void>; key?: Uint8Array } = {}) {
    this.#store = store;
    this.#beforeClaim = options.beforeClaim ?? (async () => undefined);
    this.#key = options.key;
  }

  /**
   * Appends an event, once per event id, and marks it audited; returns the event's entry as stored
   * (another's, if it was already there). The event's claim and the `beforeClaim` check happen
   * before the organisation's queue, so the queue holds only the slot's claim: one round trip.
   */
  async append(event: AuditEvent, claim?: EventClaim): Promise<AuditEntry> {
    const { org, eventId } = event;
    const [{ claimed, floor }] = await Promise.all([claim ?? this.claim(org, eventId), this.#beforeClaim()]);
    const entry = await this.#queue.run(org, () =>
      claimed ? this.#appendClaimed(event, floor) : this.#appendAgain(event, claim?.floor),
    );
    await this.#store.putIfAbsent(keys.audited(org, eventId), { seq: entry.seq, hash: entry.hash } satisfies AuditMark);
    return entry;
  }

  /**
   * Claims an event before its first append (`auditing:<org>:<eventId>`, holding the head this
   * process knows). A command may claim while it writes the event's record, to save a round trip,
   * and hand the claim to append(); a claim for a record that then turned out to be someone
   * else's is harmless: their append finds it taken and looks for the entry before appending.
   */
  async claim(org: string, eventId: string): Promise<EventClaim> {
    const floor = await this.floor(org);
    const claimed = await this.#store.putIfAbsent(keys.auditing(org, eventId), { floor } satisfies AuditClaim);
    return { claimed, floor };
  }

  /** The head this process knows of `org`'s log (reading it the first time): a floor to claim an event at, or to keep in its record. */
  async floor(org: string): Promise<number> {
    let known = this.#heads.get(org);
    if (!known) {
      known = await this.head(org);
      if (!this.#heads.has(org)) this.#heads.set(org, known);
    }
    return known.seq;
  }

  /**
   * Appends the event unless it is already in the log: how a retry after a crash between a
   * record's write and its audit entry completes the record without a duplicate.
   */
  async ensure(event: AuditEvent, claim?: EventClaim): Promise<void> {
    const mark = await this.#store.get<AuditMark>(keys.audited(event.org, event.eventId));
    if (!mark) await this.append(event, claim);
  }

  /** The newest entry's position and hash (seq 0 and the genesis hash for an empty log). */
  async head(org: string): Promise<AuditMark> {
    // Entries are contiguous from 1: the sequence finds the last by doubling, then bisecting.
    const low = await new WriteOnceSequence(this.#store, (n) => keys.audit(org, n)).findLast();
    if (low === 0) return { seq: 0, hash: genesisHash };
    const entry = await this.#store.get<AuditEntry>(keys.audit(org, low));
    return { seq: low, hash: entry!.hash };
  }

  /** Every entry from `from` (1-based) until the first missing one, in pages. */
  async *entries(org: string, from = 1): AsyncGenerator<AuditEntry> {
    for (let start = from; ; start += page) {
      const batch = await this.#store.getMany<AuditEntry>(
        Array.from({ length: page }, (_, i) => keys.audit(org, start + i)),
      );
      for (const entry of batch) {
        if (entry === undefined) return;
        yield entry;
      }
    }
  }

  /** Walks the chain: every entry's hash, position and link to the one before; and no entries after a gap. Sound entries are pushed to `collect`. */
  async verify(org: string, collect?: AuditEntry[]): Promise<ChainReport> {
    let prevHash = genesisHash;
    let count = 0;
    let sealedBefore = false;
    for await (const entry of this.entries(org)) {
      const problem = checkEntry(entry, count + 1, prevHash, org, { key: this.#key, sealedBefore });
      if (problem) return { ok: false, count, broken: problem };
      collect?.push(entry);
      prevHash = entry.hash;
      sealedBefore ||= entry.v === 2;
      count++;
    }
    // A deleted entry ends the walk early: look past the gap for entries that should not be there.
    const beyond = await this.#store.getMany(Array.from({ length: page }, (_, i) => keys.audit(org, count + 2 + i)));
    const found = beyond.findIndex((entry) => entry !== undefined);
    if (found !== -1)
      return {
        ok: false,
        count,
        broken: { seq: count + 1, problem: `the entry is missing (deleted) but entry ${count + 2 + found} exists` },
      };
    return { ok: true, count, headHash: prevHash };
  }

  /**
   * This call claimed the event at `floor`. Entries past the floor were written or read by this
   * process since (its head moves no other way), so they are in #recent: one of them may be the
   * event's own, appended by a retry that saw the claim.
   */
  async #appendClaimed(event: AuditEvent, floor: number): Promise<AuditEntry> {
    const { org, eventId } = event;
    const head = this.#heads.get(org) ?? (await this.head(org));
    if (head.seq > floor) {
      const recent = this.#recent.get(org);
      const missing: number[] = [];
      for (let seq = floor + 1; seq <= head.seq; seq++) {
        const seen = recent?.get(seq);
        if (seen === eventId) return (await this.#store.get<AuditEntry>(keys.audit(org, seq)))!;
        if (seen === undefined) missing.push(seq);
      }
      if (missing.length) {
        const entries = await this.#store.getMany<AuditEntry>(missing.map((seq) => keys.audit(org, seq)));
        for (const entry of entries) {
          if (!entry) continue;
          this.#remember(org, entry);
          if (entry.eventId === eventId) return entry;
        }
      }
    }
    return this.#claimSlot(event, head);
  }

  /** Claimed before: by a click still auditing, or by a process that died. Appends only if the event's entry is not in the log. */
  async #appendAgain(event: AuditEvent, knownFloor?: number): Promise<AuditEntry> {
    const { org, eventId } = event;
    const [mark, claim] = await this.#store.getMany<AuditMark | AuditClaim>([
      keys.audited(org, eventId),
      keys.auditing(org, eventId),
    ]);
    if (mark && 'seq' in mark) {
      const entry = await this.#store.get<AuditEntry>(keys.audit(org, mark.seq));
      if (entry?.eventId === eventId) return entry;
    }
    const floor = knownFloor ?? (claim && 'floor' in claim ? claim.floor : 0);
    const scanned = await this.#scanFor(org, eventId, floor);
    if (scanned.entry) return scanned.entry;
    return this.#claimSlot(event, scanned.head);
  }

  #remember(org: string, entry: AuditEntry): void {
    let recent = this.#recent.get(org);
    if (!recent) {
      recent = new Map();
      this.#recent.set(org, recent);
    }
    recent.set(entry.seq, entry.eventId);
    if (recent.size > 4096) recent.delete(recent.keys().next().value!);
  }

  /** Looks for the event's entry after `floor`, to the end of the log; returns it, or the head it reached. */
  async #scanFor(org: string, eventId: string, floor: number): Promise<{ entry?: AuditEntry; head: AuditMark }> {
    let head: AuditMark =
      floor === 0
        ? { seq: 0, hash: genesisHash }
        : { seq: floor, hash: (await this.#store.get<AuditEntry>(keys.audit(org, floor)))?.hash ?? genesisHash };
    for await (const entry of this.entries(org, floor + 1)) {
      this.#remember(org, entry);
      if (entry.eventId === eventId) return { entry, head };
      head = { seq: entry.seq, hash: entry.hash };
    }
    return { head };
  }

  /** Claims the next slot for the event, moving past (and checking) every entry others wrote meanwhile. */
  async #claimSlot(event: AuditEvent, from: AuditMark): Promise<AuditEntry> {
    let head = from;
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const entry = chainEntry(event, head.seq + 1, head.hash, this.#key);
      if (await this.#store.putIfAbsent(keys.audit(event.org, entry.seq), entry)) {
        this.#heads.set(event.org, { seq: entry.seq, hash: entry.hash });
        this.#remember(event.org, entry);
        return entry;
      }
      // Another process appended: move past everything it wrote (the same event, perhaps: then it is done), then try again.
      const next = await this.#store.getMany<AuditEntry>(
        Array.from({ length: 16 }, (_, i) => keys.audit(event.org, head.seq + 1 + i)),
      );
      for (const other of next) {
        if (other === undefined) break;
        head = { seq: other.seq, hash: other.hash };
        this.#remember(event.org, other);
        if (other.eventId === event.eventId) {
          this.#heads.set(event.org, head);
          return other;
        }
      }
    }
    throw new PolicyDeskError(
      'policy_desk_conflict',
      `could not append to the audit log of "${event.org}" after many attempts: is another process writing without end?`,
    );
  }
}
