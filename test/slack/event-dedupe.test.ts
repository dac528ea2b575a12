import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { EventDeduper } from '../../src/slack/event-dedupe.ts';

const now = () => new Date('2026-03-02T09:00:00Z');

describe('EventDeduper', () => {
  it('runs an event once and records it only after the work succeeded', async () => {
    const store = new MemoryRecordStore();
    const deduper = new EventDeduper(store, now);
    let runs = 0;
    expect(
      await deduper.run('Ev1', async () => {
        runs += 1;
      }),
    ).toBe('processed');
    expect(
      await deduper.run('Ev1', async () => {
        runs += 1;
      }),
    ).toBe('duplicate');
    expect(runs).toBe(1);
    expect(await store.get(EventDeduper.key('Ev1'))).toEqual({ at: '2026-03-02T09:00:00.000Z' });
  });

  it('runs a retry when the first attempt failed', async () => {
    const store = new MemoryRecordStore();
    const deduper = new EventDeduper(store, now);
    await expect(deduper.run('Ev2', async () => Promise.reject(new Error('slack down')))).rejects.toThrow('slack down');
    expect(await store.get(EventDeduper.key('Ev2'))).toBeUndefined();
    let runs = 0;
    expect(
      await deduper.run('Ev2', async () => {
        runs += 1;
      }),
    ).toBe('processed');
    expect(runs).toBe(1);
  });

  it('joins a concurrent duplicate to the delivery in flight', async () => {
    const deduper = new EventDeduper(new MemoryRecordStore(), now);
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = deduper.run('Ev3', async () => {
      runs += 1;
      await gate;
    });
    const second = deduper.run('Ev3', async () => {
      runs += 1;
    });
    release();
    expect(await Promise.all([first, second])).toEqual(['processed', 'duplicate']);
    expect(runs).toBe(1);
  });

  it('lets a concurrent duplicate take over when the delivery in flight fails', async () => {
    const deduper = new EventDeduper(new MemoryRecordStore(), now);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = deduper.run('Ev4', async () => {
      await gate;
      throw new Error('first failed');
    });
    let second = 0;
    const retry = deduper.run('Ev4', async () => {
      second += 1;
    });
    release();
    await expect(first).rejects.toThrow('first failed');
    expect(await retry).toBe('processed');
    expect(second).toBe(1);
  });

  it('runs events without an id every time', async () => {
    const deduper = new EventDeduper(new MemoryRecordStore(), now);
    let runs = 0;
    await deduper.run(undefined, async () => {
      runs += 1;
    });
    await deduper.run(undefined, async () => {
      runs += 1;
    });
    expect(runs).toBe(2);
  });
});
