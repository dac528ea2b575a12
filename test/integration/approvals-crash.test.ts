import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manual-clock.ts';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import { dropNamespace, engines, uniqueNamespace, type Engine } from '../adapters/store/engines.ts';
import { shippedCorpus } from '../core/approvals/helpers.ts';
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

const candidates = (await engines()).filter((engine) => engine.name !== 'postgres');

for (const engine of candidates) {
  describe.skipIf(engine.skip !== undefined)(`kill -9 mid-stream on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`, () => {
    const namespace = uniqueNamespace(`crash-${engine.name}`);
    const url = engine.name === 'sqlite' ? `sqlite://${path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-crash-')), 'crash.sqlite')}` : engine.url!;
    afterAll(() => dropNamespace(engine as Engine, namespace));

    it('loses nothing acknowledged, and the audit chain verifies after each restart', { timeout: 90_000 }, async () => {
      const first = await runAndKill(url, namespace, 60 + Math.floor(Math.random() * 40));
      // Restart: a new process carries on appending after the crash.
      const second = await runAndKill(url, namespace, 60 + Math.floor(Math.random() * 40));
      const acknowledged = [...first, ...second];
      expect(acknowledged.length).toBeGreaterThanOrEqual(120);

      const store = await createStore({ url, namespace });
      const service = new ApprovalService({ corpus: await shippedCorpus(), store, clock: new ManualClock(new Date()) });
      for (const line of acknowledged) {
        const [what, id, detail] = line.split(' ');
        const view = await service.getRequest(id!);
        expect(view, line).toBeDefined();
        if (what === 'voted') expect(view!.votes.map((v) => v.voter.account.userId), line).toContain(detail);
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
      for (const line of acknowledged.filter((l) => l.startsWith('submitted'))) expect(submittedIds.has(line.split(' ')[1]!), line).toBe(true);
      // Exactly one audit entry per event, across the crash and the restart.
      expect(entries.length - new Set(entries.map((e) => e.eventId)).size).toBe(0);
      // The next process's clock work finishes whatever the kill interrupted: then verify --strict passes.
      const restarted = new ApprovalService({ corpus: await shippedCorpus(), store, clock: new ManualClock(new Date(Date.now() + 60_000)) });
      await restarted.tick();
      expect(await restarted.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [], duplicates: [] });
      await store.close();
    });
  });
}
