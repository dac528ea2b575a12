import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import { KeyedQueue } from '../../../src/core/records/keyed-queue.ts';
import { WriteOnceSequence } from '../../../src/core/records/write-once-sequence.ts';
import { dropNamespace, engines, uniqueNamespace } from './engines.ts';

/** Two "processes" (two sequences with their own cached heads, over two connections) claim 40 slots each at once. */
async function racingClaims(first: RecordStore, second: RecordStore): Promise<void> {
  const key = (n: number) => `seq:test:${n}`;
  const a = new WriteOnceSequence<string>(first, key);
  const b = new WriteOnceSequence<string>(second, key);
  expect(await a.findLast()).toBe(0);
  const claimed = await Promise.all(Array.from({ length: 80 }, (_, i) => (i % 2 ? a : b).claim(`value-${i}`)));
  expect([...claimed].sort((x, y) => x - y)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  expect(await a.findLast()).toBe(80);
  expect(await new WriteOnceSequence(second, key).findLast()).toBe(80);
  const read: Array<{ n: number; value: string }> = [];
  for await (const slot of a.read(1, 16)) read.push(slot);
  expect(read.map((slot) => slot.n)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  // Each slot holds the value of the claim that got it.
  claimed.forEach((n, i) => expect(read[n - 1]!.value).toBe(`value-${i}`));
}

/** Two processes each keep a changing value as versions: the one that finds the same value already written stops. */
async function versionsYield(first: RecordStore, second: RecordStore): Promise<void> {
  const key = (n: number) => `ver:test:${n}`;
  const a = new WriteOnceSequence<string>(first, key);
  const b = new WriteOnceSequence<string>(second, key);
  expect(await a.claim('v1', { after: 0 })).toBe(1);
  // b lags (it knows nothing past 0): its claim moves past slot 1, which holds another value, to slot 2.
  expect(await b.claim('v2', { after: 0, yieldTo: (taken) => taken === 'v2' })).toBe(2);
  // a, still believing slot 1 is the head, finds 'v2' already written by b and writes nothing.
  expect(await a.claim('v2', { after: 1, yieldTo: (taken) => taken === 'v2' })).toBeUndefined();
  expect(await new WriteOnceSequence(second, key).findLast()).toBe(2);
  const values: string[] = [];
  for await (const slot of b.read(1, 1)) values.push(slot.value);
  expect(values).toEqual(['v1', 'v2']);
}

describe('WriteOnceSequence and KeyedQueue', () => {
  it('in memory: a claim that yields to an equal value another process wrote writes nothing', async () => {
    const store = new MemoryRecordStore();
    await versionsYield(store, store);
    expect(store.size).toBe(2);
  });

  it('KeyedQueue.idle waits for every queued task, on every key', async () => {
    const queue = new KeyedQueue();
    const done: string[] = [];
    for (const key of ['a', 'a', 'b'])
      void queue.run(key, () => new Promise<void>((resolve) => setTimeout(() => resolve(void done.push(key)), 10)));
    await queue.idle();
    expect(done.sort()).toEqual(['a', 'a', 'b']);
    expect(queue.busy).toBe(0);
  });

  it('in memory: racing claims get every slot once, contiguous from 1', async () => {
    const store = new MemoryRecordStore();
    await racingClaims(store, store);
  });

  it('refuses a claim when beforeClaim throws, writing nothing', async () => {
    const store = new MemoryRecordStore();
    const sequence = new WriteOnceSequence(store, (n) => `s:${n}`, {
      beforeClaim: async () => {
        throw new Error('the store was reset');
      },
    });
    await expect(sequence.claim('x')).rejects.toThrow('the store was reset');
    expect(store.size).toBe(0);
  });

  it('runs one task at a time per key, in order, past failures; different keys at once', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (key: string, n: number, ms: number, fail = false) =>
      queue.run(key, async () => {
        log.push(`${key}${n} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`${key}${n} end`);
        if (fail) throw new Error(`${key}${n} failed`);
        return n;
      });
    const results = await Promise.allSettled([task('a', 1, 20, true), task('a', 2, 1), task('b', 1, 5)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
    expect(queue.busy).toBe(0);
  });
});

for (const engine of await engines()) {
  describe.skipIf(engine.skip !== undefined)(
    `WriteOnceSequence on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace(`seq-${engine.name}`);
      afterAll(() => dropNamespace(engine, namespace));

      it('racing claims over two connections get every slot once, contiguous from 1', { timeout: 60_000 }, async () => {
        const first = await createStore({ url: engine.url!, namespace });
        const second = await createStore({ url: engine.url!, namespace });
        try {
          await racingClaims(first, second);
          await versionsYield(first, second);
        } finally {
          await first.close();
          await second.close();
        }
      });
    },
  );
}
