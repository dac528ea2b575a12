import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/logger.ts';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import type { ClosableRecordStore } from '../../../src/adapters/store/keyv-record-store.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import { allsortsAnswers, ok, pg, shippedCorpus } from '../../core/approvals/helpers.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { type OwnRedis, ownRedisMissing, startOwnRedis } from '../../support/own-servers.ts';

const missing = ownRedisMissing();

const until = async (what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

async function redisKeys(url: string): Promise<string[]> {
  const client = createClient({ url });
  await client.connect();
  const found: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: '*', COUNT: 1000 }))
    found.push(...(batch as unknown as string[]));
  await client.close();
  return found;
}

const submitPhotos = (service: ApprovalService, who = 'sam') =>
  service.submit({ org: 'allsorts', flowId: 'photos', requester: pg(who), answers: allsortsAnswers.photos });

describe.skipIf(missing !== undefined)(
  `a Redis store that comes back empty${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let redis: OwnRedis;

    beforeAll(async () => {
      redis = await startOwnRedis({ appendonly: false });
    }, 30_000);

    afterAll(async () => {
      await redis?.destroy();
    });

    it('is detected: writes are refused with a clear error and /healthz says 503, instead of numbering from stale counters', {
      timeout: 60_000,
    }, async () => {
      const store = await createStore({ url: redis.url, namespace: 'reset' });
      const clock = new ManualClock('2025-03-03T09:00:00Z');
      const app = await buildApp({
        config: { ...loadConfig({ TICK_INTERVAL_MS: '600000' }), port: 0 },
        corpus: await shippedCorpus(),
        store,
        closeStore: () => store.close(),
        pingStore: async () => {
          await store.get('health:ping');
        },
        clock,
        logger: createLogger('silent'),
        platforms: [],
      });
      const base = `http://127.0.0.1:${app.http.port}`;
      try {
        const service = app.approvals;
        const before = ok(await submitPhotos(service)).request.id;
        ok(await submitPhotos(service, 'priya'));
        expect((await fetch(`${base}/healthz`)).status).toBe(200);

        // Redis restarts without persistence: every record is gone, and this process still has its counters.
        await redis.kill();
        await redis.start();
        await until('the store to answer again', async () => (await store.get('anything')) === undefined);

        await expect(submitPhotos(service)).rejects.toMatchObject({
          code: 'policy_desk_store_error',
          message: expect.stringMatching(/store was reset.*nothing was saved/),
        });
        // A command on a request this process still has in its cache is refused too, before it writes.
        await expect(
          service.decide({ requestId: before, actor: pg('priya'), decision: 'approve' }),
        ).rejects.toMatchObject({ code: 'policy_desk_store_error' });
        await expect(service.tick()).rejects.toMatchObject({ code: 'policy_desk_store_error' });
        // Nothing at all was written to the empty store.
        expect(await redisKeys(redis.url)).toEqual([]);

        const health = await fetch(`${base}/healthz`);
        expect(health.status).toBe(503);
        expect(await health.json()).toMatchObject({
          status: 'degraded',
          store: expect.stringMatching(/store was reset.*restart every Policy Desk process/),
        });

        // A process started afresh on the (now empty) store works, and numbers from 1 again.
        const fresh = new ApprovalService({ corpus: await shippedCorpus(), store, clock });
        await fresh.openStore();
        const id = ok(await submitPhotos(fresh)).request.id;
        expect((await fresh.listRequests({ org: 'allsorts' })).map((view) => view.id)).toEqual([id]);
        expect(await fresh.verifyAudit('allsorts')).toMatchObject({ ok: true, entries: 1 });
      } finally {
        await app.stop();
      }
    });

    it('refuses to start in production on a Redis without AOF persistence, and warns outside production', async () => {
      await expect(createStore({ url: redis.url, namespace: 'aof', requirePersistence: true })).rejects.toMatchObject({
        code: 'policy_desk_config_invalid',
        message: expect.stringMatching(
          /production refuses to start: Redis at .* keeps its data only in memory \(appendonly is off\).*appendonly yes/,
        ),
      });
      const warnings: string[] = [];
      const store = await createStore({
        url: redis.url,
        namespace: 'aof',
        requirePersistence: false,
        onWarning: (message) => warnings.push(message),
      });
      await store.close();
      expect(warnings).toEqual([expect.stringMatching(/appendonly is off/)]);
    });

    it('opens a Redis with AOF persistence in production, and its records survive a restart', {
      timeout: 30_000,
    }, async () => {
      const durable = await startOwnRedis({ appendonly: true });
      let store: ClosableRecordStore | undefined;
      try {
        const warnings: string[] = [];
        store = await createStore({
          url: durable.url,
          namespace: 'aof',
          requirePersistence: true,
          onWarning: (message) => warnings.push(message),
        });
        expect(warnings).toEqual([]);
        const service = new ApprovalService({
          corpus: await shippedCorpus(),
          store,
          clock: new ManualClock('2025-03-03T09:00:00Z'),
        });
        await service.openStore();
        const id = ok(await submitPhotos(service)).request.id;
        await durable.kill();
        await durable.start();
        await until('the store to answer again', async () => (await store!.get('anything')) === undefined);
        // The epoch survived with the records: the same process goes on writing.
        expect((await service.getRequest(id))?.status).toBe('pending');
        ok(await submitPhotos(service, 'priya'));
        expect(await service.storeProblem()).toBeUndefined();
        expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, entries: 2 });
      } finally {
        await store?.close();
        await durable.destroy();
      }
    });
  },
);

describe('the store epoch', () => {
  it('is written once, by the first process to write, and read by every other', async () => {
    const store = new MemoryRecordStore();
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const [a, b] = [new ApprovalService({ corpus, store, clock }), new ApprovalService({ corpus, store, clock })];
    await Promise.all([a.openStore(), b.openStore()]);
    expect(store.keys().filter((key) => key === 'store:epoch')).toHaveLength(1);
    ok(await submitPhotos(a));
    ok(await submitPhotos(b, 'priya'));
    expect(await a.storeProblem()).toBeUndefined();
  });

  it('a store replaced under a running process (another epoch) is refused too', async () => {
    const data = new Map<string, string>();
    const store = new MemoryRecordStore(data);
    const corpus = await shippedCorpus();
    const clock = new ManualClock('2025-03-03T09:00:00Z');
    const service = new ApprovalService({ corpus, store, clock });
    ok(await submitPhotos(service));
    data.clear();
    data.set('store:epoch', JSON.stringify({ v: 1, id: 'another', createdAt: '2025-01-01T00:00:00Z' }));
    clock.advance(1000);
    await expect(submitPhotos(service)).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(/epoch record is a different one/),
    });
    expect([...data.keys()]).toEqual(['store:epoch']);
  });
});
