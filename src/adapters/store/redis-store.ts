import KeyvRedis, { createClient } from '@keyv/redis';
import Keyv from 'keyv';
import { PolicyDeskError } from '../../core/errors.ts';
import { type ClosableRecordStore, KeyvRecordStore, redactUrl } from './keyv-record-store.ts';

/** Settings for the Redis store. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://`). */
  readonly url: string;
  /** Key prefix, so several deployments or test runs can share one server. */
  readonly namespace: string;
  /** How long to wait for a connection (ms). Default 5000. */
  readonly connectTimeout?: number;
  /** Refuse to open a server that keeps nothing on disk (production). Otherwise `onWarning` hears about it. */
  readonly requirePersistence?: boolean;
  /** Told about a server without AOF persistence when it is not required. */
  readonly onWarning?: (message: string) => void;
}

/** What INFO persistence says about AOF, or undefined when the server will not say (INFO disabled). */
export async function redisAofEnabled(info: () => Promise<string>): Promise<boolean | undefined> {
  let text: string;
  try {
    text = await info();
  } catch {
    return undefined;
  }
  const match = /^aof_enabled:(\d)/m.exec(text);
  return match ? match[1] === '1' : undefined;
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
      reconnectStrategy: (retries: number) =>
        retries >= 5
          ? new PolicyDeskError('policy_desk_store_error', `gave up reconnecting after ${retries} tries`)
          : Math.min(50 * 2 ** retries, 1000),
    },
  });
  const adapter = new KeyvRedis(client as never, {
    namespace: options.namespace,
    throwOnErrors: true,
    throwOnConnectError: true,
  });
  // Errors surface as thrown errors from each call; the events would otherwise be unhandled.
  adapter.on('error', () => undefined);
  const keyv = new Keyv({
    store: adapter,
    namespace: options.namespace,
    useKeyPrefix: false,
    throwOnErrors: true,
    emitErrors: false,
  });
  let aof: boolean | undefined;
  try {
    const connected = (await adapter.getClient()) as unknown as { info: (section: string) => Promise<string> };
    aof = await redisAofEnabled(() => connected.info('persistence'));
  } catch (error) {
    await adapter.disconnect(true).catch(() => undefined);
    throw new PolicyDeskError(
      'policy_desk_store_error',
      `cannot reach ${describe}: ${(error as Error).message}. ${hint}`,
      { cause: error },
    );
  }
  if (aof === false) {
    const message =
      `${describe} keeps its data only in memory (appendonly is off): a restart of Redis would lose every request, vote and audit entry. ` +
      'Turn AOF persistence on (appendonly yes and appendfsync everysec or always, in redis.conf or with CONFIG SET) and restart Policy Desk.';
    if (options.requirePersistence) {
      await adapter.disconnect(true).catch(() => undefined);
      throw new PolicyDeskError('policy_desk_config_invalid', `production refuses to start: ${message}`);
    }
    options.onWarning?.(message);
  } else if (aof === undefined) {
    options.onWarning?.(
      `${describe} would not say whether AOF persistence is on (INFO persistence is unavailable): make sure it is, or a Redis restart loses every record.`,
    );
  }
  return new KeyvRecordStore({
    keyv,
    describe,
    hint,
    storedKey: (key) => adapter.createKeyPrefix(key, adapter.namespace),
    insertIfAbsent: async (storedKey, value) => {
      const connected = await adapter.getClient();
      return (
        (await (connected as unknown as { set: (k: string, v: string, o: object) => Promise<string | null> }).set(
          storedKey,
          value,
          { condition: 'NX' },
        )) === 'OK'
      );
    },
    close: () => adapter.disconnect(),
  });
}
