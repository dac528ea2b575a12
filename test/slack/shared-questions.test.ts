import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { SharedQuestions, shareLifetimeMs } from '../../src/slack/shared-questions.ts';

describe('SharedQuestions', () => {
  const setup = () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const store = new MemoryRecordStore();
    const shares = new SharedQuestions(store, () => new Date(now));
    return { store, shares, advance: (ms: number) => (now += ms) };
  };

  it('opens a sealed question for the asker with the reference the button carries', async () => {
    const { shares } = setup();
    const question = `Can I text a young person? ${'é"\\'.repeat(600)}`;
    const reference = await shares.seal('U_SAM', question);
    expect(JSON.stringify(reference).length).toBeLessThan(100);
    expect(await shares.open(reference, 'U_SAM')).toEqual({ ok: true, question });
  });

  it('refuses another user, a wrong key and an unknown id', async () => {
    const { shares } = setup();
    const reference = await shares.seal('U_SAM', 'Can I text?');
    expect(await shares.open(reference, 'U_JO')).toEqual({ ok: false, reason: 'unknown' });
    expect(await shares.open({ ...reference, key: 'A'.repeat(43) }, 'U_SAM')).toEqual({ ok: false, reason: 'unknown' });
    expect(await shares.open({ ...reference, share: 'B'.repeat(16) }, 'U_SAM')).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('refuses a share older than the 30 minutes its response_url lasts', async () => {
    const { shares, advance } = setup();
    const reference = await shares.seal('U_SAM', 'Can I text?');
    advance(shareLifetimeMs + 1);
    expect(await shares.open(reference, 'U_SAM')).toEqual({ ok: false, reason: 'expired' });
  });

  it('stores ciphertext only', async () => {
    const { shares, store } = setup();
    const reference = await shares.seal('U_SAM', 'Zebra Club outing');
    expect(JSON.stringify(await store.get(`slack:share:${reference.share}`))).not.toMatch(/Zebra|U_SAM/);
  });
});
