import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import type { Notification, NotificationKind } from '../../src/core/approvals/notifications.ts';
import { PlaygroundInbox } from '../../src/playground/inbox.ts';

const at = '2026-03-02T09:00:00.000Z';
const sent = (kind: NotificationKind, requestId: string, userId = 'sam'): Notification => ({
  to: { platform: 'playground', userId },
  kind,
  org: 'allsorts',
  requestId,
  messageUpdate: false,
  status: 'pending',
});
const shown = async (inbox: PlaygroundInbox, userId = 'sam') =>
  (await inbox.entries('allsorts', userId)).map(
    (entry) => `${entry.notification.kind} ${entry.notification.requestId}`,
  );

describe('PlaygroundInbox', () => {
  it('keeps notifications in the store: a new inbox over the same store (a restart) has them all, newest first', async () => {
    const data = new Map<string, string>();
    const before = new PlaygroundInbox(new MemoryRecordStore(data));
    await before.add('allsorts', 'sam', sent('decided', 'r1'), at);
    await before.add('allsorts', 'sam', sent('lapsed', 'r1'), at);
    await before.add('worknlearn', 'sam', { ...sent('decided', 'r9'), org: 'worknlearn' }, at);
    expect([...data.keys()].filter((key) => key.startsWith('playground:inbox:')).sort()).toEqual([
      'playground:inbox:allsorts:sam:1',
      'playground:inbox:allsorts:sam:2',
      'playground:inbox:worknlearn:sam:1',
    ]);

    const after = new PlaygroundInbox(new MemoryRecordStore(data));
    expect(await shown(after)).toEqual(['lapsed r1', 'decided r1']);
    expect(await after.count('worknlearn', 'sam')).toBe(1);
    expect(await after.count('allsorts', 'alex')).toBe(0);
  });

  it('keeps a guest name with any characters apart from other accounts', async () => {
    const inbox = new PlaygroundInbox(new MemoryRecordStore());
    await inbox.add('allsorts', "guest:Mary-Jane O'Brien", sent('decided', 'r1', "guest:Mary-Jane O'Brien"), at);
    await inbox.add('allsorts', 'guest:Mary', sent('decided', 'r2', 'guest:Mary'), at);
    expect(await shown(inbox, "guest:Mary-Jane O'Brien")).toEqual(['decided r1']);
    expect(await shown(inbox, 'guest:Mary')).toEqual(['decided r2']);
  });

  it('numbers entries written by another process after the ones it wrote (write-once, never overwritten)', async () => {
    const store = new MemoryRecordStore();
    const one = new PlaygroundInbox(store);
    const two = new PlaygroundInbox(store);
    await one.add('allsorts', 'sam', sent('decided', 'r1'), at);
    await two.add('allsorts', 'sam', sent('decided', 'r2'), at);
    const third = await one.add('allsorts', 'sam', sent('decided', 'r3'), at);
    expect(third.n).toBe(3);
    expect(await shown(one)).toEqual(['decided r3', 'decided r2', 'decided r1']);
  });

  it('shows one line per vote in progress, the newest, and none when the person was asked to vote on it', async () => {
    const inbox = new PlaygroundInbox(new MemoryRecordStore());
    for (let vote = 0; vote < 4; vote++) await inbox.add('allsorts', 'sam', sent('tally-changed', 'watched'), at);
    await inbox.add('allsorts', 'sam', sent('vote-needed', 'mine-to-vote'), at);
    for (let vote = 0; vote < 3; vote++) await inbox.add('allsorts', 'sam', sent('tally-changed', 'mine-to-vote'), at);
    const entries = await inbox.entries('allsorts', 'sam');
    expect(entries.map((entry) => `${entry.notification.kind} ${entry.notification.requestId}`)).toEqual([
      'vote-needed mine-to-vote',
      'tally-changed watched',
    ]);
    expect(entries[1]!.n).toBe(4);
    expect(await inbox.count('allsorts', 'sam')).toBe(2);
  });

  it('shows at most its limit, newest first', async () => {
    const inbox = new PlaygroundInbox(new MemoryRecordStore(), 3);
    for (let i = 1; i <= 5; i++) await inbox.add('allsorts', 'sam', sent('decided', `r${i}`), at);
    expect(await shown(inbox)).toEqual(['decided r5', 'decided r4', 'decided r3']);
  });

  it('moves its version on every add and touch', async () => {
    const inbox = new PlaygroundInbox(new MemoryRecordStore());
    const start = inbox.version;
    await inbox.add('allsorts', 'sam', sent('decided', 'r1'), at);
    inbox.touch();
    expect(inbox.version).toBe(start + 2);
  });
});
