import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { allsortsAnswers, ok, pg, setup, shippedCorpus, submitPhotos } from './helpers.ts';

const root = path.join(import.meta.dirname, '../../..');

/** A decided photo request and a vote with two votes cast, in a fresh store. */
async function decidedAndVoted() {
  const context = await setup();
  const { service } = context;
  const photos = await submitPhotos(service);
  ok(await service.decide({ requestId: photos, actor: pg('alex'), decision: 'approve' }));
  const vote = ok(
    await service.submit({
      org: 'allsorts',
      flowId: 'trustee-contact',
      requester: pg('jo'),
      answers: allsortsAnswers['trustee-contact'],
    }),
  ).request.id;
  ok(await service.vote({ requestId: vote, actor: pg('tom'), choice: 'for' }));
  ok(await service.vote({ requestId: vote, actor: pg('ruth'), choice: 'against' }));
  expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [], duplicates: [] });
  // A fresh process reads what is in the store, with nothing cached from before the deletion.
  const fresh = () => new ApprovalService({ corpus: context.corpus, store: context.store, clock: context.clock });
  return { ...context, photos, vote, fresh };
}

describe('audit verification, both ways', () => {
  it('every audited event has its record: a deleted outcome, which made an approved request pending again, fails verification', async () => {
    const { store, photos, fresh } = await decidedAndVoted();
    store.remove(`outcome:${photos}`);
    expect((await fresh().getRequest(photos))!.status).toBe('pending');
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: {
        seq: 2,
        key: `outcome:${photos}`,
        problem: expect.stringMatching(/record outcome:.* that entry 2 audited \(decided\) is missing: it was deleted/),
      },
    });
  });

  it('a deleted vote fails verification', async () => {
    const { store, vote, fresh } = await decidedAndVoted();
    store.remove(`vote:${vote}:ruth-trustee`);
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { key: `vote:${vote}:ruth-trustee`, problem: expect.stringMatching(/is missing: it was deleted/) },
    });
  });

  it('a deleted request fails verification, and so does a request removed from the index', async () => {
    const deleted = await decidedAndVoted();
    deleted.store.remove(`request:${deleted.vote}`);
    expect(await deleted.fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { key: `request:${deleted.vote}` },
    });
    const unlisted = await decidedAndVoted();
    unlisted.store.remove('reqindex:allsorts:2');
    expect(await unlisted.fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { key: `request:${unlisted.vote}`, problem: expect.stringMatching(/missing from the request index/) },
    });
  });

  it('every record has its audit entry: a record written with no entry is listed as unaudited', async () => {
    const { store, vote, fresh } = await decidedAndVoted();
    await store.putIfAbsent(`vote:${vote}:dev-trustee`, {
      v: 1,
      requestId: vote,
      voter: { key: 'dev-trustee', name: 'Dev (trustee)', account: pg('dev') },
      choice: 'for',
      at: '2025-03-03T09:00:00.000Z',
    });
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [`vote:${vote}:dev-trustee`] });
  });

  it('lists an event audited more than once (a log written before each event got one entry)', async () => {
    const { store, photos, fresh } = await decidedAndVoted();
    const decided = (await store.get<Record<string, unknown>>('audit:allsorts:2'))!;
    const head = (await store.get<{ hash: string }>('audit:allsorts:5'))!;
    const { chainEntry } = await import('../../../src/core/approvals/audit-chain.ts');
    const {
      seq: _seq,
      prevHash: _prev,
      hash: _hash,
      v: _v,
      ...event
    } = decided as Record<string, unknown> & { seq: number; prevHash: string; hash: string; v: 1 };
    await store.putIfAbsent('audit:allsorts:6', chainEntry(event as never, 6, head.hash));
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({ ok: true, duplicates: [`outcome:${photos}`] });
  });

  it('npm run audit -- verify --strict fails once an outcome row is deleted', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-both-ways-')), 'store.sqlite');
    const url = `sqlite://${file}`;
    const store = await createStore({ url, namespace: 'policy-desk' });
    const service = new ApprovalService({
      corpus: await shippedCorpus(),
      store,
      clock: new ManualClock('2025-03-03T09:00:00Z'),
    });
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: { ...allsortsAnswers.photos, date: '2099-01-01' },
      }),
    ).request.id;
    ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }));
    await store.close();
    const verify = () =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'src/cli/audit.ts'),
          'verify',
          '--org',
          'allsorts',
          '--strict',
          '--store',
          url,
        ],
        { cwd: root, encoding: 'utf8', timeout: 60_000 },
      );
    expect(verify().status).toBe(0);
    const raw = new KeyvSqlite({ uri: url });
    await raw.query('DELETE FROM keyv WHERE key = ?', `policy-desk:outcome:${id}`);
    await raw.disconnect();
    const after = verify();
    expect(after.status).toBe(1);
    expect(after.stdout).toMatch(
      new RegExp(
        `^allsorts: BROKEN at entry 2 \\(outcome:${id}\\): the record outcome:${id} that entry 2 audited \\(decided\\) is missing: it was deleted`,
      ),
    );
  });
});
