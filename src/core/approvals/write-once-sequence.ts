import type { RecordStore } from './ports.ts';

/**
 * A sequence of write-once slots `keyAt(1)`, `keyAt(2)`, … in a store with only putIfAbsent: the
 * request index of an organisation, its audit log, the messages a platform posted for a request.
 * A slot is claimed once, by whichever process's putIfAbsent creates it; slots are contiguous
 * from 1, so the head is found by probing upwards by doubling, then bisecting (2·log2 n reads).
 * Each instance caches the head it last saw: another process's claims only move it forward.
 */
export class WriteOnceSequence<T = unknown> {
  readonly #store: RecordStore;
  readonly #keyAt: (n: number) => string;
  readonly #beforeClaim: () => Promise<void>;
  #head: number | undefined;

  /** `beforeClaim` runs before each claim and may throw to refuse it (a store reset under the process). */
  constructor(store: RecordStore, keyAt: (n: number) => string, options: { beforeClaim?: () => Promise<void> } = {}) {
    this.#store = store;
    this.#keyAt = keyAt;
    this.#beforeClaim = options.beforeClaim ?? (async () => undefined);
  }

  /** The key of slot `n`. */
  keyAt(n: number): string {
    return this.#keyAt(n);
  }

  /** The last filled slot in the store now (0 when the sequence is empty). */
  async findLast(): Promise<number> {
    let last = 0;
    let step = 1;
    while ((await this.#store.get(this.#keyAt(last + step))) !== undefined) {
      last += step;
      step *= 2;
    }
    let high = last + step;
    while (high - last > 1) {
      const middle = Math.floor((last + high) / 2);
      if ((await this.#store.get(this.#keyAt(middle))) !== undefined) last = middle;
      else high = middle;
    }
    return last;
  }

  /** Claims the next free slot with `value`; returns its position. Never overwrites a slot. */
  async claim(value: T): Promise<number> {
    await this.#beforeClaim();
    let n = (this.#head ?? (await this.findLast())) + 1;
    for (;;) {
      if (await this.#store.putIfAbsent(this.#keyAt(n), value)) {
        this.#head = n;
        return n;
      }
      n++;
    }
  }

  /** Every slot from `from` until the first empty one, read `page` slots per round trip. */
  async *read(from = 1, page = 50): AsyncGenerator<{ n: number; value: T }> {
    for (let start = from; ; start += page) {
      const values = await this.#store.getMany<T>(Array.from({ length: page }, (_, i) => this.#keyAt(start + i)));
      for (let i = 0; i < values.length; i++) {
        if (values[i] === undefined) return;
        yield { n: start + i, value: values[i]! };
      }
    }
  }
}

/**
 * Runs tasks one at a time per key (an organisation's audit log, a request's messages), in the
 * order they were queued; tasks of different keys run at once. A failed task does not stop the
 * ones queued after it. Keys with nothing queued take no memory.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Queues `task` behind every task already queued for `key`; resolves or rejects with it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, settled);
    void settled.then(() => {
      if (this.#tails.get(key) === settled) this.#tails.delete(key);
    });
    return result;
  }

  /** How many keys have work queued or running. */
  get busy(): number {
    return this.#tails.size;
  }
}
