import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Platform } from '../../src/platform.ts';
import { shippedCorpus } from '../support/conversation-fixture.ts';
import { ManualClock } from '../support/manual-clock.ts';

async function app(options: { pingStore?: () => Promise<void>; platforms?: Array<() => Promise<Platform>> } = {}) {
  let closed = 0;
  const built = await buildApp({
    config: { ...loadConfig({ TICK_INTERVAL_MS: '60000' }), port: 0 },
    corpus: await shippedCorpus(),
    store: new MemoryRecordStore(),
    closeStore: async () => {
      closed += 1;
    },
    ...(options.pingStore ? { pingStore: options.pingStore } : {}),
    clock: new ManualClock(),
    logger: createLogger('silent'),
    platforms: options.platforms ?? [],
  });
  return { built, base: `http://127.0.0.1:${built.http.port}`, closed: () => closed };
}

describe('buildApp', () => {
  it('reports 200 on /healthz while the store answers and 503 when it does not', async () => {
    let storeUp = true;
    const { built, base } = await app({
      pingStore: async () => {
        if (!storeUp) throw new Error('cannot reach Redis at redis://127.0.0.1:6379: is it running?');
      },
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    storeUp = false;
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'degraded',
      store: expect.stringContaining('cannot reach Redis'),
    });
    await built.stop();
  });

  it('finishes a request in flight, refuses new ones, then closes the store once', async () => {
    let release: (() => void) | undefined;
    const slow: Platform = {
      name: 'playground',
      routes: [
        {
          method: 'GET',
          path: '/slow',
          handle: async (_req, res) =>
            new Promise<void>((resolve) => {
              release = () => {
                res.end('done');
                resolve();
              };
            }),
        },
      ],
      notifier: { deliver: async () => undefined },
      start: async () => undefined,
      stop: async () => undefined,
      health: async () => ({ status: 'ok' }),
    };
    const { built, base, closed } = await app({ platforms: [async () => slow] });
    const inFlight = fetch(`${base}/slow`).then((response) => response.text());
    // Wait until the request is in the handler (a fixed delay was flaky on a loaded machine).
    for (let waited = 0; !release && waited < 5000; waited += 10)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const stopping = built.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release!();
    expect(await inFlight).toBe('done');
    await stopping;
    expect(closed()).toBe(1);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('answers 404 for a path no platform serves', async () => {
    const { built, base } = await app();
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    await built.stop();
  });
});
