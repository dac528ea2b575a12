import type { RecordStore } from '../approvals/ports.ts';

/** How a claim starts and when it gives way. */
export interface ClaimOptions<T> {
  /** A slot known to be filled (the caller read the sequence up to it): the claim starts after it. */
  readonly after?: number;
  /**
   * Called with the value of a slot another claim took first: true means that value does the
   * job (a newer version saying the same), and this claim stops without writing.
   */
  readonly yieldTo?: (taken: T) => boolean;
}

/**
 * A sequence of write-once slots `keyAt(1)`, `keyAt(2)`, … in a store with only putIfAbsent: the
 * request index of an organisation, its audit log, the messages a platform posted for a request,
 * the versions of a platform's address for a person. A slot is claimed once, by whichever
 * process's putIfAbsent creates it; slots are contiguous from 1, so the head is found by probing
 * upwards by doubling, then bisecting (2·log2 n reads). Each instance caches the head it last saw:
 * another process's claims only move it forward.
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

  /**
   * Claims the next free slot with `value`; returns its position, or undefined when `yieldTo`
   * accepted a value another claim put first. Never overwrites a slot.
   */
  async claim(value: T, options: ClaimOptions<T> & { yieldTo: (taken: T) => boolean }): Promise<number | undefined>;
  async claim(value: T, options?: ClaimOptions<T>): Promise<number>;
  async claim(value: T, options: ClaimOptions<T> = {}): Promise<number | undefined> {
    await this.#beforeClaim();
    const known = Math.max(this.#head ?? 0, options.after ?? 0);
    let n = (known || this.#head !== undefined || options.after !== undefined ? known : await this.findLast()) + 1;
    for (;;) {
      if (await this.#store.putIfAbsent(this.#keyAt(n), value)) {
        this.#head = Math.max(this.#head ?? 0, n);
        return n;
      }
      if (options.yieldTo) {
        const taken = await this.#store.get<T>(this.#keyAt(n));
        if (taken !== undefined && options.yieldTo(taken)) {
          this.#head = Math.max(this.#head ?? 0, n);
          return undefined;
        }
      }
      n++;
    }
  }

  /** Every slot from `from` until the first empty one, read `page` slots per round trip. */
  async *read(from = 1, page = 50): AsyncGenerator<{ n: number; value: T }> {
    for (let start = from; ; start += page) {
      const values = await this.#store.getMany<T>(Array.from({ length: page }, (_, i) => this.#keyAt(start + i)));
      for (let i = 0; i < values.length; i++) {
        if (values[i] === undefined) {
          // Every slot from `from` up to here was filled: the head is at least the last of them.
          if (start + i > from && start + i - 1 > (this.#head ?? 0)) this.#head = start + i - 1;
          return;
        }
        yield { n: start + i, value: values[i]! };
      }
    }
  }
}
