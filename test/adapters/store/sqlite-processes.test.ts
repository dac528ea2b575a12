import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { runWorkers } from '../../integration/workers/worker-support.ts';

describe('SQLite store shared by two OS processes', () => {
  it('never fails with "database is locked", and each key is created by exactly one process', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-2proc-')), 'shared.sqlite');
    const url = `sqlite://${file}`;
    const keys = 1500;
    const runs = await runWorkers(
      'store-writer.ts',
      [0, 1].map((writer) => ({ url, namespace: 'two', keys, writer })),
    );
    const results = runs.map((run) => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as { created: number[]; errors: string[]; startedAt: number; finishedAt: number };
    });
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const created = results.flatMap((r) => r.created).sort((x, y) => x - y);
    expect(created).toEqual(Array.from({ length: keys }, (_, i) => i));
    // The processes really overlapped (SQLite's busy handler is not fair, so one may create most keys).
    expect(Math.max(...results.map((r) => r.startedAt))).toBeLessThan(Math.min(...results.map((r) => r.finishedAt)));

    const store = await createStore({ url, namespace: 'two' });
    const stored = await store.getMany<{ writer: number }>(Array.from({ length: keys }, (_, i) => `k:${i}`));
    for (const [writer, result] of results.entries())
      for (const key of result.created) expect(stored[key]!.writer).toBe(writer);
    await store.close();
  });
});
