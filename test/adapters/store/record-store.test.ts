import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import { createKeyv } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import type { ClosableRecordStore } from '../../../src/adapters/store/keyv-record-store.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import { PolicyDeskError } from '../../../src/core/errors.ts';
import { allsortsAnswers, ok, pg, shippedCorpus } from '../../core/approvals/helpers.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { dropNamespace, type Engine, engines, uniqueNamespace } from './engines.ts';

const found = await engines();

/** An independent, standard Keyv on the same engine and namespace: what "Keyv reads it" means. */
function plainKeyv(engine: Engine, namespace: string): Keyv {
  if (engine.name === 'sqlite')
    return new Keyv({ store: new KeyvSqlite({ uri: engine.url!, busyTimeout: 5000 }), namespace });
  if (engine.name === 'redis') return createKeyv(engine.url!, { namespace });
  return new Keyv({ store: new KeyvPostgres({ uri: engine.url! }), namespace });
}

for (const engine of found) {
  describe.skipIf(engine.skip !== undefined)(
    `record store on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace(engine.name);
      let store: ClosableRecordStore;
      let second: ClosableRecordStore | undefined;

      beforeAll(async () => {
        store = await createStore({ url: engine.url!, namespace });
      });

      afterAll(async () => {
        await second?.close();
        await store?.close();
        await dropNamespace(engine, namespace);
      });

      it('reads a missing key as undefined', async () => {
        expect(await store.get('missing')).toBeUndefined();
        expect(await store.getMany(['missing-1', 'missing-2'])).toEqual([undefined, undefined]);
      });

      it('creates a key once and never overwrites it', async () => {
        expect(await store.putIfAbsent('once', { n: 1 })).toBe(true);
        expect(await store.putIfAbsent('once', { n: 2 })).toBe(false);
        expect(await store.get('once')).toEqual({ n: 1 });
      });

      it('reads many keys in order, with gaps', async () => {
        await store.putIfAbsent('many:a', 'A');
        await store.putIfAbsent('many:c', 'C');
        expect(await store.getMany(['many:c', 'many:b', 'many:a'])).toEqual(['C', undefined, 'A']);
      });

      it('round-trips values exactly, including strings Keyv escapes', async () => {
        const value = {
          text: ':colon first',
          nested: { list: [1, 'two', null, { deep: true }] },
          unicode: 'Ω café 🚀',
          empty: '',
        };
        await store.putIfAbsent('roundtrip', value);
        expect(await store.get('roundtrip')).toEqual(value);
        await store.putIfAbsent('plain-string', ':starts with colon');
        expect(await store.get('plain-string')).toBe(':starts with colon');
      });

      it('stores in the format and under the key a standard Keyv reads and writes', async () => {
        const keyv = plainKeyv(engine, namespace);
        try {
          await store.putIfAbsent('compat:mine', { from: 'putIfAbsent', text: ':x' });
          expect(await keyv.get('compat:mine')).toEqual({ from: 'putIfAbsent', text: ':x' });
          // No TTL: the stored record carries no expiry.
          expect(await keyv.getRaw('compat:mine')).toEqual({ value: { from: 'putIfAbsent', text: ':x' } });
          await keyv.set('compat:theirs', { from: 'keyv' });
          expect(await store.putIfAbsent('compat:theirs', { from: 'me' })).toBe(false);
          expect(await store.get('compat:theirs')).toEqual({ from: 'keyv' });
        } finally {
          // Postgres: the adapter's pool is shared per URL in a process, so this store keeps it open.
          if (engine.name !== 'postgres') await keyv.disconnect();
        }
      });

      it('keeps namespaces apart', async () => {
        const other = await createStore({ url: engine.url!, namespace: `${namespace}-other` });
        try {
          await store.putIfAbsent('shared-name', 'mine');
          expect(await other.get('shared-name')).toBeUndefined();
          expect(await other.putIfAbsent('shared-name', 'theirs')).toBe(true);
          expect(await store.get('shared-name')).toBe('mine');
        } finally {
          if (engine.name !== 'postgres') await other.close();
          await dropNamespace(engine, `${namespace}-other`);
        }
      });

      it('lets exactly one of many racing writers, over two connections, create a key', async () => {
        second = engine.name === 'postgres' ? store : await createStore({ url: engine.url!, namespace });
        for (let round = 0; round < 5; round++) {
          const results = await Promise.all(
            Array.from({ length: 40 }, (_, i) => (i % 2 ? store : second!).putIfAbsent(`race:${round}`, { writer: i })),
          );
          expect(results.filter(Boolean)).toHaveLength(1);
          expect(await store.get(`race:${round}`)).toEqual({ writer: results.indexOf(true) });
        }
      });

      it('runs the approval service end to end: a vote decided once, the audit chain sound', async () => {
        const clock = new ManualClock('2025-03-03T09:00:00Z');
        const corpus = await shippedCorpus();
        const service = new ApprovalService({ corpus, store, clock });
        const id = ok(
          await service.submit({
            org: 'allsorts',
            flowId: 'trustee-contact',
            requester: pg('sam'),
            answers: allsortsAnswers['trustee-contact'],
          }),
        ).request.id;
        const other = new ApprovalService({ corpus, store: second ?? store, clock });
        const results = await Promise.all(
          ['priya', 'tom', 'ruth', 'dev', 'ann'].map((who, i) =>
            (i % 2 ? other : service).vote({ requestId: id, actor: pg(who), choice: 'for' }),
          ),
        );
        const decided = results.flatMap((result) =>
          result.ok ? result.value.notifications.filter((n) => n.kind === 'decided') : [],
        );
        expect(decided).toHaveLength(1);
        expect((await service.getRequest(id))!.status).toBe('approved');
        expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
      });
    },
  );
}

describe('a broken store is an error, never "not found"', () => {
  it('SQLite: a file that is not a database', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-broken-')), 'broken.sqlite');
    writeFileSync(
      file,
      'this is not a sqlite database, just some text that is long enough to be read as a header '.repeat(20),
    );
    const attempt = createStore({ url: `sqlite://${file}`, namespace: 'broken' });
    await expect(attempt).rejects.toBeInstanceOf(PolicyDeskError);
    await expect(attempt).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(/^cannot open the SQLite file .*broken\.sqlite: .*not a database.*Check the path/),
    });
  });

  it('SQLite: a read after the database went away throws a store error', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-closed-')), 'closed.sqlite');
    const store = await createStore({ url: `sqlite://${file}`, namespace: 'closed' });
    await store.close();
    await expect(store.get('anything')).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(/cannot read "anything" in the SQLite file/),
    });
    await expect(store.getMany(['a', 'b'])).rejects.toMatchObject({ code: 'policy_desk_store_error' });
    await expect(store.putIfAbsent('anything', 1)).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(/cannot write "anything"/),
    });
  });

  it('Redis: nothing listening', async () => {
    await expect(createStore({ url: 'redis://127.0.0.1:1', namespace: 'x' })).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(/^cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*Is Redis running/),
    });
  });

  it('PostgreSQL: nothing listening, password hidden', async () => {
    await expect(
      createStore({ url: 'postgres://someone:secret@127.0.0.1:1/db', namespace: 'x' }),
    ).rejects.toMatchObject({
      code: 'policy_desk_store_error',
      message: expect.stringMatching(
        /^cannot reach PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/db: .*Is PostgreSQL running/,
      ),
    });
  });

  it('an unknown URL scheme is a configuration error naming the forms that work', async () => {
    await expect(createStore({ url: 'mongodb://x' })).rejects.toMatchObject({
      code: 'policy_desk_config_invalid',
      message: expect.stringMatching(/sqlite:\/\/.*redis:\/\/.*postgres:\/\//),
    });
  });
});
