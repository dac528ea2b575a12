import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { PolicyDeskError } from '../../core/errors.ts';
import { KeyvRecordStore, redactUrl, type ClosableRecordStore } from './keyv-record-store.ts';

/** Settings for the Redis store. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  readonly url: string;
  /** Key prefix, so several deployments or test runs can share one server. */
  readonly namespace: string;
  /** How long to wait for a connection (ms). Default 5000. */
  readonly connectTimeout?: number;
}

/**
 * A Redis store for several bot processes: putIfAbsent is `SET key value NX` on the adapter's own
 * client. Reconnection gives up after a few tries, so a dead server is an error the user sees,
 * not a request that hangs.
 */
export async function openRedisStore(options: RedisStoreOptions): Promise<ClosableRecordStore> {
  const describe = `Redis at ${redactUrl(options.url)}`;
  const hint = 'Is Redis running, and is REDIS_URL (or --store) right?';
  const client = createClient({
    url: options.url,
    socket: {
      connectTimeout: options.connectTimeout ?? 5000,
      reconnectStrategy: (retries: number) => (retries >= 5 ? new Error(`gave up reconnecting after ${retries} tries`) : Math.min(50 * 2 ** retries, 1000)),
    },
  });
  const adapter = new KeyvRedis(client as never, { namespace: options.namespace, throwOnErrors: true, throwOnConnectError: true });
  // Errors surface as thrown errors from each call; the events would otherwise be unhandled.
  adapter.on('error', () => undefined);
  const keyv = new Keyv({ store: adapter, namespace: options.namespace, useKeyPrefix: false, throwOnErrors: true, emitErrors: false });
  try {
    await adapter.getClient();
  } catch (error) {
    await adapter.disconnect(true).catch(() => undefined);
    throw new PolicyDeskError('policy_desk_store_error', `cannot reach ${describe}: ${(error as Error).message}. ${hint}`, { cause: error });
  }
  return new KeyvRecordStore({
    keyv,
    describe,
    hint,
    storedKey: (key) => adapter.createKeyPrefix(key, adapter.namespace),
    insertIfAbsent: async (storedKey, value) => {
      const connected = await adapter.getClient();
      return (await (connected as unknown as { set: (k: string, v: string, o: object) => Promise<string | null> }).set(storedKey, value, { condition: 'NX' })) === 'OK';
    },
    close: () => adapter.disconnect(),
  });
}
