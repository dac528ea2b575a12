import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { type MessageCopy, MessageLog } from '../../src/slack/message-log.ts';

const copy = (n: number): MessageCopy => ({
  channel: `D${n}`,
  ts: `1700000000.00000${n}`,
  viewer: `U${n}`,
  audience: 'decider',
});

describe('MessageLog', () => {
  it('numbers copies in order under write-once keys and lists them all', async () => {
    const store = new MemoryRecordStore();
    const log = new MessageLog(store);
    for (let n = 1; n <= 10; n += 1) expect(await log.add('req-1', copy(n))).toBe(n);
    expect((await log.list('req-1')).map((entry) => entry.copy.channel)).toEqual(
      Array.from({ length: 10 }, (_, i) => `D${i + 1}`),
    );
    expect(await store.get(MessageLog.key('req-1', 3))).toEqual(copy(3));
  });

  it('sees copies another process added, and never overwrites one', async () => {
    const store = new MemoryRecordStore();
    const here = new MessageLog(store);
    const there = new MessageLog(store);
    await here.add('req-2', copy(1));
    expect(await here.list('req-2')).toHaveLength(1);
    await there.add('req-2', copy(2));
    // `here` cached one copy; it must still find the second and claim the third slot.
    expect(await here.add('req-2', copy(3))).toBe(3);
    expect((await here.list('req-2')).map((entry) => entry.n)).toEqual([1, 2, 3]);
    expect(await store.get(MessageLog.key('req-2', 2))).toEqual(copy(2));
  });

  it('lets one caller claim the outcome post under a copy', async () => {
    const log = new MessageLog(new MemoryRecordStore());
    expect(await log.claimOutcome('req-3', 1, '2026-03-02T09:00:00Z')).toBe(true);
    expect(await log.claimOutcome('req-3', 1, '2026-03-02T09:00:01Z')).toBe(false);
  });
});
