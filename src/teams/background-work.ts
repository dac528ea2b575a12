import type { Logger } from '../adapters/logger.ts';

/**
 * Work that outlives the request that started it (reference capture, a slow invoke finishing its
 * card): tracked so `stop()` waits for it, and logged when it fails, never unhandled.
 */
export class BackgroundWork {
  readonly #pending = new Set<Promise<unknown>>();

  constructor(private readonly logger: Logger) {}

  /** Runs `task` without waiting; failures are logged under `name` (ids only). */
  run(name: string, task: () => Promise<unknown>): void {
    const promise = Promise.resolve()
      .then(task)
      .catch((error: unknown) => this.logger.error({ err: error, task: name }, 'teams background work failed'))
      .finally(() => this.#pending.delete(promise));
    this.#pending.add(promise);
  }

  /** Waits until nothing is in flight (including work started while waiting), or `timeoutMs` has passed. */
  async settle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#pending.size) {
      const left = deadline - Date.now();
      if (left <= 0) {
        this.logger.warn({ pending: this.#pending.size }, 'teams background work still running at stop');
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.#pending]),
        new Promise((resolve) => (timer = setTimeout(resolve, left))),
      ]);
      clearTimeout(timer);
    }
  }

  /** How much is in flight. */
  get size(): number {
    return this.#pending.size;
  }
}
