import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { allsortsAnswers, ok, pg, shippedCorpus } from './helpers.ts';

/** A process that dies at its first write of a key matching `at` (and, if given, a value `where` accepts): every later call fails too, as for a killed process. */
class DyingStore implements RecordStore {
  #dead = false;
  constructor(
    private readonly inner: RecordStore,
    private readonly at: RegExp,
    private readonly where: (value: unknown) => boolean = () => true,
  ) {}

  #check(): void {
    if (this.#dead) throw new Error('the process is gone');
  }

  async get<T>(key: string): Promise<T | undefined> {
    this.#check();
    return this.inner.get<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    this.#check();
    return this.inner.getMany<T>(keys);
  }

  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    this.#check();
    if (this.at.test(key) && this.where(value)) {
      this.#dead = true;
      this.#check();
    }
    return this.inner.putIfAbsent(key, value);
  }
}

const second = 1000;

describe('the outbox: an outcome and its follow-up work survive a crash between them', () => {
  it('a vote settled by the last vote, the process killed before its audit entry, is audited and announced by the next process', async () => {
    const store = new MemoryRecordStore();
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const first = new ApprovalService({ corpus, store, clock });
    const id = ok(
      await first.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('jo'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ).request.id;
    for (const who of ['tom', 'ruth']) ok(await first.vote({ requestId: id, actor: pg(who), choice: 'for' }));
    // The third vote settles the vote; the process dies as it starts to audit the outcome.
    const dying = new ApprovalService({
      corpus,
      store: new DyingStore(
        store,
        /^audit:allsorts:\d+$/,
        (entry) => (entry as { eventId: string }).eventId === `outcome:${id}`,
      ),
      clock,
    });
    await expect(dying.vote({ requestId: id, actor: pg('dev'), choice: 'for' })).rejects.toThrow();
    expect((await store.get<{ status: string }>(`outcome:${id}`))?.status).toBe('approved');

    // The next process: while the record is young it may still be in flight elsewhere, so it waits.
    const next = new ApprovalService({ corpus, store, clock });
    expect((await next.tick()).notifications).toEqual([]);
    expect((await next.verifyAudit('allsorts')).unaudited).toEqual([`outcome:${id}`]);
    clock.advance(31 * second);
    const tick = await next.tick();
    expect(tick.notifications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'decided', to: pg('jo'), status: 'approved', requestId: id }),
      ]),
    );
    expect(tick.requests.map((view) => view.id)).toContain(id);
    expect(await next.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [], duplicates: [] });
    const entries = await next.auditEntries('allsorts');
    expect(entries.filter((entry) => entry.eventId === `outcome:${id}`)).toEqual([
      expect.objectContaining({
        type: 'decided',
        actor: { platform: 'system', userId: 'vote' },
        detail: expect.objectContaining({ status: 'approved', for: 3 }),
      }),
    ]);
    // Once: a later tick does nothing more.
    clock.advance(60 * second);
    expect((await next.tick()).notifications.filter((n) => n.requestId === id && n.kind === 'decided')).toEqual([]);
  });

  it('an escalation the clock claimed, the process killed before its audit entry, is audited and sent by the next process', async () => {
    const store = new MemoryRecordStore();
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const id = ok(
      await new ApprovalService({ corpus, store, clock }).submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
      }),
    ).request.id;
    clock.advance(24 * 60 * 60 * second);
    const dying = new ApprovalService({
      corpus,
      store: new DyingStore(store, /^auditing:allsorts:escalation:/),
      clock,
    });
    await expect(dying.tick()).rejects.toThrow();
    expect(await store.get(`escalation:${id}`)).toBeDefined();

    clock.advance(31 * second);
    const next = new ApprovalService({ corpus, store, clock });
    const tick = await next.tick();
    expect(tick.notifications.filter((n) => n.kind === 'escalated').length).toBeGreaterThan(0);
    expect(await next.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [], duplicates: [] });
    expect((await next.auditEntries('allsorts')).filter((entry) => entry.type === 'escalated')).toHaveLength(1);
  });

  it('a submission whose process died before its audit entry is audited, and its approvers told', async () => {
    const store = new MemoryRecordStore();
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const dying = new ApprovalService({ corpus, store: new DyingStore(store, /^auditing:allsorts:submitted:/), clock });
    await expect(
      dying.submit({ org: 'allsorts', flowId: 'photos', requester: pg('sam'), answers: allsortsAnswers.photos }),
    ).rejects.toThrow();
    clock.advance(31 * second);
    const next = new ApprovalService({ corpus, store, clock });
    const tick = await next.tick();
    expect(
      tick.notifications
        .filter((n) => n.kind === 'approval-needed')
        .map((n) => ('userId' in n.to ? n.to.userId : ''))
        .sort(),
    ).toEqual(['alex', 'casey']);
    expect(await next.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
  });
});
