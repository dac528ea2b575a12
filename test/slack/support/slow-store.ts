import type { RecordStore } from '../../../src/core/approvals/ports.ts';

/** A store that waits `delayMs` before every call: a slow database, to check acks do not wait for it. */
export class SlowStore implements RecordStore {
  delayMs = 0;

  constructor(private readonly inner: RecordStore) {}

  async #pause(): Promise<void> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
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
