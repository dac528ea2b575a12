import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import type { AuditEntry } from '../../../src/core/approvals/audit-chain.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import { allsortsAnswers, ok, pg, shippedCorpus, submitPhotos } from '../../core/approvals/helpers.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { dropNamespace, engines, uniqueNamespace } from './engines.ts';

/** Every store call waits 0–`maxMs` ms first: interleavings a busy store would produce. */
class JitterStore implements RecordStore {
  constructor(
    private readonly inner: RecordStore,
    private readonly maxMs = 3,
  ) {}

  async #pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * this.maxMs));
  }

  async get<T>(key: string): Promise<T | undefined> {
    await this.#pause();
    return this.inner.get<T>(key);
  }

  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    await this.#pause();
    return this.inner.getMany<T>(keys);
  }

  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    await this.#pause();
    return this.inner.putIfAbsent(key, value);
  }
}

/** Event ids that have more than one entry in the log. */
function duplicated(entries: readonly AuditEntry[]): string[] {
  const seen = new Map<string, number>();
  for (const entry of entries) seen.set(entry.eventId, (seen.get(entry.eventId) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
}

/**
 * Two processes (two services, each with its own caches and queues) on one store; every decision
 * and vote is clicked three times at once, spread over both processes, as a double click that
 * lands while the first click is still being audited.
 */
async function doubleClicks(
  stores: [RecordStore, RecordStore],
): Promise<{ entries: AuditEntry[]; service: ApprovalService }> {
  const corpus = await shippedCorpus();
  const clock = new ManualClock('2025-03-03T09:00:00Z');
  const [a, b] = stores.map((store) => new ApprovalService({ corpus, store, clock })) as [
    ApprovalService,
    ApprovalService,
  ];
  const decisions = await Promise.all(
    Array.from({ length: 12 }, () =>
      a.submit({ org: 'allsorts', flowId: 'photos', requester: pg('sam'), answers: allsortsAnswers.photos }),
    ),
  );
  const votes = await Promise.all(
    Array.from({ length: 6 }, () =>
      b.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('sam'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ),
  );
  await Promise.all([
    ...decisions.flatMap((result) => {
      const requestId = ok(result).request.id;
      return [a, b, a].map((service) => service.decide({ requestId, actor: pg('alex'), decision: 'approve' }));
    }),
    ...votes.flatMap((result) => {
      const requestId = ok(result).request.id;
      return ['tom', 'ruth', 'dev'].flatMap((who) =>
        [b, a, b].map((service) => service.vote({ requestId, actor: pg(who), choice: 'for' })),
      );
    }),
  ]);
  return { entries: await a.auditEntries('allsorts'), service: b };
}

describe('one audit entry per event, whatever the retries', () => {
  it('in memory, with every store call delayed at random', { timeout: 30_000 }, async () => {
    for (let round = 0; round < 5; round++) {
      const shared = new MemoryRecordStore();
      const { entries, service } = await doubleClicks([new JitterStore(shared), new JitterStore(shared)]);
      expect(duplicated(entries)).toEqual([]);
      expect(entries.filter((entry) => entry.type === 'voted')).toHaveLength(18);
      expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
    }
  });

  it('completes an append that stopped after its entry and before its marker without a second entry', async () => {
    const store = new MemoryRecordStore();
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const service = new ApprovalService({ corpus, store, clock });
    const id = await submitPhotos(service);
    // A process that wrote the outcome and its audit entry, then died before the marker: play it with a store that drops the marker write.
    const dying: RecordStore = {
      get: (key) => store.get(key),
      getMany: (keys) => store.getMany(keys),
      putIfAbsent: async (key, value) => (key.startsWith('audited:') ? true : store.putIfAbsent(key, value)),
    };
    ok(
      await new ApprovalService({ corpus, store: dying, clock }).decide({
        requestId: id,
        actor: pg('alex'),
        decision: 'approve',
      }),
    );
    // The second click, on a healthy process, finds the outcome and makes sure it is audited.
    await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' });
    const entries = await service.auditEntries('allsorts');
    expect(entries.filter((entry) => entry.type === 'decided')).toHaveLength(1);
    expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
  });
});

const found = await engines();
for (const engine of found) {
  describe.skipIf(engine.skip !== undefined)(
    `one audit entry per event on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace(`once-${engine.name}`);
      afterAll(async () => {
        await dropNamespace(engine, namespace);
      });

      it('double clicks over two connections leave one entry per decision and per vote', {
        timeout: 60_000,
      }, async () => {
        const first = await createStore({ url: engine.url!, namespace });
        const second = await createStore({ url: engine.url!, namespace });
        try {
          const { entries, service } = await doubleClicks([first, second]);
          expect(duplicated(entries)).toEqual([]);
          expect(entries.filter((entry) => entry.type === 'voted')).toHaveLength(18);
          expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
        } finally {
          await first.close();
          await second.close();
        }
      });
    },
  );
}
