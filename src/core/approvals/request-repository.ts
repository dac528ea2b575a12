import { WriteOnceSequence } from '../records/write-once-sequence.ts';
import type { AuditMark } from './audit-log.ts';
import { keys } from './keys.ts';
import type { RecordStore } from './ports.ts';
import { recordedEventIds } from './recorded-events.ts';
import type { ClockEventRecord, OutcomeRecord, RequestRecord, VoteRecord } from './records.ts';
import type { RequestRecords } from './request-view.ts';
import type { EpochRecord, StoreEpoch } from './store-epoch.ts';

const cacheLimit = 20_000;

/**
 * The approvals repository: reads a request and every record its state derives from (two round
 * trips at most, the request records cached: they never change), walks an organisation's request
 * index, and claims its slots. Every read carries the store's epoch along, so a store reset under
 * the process is noticed at no extra cost; every claim checks it.
 */
export class RequestRepository {
  readonly #store: RecordStore;
  readonly #epoch: StoreEpoch;
  readonly #maxReminders: number;
  readonly #requests = new Map<string, RequestRecord>();
  readonly #outcomes = new Map<string, OutcomeRecord>();
  readonly #indexes = new Map<string, WriteOnceSequence<string>>();

  constructor(store: RecordStore, epoch: StoreEpoch, maxReminders: number) {
    this.#store = store;
    this.#epoch = epoch;
    this.#maxReminders = maxReminders;
  }

