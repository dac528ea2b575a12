import type { RecordStore } from '../../../src/core/approvals/ports.ts';

/**
 * A store that can be made slow: while held, every operation waits until `release()` (a store
 * stalled for as long as the test likes); `delayMs` adds a fixed delay to every operation.
 */
export class SlowStore implements RecordStore {
  delayMs = 0;
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;
  /** Operations that had to wait for a release. */
  waited = 0;

  constructor(readonly inner: RecordStore) {}

  /** Stalls every operation from now until `release()`. */
  hold(): void {
    if (this.#held) return;
    this.#held = new Promise<void>((resolve) => {
      this.#release = resolve;
    });
  }

  /** Lets stalled and later operations through. */
  release(): void {
    this.#release?.();
    this.#held = undefined;
    this.#release = undefined;
  }

  async #wait(): Promise<void> {
    if (this.#held) {
      this.waited += 1;
      await this.#held;
    }
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
