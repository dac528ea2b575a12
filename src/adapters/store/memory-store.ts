import type { RecordStore } from '../../core/approvals/ports.ts';

/**
 * A write-once store in memory, for tests and the local playground: values are kept as JSON,
 * so callers never share objects with the store, just as with a real engine.
 */
export class MemoryRecordStore implements RecordStore {
  readonly #data: Map<string, string>;

  /** `data` lets a test hold the backing map, to play someone editing the database behind the app's back. */
  constructor(data: Map<string, string> = new Map()) {
    this.#data = data;
  }

  /** Reads one record. */
  async get<T>(key: string): Promise<T | undefined> {
    const text = this.#data.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /** Reads many records in order. */
  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    return keys.map((key) => {
      const text = this.#data.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as T);
    });
  }

  /** Creates a record unless it exists. */
  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    if (this.#data.has(key)) return false;
    this.#data.set(key, JSON.stringify(value));
    return true;
  }

  /** The number of records held. */
  get size(): number {
    return this.#data.size;
  }

  /** Keys held, for tests. */
  keys(): string[] {
    return [...this.#data.keys()];
  }
}