  /** Remembers an outcome this process claimed: outcomes never change, so reads need not fetch it again. */
  rememberOutcome(outcome: OutcomeRecord): void {
    if (this.#outcomes.size >= cacheLimit) this.#outcomes.clear();
    this.#outcomes.set(outcome.requestId, outcome);
  }

  async loadRequest(id: string): Promise<RequestRecord | undefined> {
    const cached = this.#requests.get(id);
    if (cached) return cached;
    const record = await this.#store.get<RequestRecord>(keys.request(id));
    if (record) this.cacheRequest(record);
    return record;
  }

  cacheRequest(record: RequestRecord): void {
    if (this.#requests.size >= cacheLimit) this.#requests.clear();
    this.#requests.set(record.id, record);
  }

  /** Reads a request and every record its state derives from, in one round trip after the (cached) request. */
  async load(id: string): Promise<RequestRecords | undefined> {
    return (await this.loadMany([id]))[0];
  }

  /** Reads many requests' records in two round trips at most: the uncached request records, then everything derived from them. */
  async loadMany(ids: readonly string[]): Promise<Array<RequestRecords | undefined>> {
    const valid = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100;
    const found = new Map<string, RequestRecord>();
    const uncached: string[] = [];
    for (const id of ids) {
      if (!valid(id)) continue;
      const cached = this.#requests.get(id);
      if (cached) found.set(id, cached);
      else uncached.push(id);
    }
    if (uncached.length) {
      const records = await this.#store.getMany<RequestRecord>(uncached.map((id) => keys.request(id)));
      records.forEach((record, i) => {
        if (!record) return;
        found.set(uncached[i]!, record);
        this.cacheRequest(record);
      });
    }
    const plans = ids.map((id) => {
      const request = found.get(id);
      if (!request) return undefined;
      const voters = request.electorate?.voters ?? [];
      const reminders = request.flow.route.remindAfter !== undefined ? this.#maxReminders : 0;
      const wanted = [
        keys.outcome(id),
        keys.escalation(id),
        keys.lapse(id),
        ...voters.map((key) => keys.vote(id, key)),
        ...Array.from({ length: reminders }, (_, i) => keys.reminder(id, i + 1)),
      ];
      return { request, voters: voters.length, wanted };
    });
    const flat = plans.flatMap((plan) => plan?.wanted ?? []);
    // The store's epoch rides along with every read of records, so a reset store is noticed at no extra round trip.
    const values = flat.length ? await this.#store.getMany<unknown>([...flat, this.#epoch.key]) : [];
    if (flat.length) this.#epoch.observe(values[flat.length] as EpochRecord | undefined);
    let offset = 0;
    return plans.map((plan) => {
      if (!plan) return undefined;
      const mine = values.slice(offset, offset + plan.wanted.length);
      offset += plan.wanted.length;
      const id = plan.request.id;
      const outcome = this.#outcomes.get(id) ?? (mine[0] as OutcomeRecord | undefined);
      if (outcome && !this.#outcomes.has(id)) {
        if (this.#outcomes.size >= cacheLimit) this.#outcomes.clear();
        this.#outcomes.set(id, outcome);
      }
      const votes = mine.slice(3, 3 + plan.voters).filter((value): value is VoteRecord => value !== undefined);
      const reminders: ClockEventRecord[] = [];
      for (const value of mine.slice(3 + plan.voters)) {
        if (value === undefined) break;
        reminders.push(value as ClockEventRecord);
      }
      return {
        request: plan.request,
        ...(outcome ? { outcome } : {}),
        votes,
        reminders,
        ...(mine[1] ? { escalation: mine[1] as ClockEventRecord } : {}),
        ...(mine[2] ? { lapse: mine[2] as ClockEventRecord } : {}),
      };
    });
  }

  /**
   * Walks an organisation's request index in submission order from `from` until the index ends,
   * loading 50 requests per batch. An entry whose record is missing (a submission still being
   * written, or one that never finished) comes back without records; a repeated id is skipped.
   * `withAudited` adds the event ids that have their audit entry, and `withDelivered` those whose
   * notifications were delivered (the outbox's markers; one read per page for both).
   */
  async *walk(
    org: string,
    from: number,
    withAudited = false,
    withDelivered = false,
  ): AsyncGenerator<{
    n: number;
    records?: RequestRecords;
    audited?: ReadonlySet<string>;
    delivered?: ReadonlySet<string>;
  }> {
    const seen = new Set<string>();
    for (let start = from; ; start += 50) {
      const ids = await this.#store.getMany<string>(
        Array.from({ length: 50 }, (_, i) => keys.requestIndex(org, start + i)),
      );
      const end = ids.indexOf(undefined);
      const page = (end === -1 ? ids : ids.slice(0, end)) as string[];
      const fresh = page.map((id) => {
        if (seen.has(id)) return '';
        seen.add(id);
        return id;
      });
      const loaded = await this.loadMany(fresh);
      // The clock's work also needs to know which records have their audit entry: one read for the page.
      const audited = new Set<string>();
      const delivered = new Set<string>();
      if (withAudited || withDelivered) {
        const eventIds = loaded.flatMap((records) => (records ? recordedEventIds(records) : []));
        const wanted = [
          ...(withAudited ? eventIds.map((eventId) => keys.audited(org, eventId)) : []),
          ...(withDelivered ? eventIds.map((eventId) => keys.delivered(org, eventId)) : []),
        ];
        const marks = wanted.length ? await this.#store.getMany<AuditMark>(wanted) : [];
        const deliveredFrom = withAudited ? eventIds.length : 0;
        eventIds.forEach((eventId, i) => {
          if (withAudited && marks[i]) audited.add(eventId);
          if (withDelivered && marks[deliveredFrom + i]) delivered.add(eventId);
        });
      }
      for (let i = 0; i < page.length; i++) {
        if (fresh[i] === '') continue;
        const records = loaded[i];
        yield records
          ? { n: start + i, records, ...(withAudited ? { audited } : {}), ...(withDelivered ? { delivered } : {}) }
          : { n: start + i };
      }
      if (end !== -1) return;
    }
  }

  /** An organisation's request index: one write-once sequence, claimed only while the store's epoch holds. */
  index(org: string): WriteOnceSequence<string> {
    let sequence = this.#indexes.get(org);
    if (!sequence) {
      sequence = new WriteOnceSequence<string>(this.#store, (n) => keys.requestIndex(org, n), {
        beforeClaim: () => this.#epoch.check(),
      });
      this.#indexes.set(org, sequence);
    }
    return sequence;
  }
}
