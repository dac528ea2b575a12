import type { FollowUpEvent } from './approval-types.ts';
import { keys } from './keys.ts';
import type { Clock, RecordStore } from './ports.ts';

/**
 * The outbox's delivery half. A record is the pending work of auditing and announcing it: its
 * `audited:` marker says the audit is done, and its `delivered:` marker that its notifications
 * were handed to every platform. Commands return once their records are durable; the
 * notifications are delivered afterwards in the background, and marked; the clock's work of any
 * process delivers those of a record left unmarked (its process stopped first).
 *
 * Only events since the store began tracking deliveries (`outbox:since`, written once) are
 * followed: older ones were delivered in the command, before there were markers.
 */
export class DeliveryLedger {
  readonly #store: RecordStore;
  readonly #clock: Clock;
  #since: number | undefined;

  constructor(store: RecordStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Reads (or, the first time, writes) when this store began tracking deliveries. */
  async open(): Promise<void> {
    await this.#store.putIfAbsent(keys.deliveriesSince, { at: this.#clock.now().toISOString() });
    const since = await this.#store.get<{ at: string }>(keys.deliveriesSince);
    this.#since = since ? Date.parse(since.at) : undefined;
  }

  /** True when a record written at `at` has its delivery tracked (so an unmarked one is still to deliver). */
  tracks(at: string): boolean {
    return this.#since !== undefined && Date.parse(at) >= this.#since;
  }

  /** True once open() has run: the clock's work then reads the markers. */
  get opened(): boolean {
    return this.#since !== undefined;
  }

  /** Marks each event's notifications delivered. */
  async markDelivered(events: readonly FollowUpEvent[]): Promise<void> {
    const at = this.#clock.now().toISOString();
    await Promise.all(events.map((event) => this.#store.putIfAbsent(keys.delivered(event.org, event.eventId), { at })));
  }
}
