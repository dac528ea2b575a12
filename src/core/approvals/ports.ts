/**
 * The ports the approvals core needs. Adapters implement them (src/adapters/store, src/adapters/clock.ts);
 * the core never sees an engine.
 */

/**
 * A write-once key-value store: every record is created once and never overwritten or deleted.
 * `putIfAbsent` is the one atomic primitive, and it is what makes "first decision wins" and
 * "one outcome notification" hold across processes without compare-and-set.
 */
export interface RecordStore {
  /** The value under `key`, or undefined when no record exists; a store failure throws, never reads as "not found". */
  get<T>(key: string): Promise<T | undefined>;
  /** The values under `keys`, in order; undefined where no record exists. */
  getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>>;
  /** Creates `key` with `value` unless it exists; true when this call created it. Never overwrites. */
  putIfAbsent(key: string, value: unknown): Promise<boolean>;
}

/** Where time comes from, so reminders, windows and expiry are testable without waiting. */
export interface Clock {
  now(): Date;
}
