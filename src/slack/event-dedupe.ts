import type { RecordStore } from '../core/approvals/ports.ts';

/** What became of one delivery of an event. */
export type DedupeOutcome = 'processed' | 'duplicate';

/**
 * Runs each Slack event once. Slack redelivers an event (same `event_id`, `x-slack-retry-num`) when
 * it did not see a quick 200; the first delivery may still be running, may have finished, or may
 * have failed. So: a write-once record is claimed only AFTER the work succeeded (a retry of a
 * failed delivery still runs), and deliveries in flight in this process are joined, not repeated
 * (a concurrent duplicate waits, and runs only if the first attempt failed).
 */
export class EventDeduper {
  readonly #store: RecordStore;
  readonly #now: () => Date;
  readonly #inFlight = new Map<string, Promise<boolean>>();

  constructor(store: RecordStore, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  /** The record key for an event id. */
  static key(eventId: string): string {
    return `slack:event:${eventId}`;
  }

  /** Runs `work` unless this event already ran (here or in another process sharing the store). */
  async run(eventId: string | undefined, work: () => Promise<void>): Promise<DedupeOutcome> {
    if (!eventId) {
      await work();
      return 'processed';
    }
    for (let running = this.#inFlight.get(eventId); running; running = this.#inFlight.get(eventId)) {
      if (await running) return 'duplicate';
      // The first attempt failed: this delivery takes over.
      if (this.#inFlight.get(eventId) === running) this.#inFlight.delete(eventId);
    }
    const key = EventDeduper.key(eventId);
    const attempt = (async (): Promise<DedupeOutcome> => {
      if (await this.#store.get(key)) return 'duplicate';
      await work();
      await this.#store.putIfAbsent(key, { at: this.#now().toISOString() });
      return 'processed';
    })();
    const settled = attempt.then(
      () => true,
      () => false,
    );
    this.#inFlight.set(eventId, settled);
    try {
      return await attempt;
    } finally {
      if (this.#inFlight.get(eventId) === settled) this.#inFlight.delete(eventId);
    }
  }
}
