import type { RecordStore } from '../../../src/core/approvals/ports.ts';

/** A store that can be made slow: every operation waits `delayMs` first (0 = as fast as the inner store). */
export class SlowStore implements RecordStore {
  delayMs = 0;

  constructor(readonly inner: RecordStore) {}

  async #wait(): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async get<T>(key: string): Promise<T | undefined> {
    await this.#wait();
    return this.inner.get<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    await this.#wait();
    return this.inner.getMany<T>(keys);
  }

  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    await this.#wait();
    return this.inner.putIfAbsent(key, value);
  }
}
