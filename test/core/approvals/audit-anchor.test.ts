import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { describe, expect, it } from 'vitest';
import { resolveAuditKey } from '../../../src/adapters/audit-key.ts';
import { createLogger } from '../../../src/adapters/logger.ts';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import {
  type AuditEntry,
  chainEntry,
  checkpointText,
  computeEntryHash,
  parseCheckpoints,
} from '../../../src/core/approvals/audit-chain.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { allsortsAnswers, ok, pg, shippedCorpus, submitPhotos, TamperableStore } from './helpers.ts';

const root = path.join(import.meta.dirname, '../../..');
const key = Buffer.from('0123456789abcdef0123456789abcdef-test-key');

/** A sealed log of 7 entries (two requests, a decision, four votes) and the service that wrote it. */
async function sealedLog() {
  const store = new TamperableStore();
  const clock = new ManualClock('2025-03-03T09:00:00Z');
  const corpus = await shippedCorpus();
  const service = new ApprovalService({ corpus, store, clock, auditKey: key });
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
  for (const who of ['tom', 'ruth', 'dev'])
    ok(await service.vote({ requestId: vote, actor: pg(who), choice: 'against' }));
  const entries = await service.auditEntries('allsorts');
  const fresh = () => new ApprovalService({ corpus, store, clock, auditKey: key });
  return { store, service, entries, fresh, photos, vote, clock, corpus };
}

/** Rewrites entries from `from` on as someone with write access to the store but not the key would: content changed, hashes recomputed. */
function rewriteTail(
  store: TamperableStore,
  entries: readonly AuditEntry[],
  from: number,
  change: (entry: AuditEntry) => AuditEntry,
): void {
  let prevHash = entries[from - 2]?.hash ?? '0'.repeat(64);
  for (const original of entries.slice(from - 1)) {
    const changed = { ...change(original), prevHash };
    // The best a forger can do: a plain SHA-256 (v1), or a v2 entry with a hash they cannot key.
    const forged = { ...changed, v: 1 as const, hash: computeEntryHash({ ...changed, v: 1 }) };
    store.tamper(`audit:allsorts:${original.seq}`, forged);
    prevHash = forged.hash;
  }
}

