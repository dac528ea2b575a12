import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import { dropNamespace, type Engine, engines, uniqueNamespace } from '../adapters/store/engines.ts';
import { shippedCorpus } from '../core/approvals/helpers.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { spawnWorker } from './workers/worker-support.ts';

/** Runs the crash worker until it has acknowledged at least `acks` writes, then kills it with SIGKILL mid-stream. */
async function runAndKill(url: string, namespace: string, acks: number): Promise<string[]> {
  const child = spawnWorker('crash-worker.ts', { url, namespace, lanes: 4 });
  let buffer = '';
  let stderr = '';
  const lines: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop()!;
      lines.push(...complete.filter((line) => line !== 'ready'));
      if (lines.length >= acks && child.exitCode === null && !child.killed) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the worker stopped on its own (code ${code}): ${stderr}`));
    });
  });
  await new Promise((resolve) => child.once('close', resolve));
  // Whatever the pipe still held was printed before the kill, so it counts as acknowledged too.
  lines.push(...buffer.split('\n').filter((line) => line && line !== 'ready'));
  return lines;
}

/**
 * What a restart after a kill must find: every acknowledged write; a chain that verifies with one
 * entry per event; and, once the restarted process's clock has done the outbox's work, nothing
 * unaudited (`verify --strict` clean).
 */
async function restartAndCheck(url: string, namespace: string, acknowledged: readonly string[]): Promise<void> {
  const store = await createStore({ url, namespace });
  try {
    const service = new ApprovalService({ corpus: await shippedCorpus(), store, clock: new ManualClock(new Date()) });
    for (const line of acknowledged) {
      const [what, id, detail] = line.split(' ');
      const view = await service.getRequest(id!);
      expect(view, line).toBeDefined();
      if (what === 'voted')
        expect(
          view!.votes.map((v) => v.voter.account.userId),
          line,
        ).toContain(detail);
      if (what === 'decided') expect(view!.status, line).toBe('approved');
    }
    const verification = await service.verifyAudit('allsorts');
    expect(verification.ok, JSON.stringify(verification.broken)).toBe(true);
    // A record can lack its audit entry only if its write was never acknowledged (the kill fell between the two).
    const acknowledgedKeys = new Set(
      acknowledged.flatMap((line) => {
        const [what, id, detail] = line.split(' ');
        if (what === 'submitted') return [`request:${id}`];
        if (what === 'decided') return [`outcome:${id}`];
        // The third vote settles the vote, so its acknowledgement covers the outcome too.
        return [`vote:${id}:${detail}-trustee`, ...(detail === 'dev' ? [`outcome:${id}`] : [])];
      }),
    );
    expect(verification.unaudited.filter((key) => acknowledgedKeys.has(key))).toEqual([]);
    const entries = await service.auditEntries('allsorts');
    const submittedIds = new Set(entries.filter((e) => e.type === 'submitted').map((e) => e.requestId));
    for (const line of acknowledged.filter((l) => l.startsWith('submitted')))
      expect(submittedIds.has(line.split(' ')[1]!), line).toBe(true);
    // Exactly one audit entry per event, across every crash and restart so far.
    expect(entries.length - new Set(entries.map((e) => e.eventId)).size).toBe(0);
    // The restarted process's clock work finishes whatever the kill interrupted: then verify --strict passes.
    const restarted = new ApprovalService({
      corpus: await shippedCorpus(),
      store,
      clock: new ManualClock(new Date(Date.now() + 60_000)),
    });
    await restarted.tick();
    expect(await restarted.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [], duplicates: [] });
  } finally {
    await store.close();
  }
}

for (const engine of await engines()) {
  describe.skipIf(engine.skip !== undefined)(
    `kill -9 mid-stream on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace(`crash-${engine.name}`);
      const url =
        engine.name === 'sqlite'
          ? `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-crash-')), 'crash.sqlite')}`
          : engine.url!;
      afterAll(() => dropNamespace(engine as Engine, namespace));

      it('loses nothing acknowledged, and after every crash and restart the chain has one entry per event and verify --strict passes', {
        timeout: 120_000,
      }, async () => {
        const acknowledged: string[] = [];
        for (let crash = 0; crash < 3; crash++) {
          acknowledged.push(...(await runAndKill(url, namespace, 40 + Math.floor(Math.random() * 40))));
          await restartAndCheck(url, namespace, acknowledged);
        }
        expect(acknowledged.length).toBeGreaterThanOrEqual(120);
      });
    },
  );
}
