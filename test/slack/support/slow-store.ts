import type { RecordStore } from '../../../src/core/approvals/ports.ts';

/**
 * A store that can be made slow: a database under load, to check that acks never wait for it.
 * `slowDown(ms, calls)` delays the next `calls` calls (all of them when `calls` is omitted).
 */
export class SlowStore implements RecordStore {
  #delayMs = 0;
  #remaining = 0;

  constructor(private readonly inner: RecordStore) {}

  /** Delays the next `calls` store calls by `ms` each. */
  slowDown(ms: number, calls = Number.POSITIVE_INFINITY): void {
    this.#delayMs = ms;
    this.#remaining = calls;
  }

  async #pause(): Promise<void> {
    if (this.#remaining <= 0) return;
    this.#remaining -= 1;
    await new Promise((resolve) => setTimeout(resolve, this.#delayMs));
  }

  async get<T>(key: string): Promise<T | undefined> {
    await this.#pause();
    return this.inner.get<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    await this.#pause();
    return this.inner.getMany<T>(keys);
  }

  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    await this.#pause();
    return this.inner.putIfAbsent(key, value);
  }
}