describe('the audit chain, anchored', () => {
  it('seals each entry with an HMAC under the audit key', async () => {
    const { entries, service } = await sealedLog();
    expect(entries.map((entry) => entry.v)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, entries: 7 });
    // Without the key, a sealed log cannot be checked, and says so.
    const keyless = new ApprovalService({
      corpus: await shippedCorpus(),
      store: (await sealedLog()).store,
      clock: new ManualClock('2025-03-03T09:00:00Z'),
    });
    expect(await keyless.verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 1, problem: expect.stringMatching(/sealed with the audit key: verify with AUDIT_KEY/) },
    });
  });

  it('detects a tail rewritten with recomputed hashes', async () => {
    const { store, entries, fresh } = await sealedLog();
    rewriteTail(store, entries, 5, (entry) => (entry.seq === 5 ? { ...entry, detail: { choice: 'for' } } : entry));
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 5, problem: expect.stringMatching(/not sealed, but an earlier one is/) },
    });
    // Keeping v2 with a made-up seal does no better.
    const again = await sealedLog();
    const fifth = again.entries[4]!;
    const forged = {
      ...fifth,
      detail: { choice: 'for' },
      hash: computeEntryHash(
        { ...fifth, detail: { choice: 'for' } },
        Buffer.from('a key the forger made up, not ours!'),
      ),
    };
    again.store.tamper('audit:allsorts:5', forged);
    expect(await again.fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 5, problem: expect.stringMatching(/edited or forged: its seal does not match/) },
    });
  });

  it('detects a forged entry inserted at the end', async () => {
    const { store, entries, fresh, vote } = await sealedLog();
    const last = entries.at(-1)!;
    const { seq: _s, prevHash: _p, hash: _h, v: _v, ...event } = last;
    store.tamper(
      'audit:allsorts:8',
      chainEntry(
        { ...event, eventId: `vote:${vote}:ann-trustee`, actor: pg('ann') },
        8,
        last.hash,
        Buffer.from('not-the-real-key-not-the-real-key'),
      ),
    );
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 8, problem: expect.stringMatching(/seal does not match/) },
    });
  });

  it('a checkpoint proves the log still extends it: cutting the tail with its markers and records is caught', async () => {
    const { store, service, fresh, vote, clock } = await sealedLog();
    const point = (await service.checkpoint('allsorts'))!;
    expect(point).toMatchObject({ org: 'allsorts', count: 7 });
    const text = checkpointText(point);
    expect(parseCheckpoints(`posted in #trustees:\n${text}\n`)).toEqual([point]);
    // The third vote against settled the vote (entry 7, declined). Someone deletes that outcome: its entry, marker and claim, and the record.
    expect((await service.auditEntries('allsorts'))[6]).toMatchObject({
      seq: 7,
      eventId: `outcome:${vote}`,
      detail: { status: 'declined' },
    });
    for (const doomed of [
      'audit:allsorts:7',
      `audited:allsorts:outcome:${vote}`,
      `auditing:allsorts:outcome:${vote}`,
      `outcome:${vote}`,
    ])
      store.remove(doomed);
    expect((await fresh().getRequest(vote))!.status).toBe('pending');
    // The log alone cannot tell (this is what the checkpoint is for).
    expect(await fresh().verifyAudit('allsorts')).toMatchObject({ ok: true, entries: 6 });
    expect(await fresh().verifyCheckpoints('allsorts', parseCheckpoints(text))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/has 6 entries but the checkpoint of .* saw 7: entries were cut from the end/),
    });
    // A log that grew since still extends the checkpoint.
    const grown = await sealedLog();
    const earlier = (await grown.service.checkpoint('allsorts'))!;
    grown.clock.advance(60_000);
    ok(
      await grown.service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
      }),
    );
    expect(await grown.fresh().verifyCheckpoints('allsorts', [earlier])).toEqual({ ok: true, checked: 1 });
    void clock;
  });

  it('refuses a checkpoint that was altered, or a log rewritten under it', async () => {
    const { store, service, entries, fresh } = await sealedLog();
    const point = (await service.checkpoint('allsorts'))!;
    expect(await fresh().verifyCheckpoints('allsorts', [{ ...point, count: 6, head: entries[5]!.hash }])).toMatchObject(
      { ok: false, problem: expect.stringMatching(/not signed with this audit key/) },
    );
    // The whole log rewritten as plain (v1) entries verifies on its own, but not against the checkpoint.
    rewriteTail(store, entries, 1, (entry) => ({ ...entry, v: 1 }));
    expect(await fresh().verifyCheckpoints('allsorts', [point])).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/rewritten/),
    });
  });

  it('in local mode, the key is made once beside the SQLite file (readable by its owner only); production requires AUDIT_KEY', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-key-'));
    const url = `sqlite://${path.join(dir, 'store.sqlite')}`;
    expect(resolveAuditKey({ storeUrl: url, production: false, create: false })).toBeUndefined();
    const made = resolveAuditKey({ storeUrl: url, production: false })!;
    expect(made.source).toBe(path.join(dir, 'audit.key'));
    expect(statSync(made.source).mode & 0o777).toBe(0o600);
    expect(resolveAuditKey({ storeUrl: url, production: false })!.key).toEqual(made.key);
    expect(() => resolveAuditKey({ storeUrl: url, production: true })).toThrow(
      /AUDIT_KEY: production refuses to start without it/,
    );
    expect(() => resolveAuditKey({ configured: 'short', storeUrl: url, production: true })).toThrow(
      /at least 32 characters/,
    );
    expect(resolveAuditKey({ configured: 'x'.repeat(40), storeUrl: url, production: true })!.source).toBe('AUDIT_KEY');
  });

  it('the app appends a signed checkpoint after its clock work, and audit verify --checkpoint FILE catches a cut tail', {
    timeout: 60_000,
  }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-anchor-'));
    const url = `sqlite://${path.join(dir, 'store.sqlite')}`;
    const file = path.join(dir, 'audit-checkpoints.log');
    const auditKey = resolveAuditKey({ storeUrl: url, production: false })!.key;
    const store = await createStore({ url, namespace: 'policy-desk' });
    const app = await buildApp({
      config: { ...loadConfig({ TICK_INTERVAL_MS: '1000' }), port: 0 },
      corpus: await shippedCorpus(),
      store,
      closeStore: () => store.close(),
      clock: new ManualClock('2025-03-03T09:00:00Z'),
      logger: createLogger('silent'),
      platforms: [],
      auditKey,
      checkpointFile: file,
    });
    const id = ok(
      await app.approvals.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
      }),
    ).request.id;
    ok(await app.approvals.decide({ org: 'allsorts', requestId: id, actor: pg('alex'), decision: 'approve' }));
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await app.stop();
    expect(parseCheckpoints(readFileSync(file, 'utf8'))).toEqual([
      expect.objectContaining({ org: 'allsorts', count: 2 }),
    ]);

    const verify = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(root, 'src/cli/audit.ts'),
          'verify',
          '--org',
          'allsorts',
          '--store',
          url,
          ...args,
        ],
        { cwd: root, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
      );
    expect(verify('--checkpoint', file)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('allsorts: extends 1 checkpoint'),
    });
    // Cut the decision: its entry, marker, claim and the outcome record.
    const raw = new KeyvSqlite({ uri: url });
    for (const key of [
      'audit:allsorts:2',
      `audited:allsorts:outcome:${id}`,
      `auditing:allsorts:outcome:${id}`,
      `outcome:${id}`,
    ])
      await raw.query('DELETE FROM keyv WHERE key = ?', `policy-desk:${key}`);
    await raw.disconnect();
    expect(verify('--strict')).toMatchObject({ status: 0 });
    const cut = verify('--checkpoint', readFileSync(file, 'utf8').trim());
    expect(cut.status).toBe(1);
    expect(cut.stdout).toMatch(
      /allsorts: BROKEN: the log has 1 entries but the checkpoint of .* saw 2: entries were cut from the end/,
    );
  });
});
