import { randomUUID } from 'node:crypto';
import { PolicyDeskError } from '../errors.ts';
import { keys } from './keys.ts';
import type { RecordStore } from './ports.ts';

/** `store:epoch`: written once, when a deployment first writes to its store. */
export interface EpochRecord {
  readonly v: 1;
  readonly id: string;
  readonly createdAt: string;
}

/**
 * Detects a store that was reset (Redis restarted without persistence, a database restored from an
 * old backup or replaced by an empty one) under a running process. The first write of a process
 * reads, or creates, the store's epoch record; every read of a request's records carries the key
 * along at no extra round trip, and every sequence claim (a request's index slot, an audit entry)
 * checks it first. Once the record is gone or different, this process refuses every write with a
 * clear store error until it is restarted: its cached counters (request index, audit head) describe
 * a store that no longer exists, and writing from them would leave records that no listing, clock or
 * audit walk can reach.
 */
export class StoreEpoch {
  readonly #store: RecordStore;
  readonly #now: () => Date;
  #known: string | undefined;
  #opening: Promise<string> | undefined;
  #reset: PolicyDeskError | undefined;
  /** When (performance.now) a read last found the epoch as expected. */
  #confirmedAt = Number.NEGATIVE_INFINITY;

  constructor(store: RecordStore, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  /** The key to read beside others (`observe` the value read). */
  get key(): string {
    return keys.epoch;
  }

  /** Reads the epoch, creating it if the store has none yet; a reset already detected throws. */
  async open(): Promise<void> {
    this.#throwIfReset();
    if (this.#known !== undefined) return;
    this.#opening ??= (async () => {
      const found = await this.#store.get<EpochRecord>(keys.epoch);
      if (found) return found.id;
      const created: EpochRecord = { v: 1, id: randomUUID(), createdAt: this.#now().toISOString() };
      if (await this.#store.putIfAbsent(keys.epoch, created)) return created.id;
      return (await this.#store.get<EpochRecord>(keys.epoch))!.id;
    })();
    try {
      this.#known = await this.#opening;
    } finally {
      this.#opening = undefined;
    }
  }

  /** Records what a read found under `key`: nothing, or another epoch, means the store was reset. */
  observe(value: EpochRecord | undefined): void {
    if (this.#known === undefined || this.#reset) return;
    if (value?.id === this.#known) {
      this.#confirmedAt = performance.now();
      return;
    }
    this.#reset = resetError(value === undefined ? 'its epoch record is gone' : 'its epoch record is a different one');
  }

  /** Before a write whose command just read the request's records (and so the epoch): throws if a reset was seen. */
  assertCurrent(): void {
    this.#throwIfReset();
  }

  /**
   * Before an audit entry's claim, which follows a read of the request's records in the same
   * command: reads the record unless a read confirmed it within the last `withinMs` (1 s).
   */
  async checkRecent(withinMs = 1000): Promise<void> {
    this.#throwIfReset();
    if (this.#known !== undefined && performance.now() - this.#confirmedAt <= withinMs) return;
    await this.check();
  }

  /** Before a sequence claim (a request's index slot, an audit entry): reads the record now, and throws if the store was reset. */
  async check(): Promise<void> {
    this.#throwIfReset();
    if (this.#known === undefined) return this.open();
    this.observe(await this.#store.get<EpochRecord>(keys.epoch));
    this.#throwIfReset();
  }

  /** Why this process refuses to write, or undefined; reads the record now (for /healthz). */
  async problem(): Promise<string | undefined> {
    if (!this.#reset && this.#known !== undefined) this.observe(await this.#store.get<EpochRecord>(keys.epoch));
    return this.#reset?.message;
  }

  #throwIfReset(): void {
    if (this.#reset) throw this.#reset;
  }
}

function resetError(what: string): PolicyDeskError {
  return new PolicyDeskError(
    'policy_desk_store_error',
    `the store was reset or replaced while Policy Desk was running (${what}), so nothing was saved. ` +
      'This process has stopped writing: its counters describe records the store no longer holds, and writing from them would lose new requests and break the audit log. ' +
      'Restore the store if you can, then restart every Policy Desk process. For Redis, turn persistence on (appendonly yes) so a restart keeps the records.',
  );
}
