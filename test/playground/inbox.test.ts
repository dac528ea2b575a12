import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/conversation/replies.ts';
import { PlaygroundInbox } from '../../src/playground/inbox.ts';

const note = (text: string): Reply => ({ kind: 'notice', tone: 'info', text });

describe('PlaygroundInbox', () => {
  it('keeps each account of each organisation apart, newest first', () => {
    const inbox = new PlaygroundInbox();
    inbox.add('allsorts', 'sam', [note('one')]);
    inbox.add('allsorts', 'sam', [note('two')]);
    inbox.add('worknlearn', 'sam', [note('elsewhere')]);
    expect(inbox.entries('allsorts', 'sam').map((entry) => (entry.replies[0] as { text: string }).text)).toEqual(['two', 'one']);
    expect(inbox.count('worknlearn', 'sam')).toBe(1);
    expect(inbox.count('allsorts', 'alex')).toBe(0);
    expect(inbox.people).toBe(2);
  });

  it('drops the oldest notifications past its limit', () => {
    const inbox = new PlaygroundInbox(3);
    for (let i = 1; i <= 5; i++) inbox.add('allsorts', 'sam', [note(String(i))]);
    expect(inbox.entries('allsorts', 'sam').map((entry) => (entry.replies[0] as { text: string }).text)).toEqual(['5', '4', '3']);
  });

  it('moves its version on every add, redraw and touch', () => {
    const inbox = new PlaygroundInbox();
    const start = inbox.version;
    const entry = inbox.add('allsorts', 'sam', [note('x')]);
    inbox.redraw(entry, [note('y')]);
    inbox.touch();
    expect(inbox.version).toBe(start + 3);
    expect(inbox.entries('allsorts', 'sam')[0]!.replies).toEqual([note('y')]);
  });
});
