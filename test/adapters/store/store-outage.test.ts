import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { dropNamespace, engines, uniqueNamespace } from './engines.ts';

/** A TCP proxy in front of a service, so a test can pull the plug on a store mid-run. */
async function proxy(target: URL): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

const shared = (await engines()).filter((engine) => engine.name !== 'sqlite');

for (const engine of shared) {
  describe.skipIf(engine.skip !== undefined)(
    `a ${engine.name} store that goes away mid-run${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      it('turns every read and write into a store error, never "not found"', { timeout: 30_000 }, async () => {
        const target = new URL(engine.url!);
        const front = await proxy(target);
        const url = new URL(engine.url!);
        url.port = String(front.port);
        const namespace = uniqueNamespace(`outage-${engine.name}`);
        const store = await createStore({ url: url.toString(), namespace });
        try {
          expect(await store.putIfAbsent('before', 'here')).toBe(true);
          expect(await store.get('before')).toBe('here');
          await front.stop();
          await expect(store.get('before')).rejects.toMatchObject({
            code: 'policy_desk_store_error',
            message: expect.stringMatching(
              /^cannot read "before" in (Redis|PostgreSQL) at .*(Is Redis running|Is PostgreSQL running)/,
            ),
          });
          await expect(store.getMany(['before', 'other'])).rejects.toMatchObject({ code: 'policy_desk_store_error' });
          await expect(store.putIfAbsent('after', 'x')).rejects.toMatchObject({
            code: 'policy_desk_store_error',
            message: expect.stringMatching(/cannot write "after"/),
          });
        } finally {
          await store.close().catch(() => undefined);
          await dropNamespace(engine, namespace);
        }
      });
    },
  );
}
