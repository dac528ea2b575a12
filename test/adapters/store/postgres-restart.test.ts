import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { type OwnPostgres, ownPostgresMissing, startOwnPostgres } from '../../support/own-servers.ts';
import { startMain } from '../../support/start-main.ts';

const missing = ownPostgresMissing();
const children: ChildProcess[] = [];

const until = async (what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.skipIf(missing !== undefined)(`a PostgreSQL restart${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: OwnPostgres;

  beforeAll(async () => {
    server = await startOwnPostgres();
  }, 60_000);

  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  afterAll(async () => {
    await server?.destroy();
  });

  it('is a store error while the server is down, not a crash, and the store recovers by itself', {
    timeout: 60_000,
  }, async () => {
    const store = await createStore({ url: server.url, namespace: 'restart-store' });
    try {
      // Several idle pooled connections: each is terminated by the server's shutdown.
      await Promise.all(Array.from({ length: 5 }, (_, i) => store.putIfAbsent(`before:${i}`, i)));
      await server.stop();
      // Give the terminated connections time to report their errors (unhandled, they would end the test run).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(store.get('before:0')).rejects.toMatchObject({
        code: 'policy_desk_store_error',
        message: expect.stringMatching(/PostgreSQL .* is unavailable|cannot read "before:0" in PostgreSQL/),
      });
      await expect(store.putIfAbsent('during', 1)).rejects.toMatchObject({ code: 'policy_desk_store_error' });
      await server.start();
      await until('the store to answer again', async () => (await store.get('before:0')) === 0);
      expect(await store.putIfAbsent('after', 1)).toBe(true);
      expect(await store.getMany(['before:4', 'after'])).toEqual([4, 1]);
    } finally {
      await store.close();
    }
  });

  it('keeps `npm start` running: /healthz says 503 while the server is down and 200 once it is back', {
    timeout: 90_000,
  }, async () => {
    const app = startMain({ STORE_URL: server.url }, children);
    const url = await app.running();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // A request opens pooled connections that sit idle when the server goes away.
    expect((await fetch(`${url}/records?org=allsorts`)).status).toBeLessThan(500);
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(app.child.exitCode).toBeNull();
    const down = await fetch(`${url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'degraded', store: expect.stringMatching(/PostgreSQL/) });
    await server.start();
    await until('/healthz to say 200', async () => (await fetch(`${url}/healthz`)).status === 200);
    expect(app.child.exitCode).toBeNull();
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  });
});
