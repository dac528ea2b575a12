import KeyvPostgres from '@keyv/postgres';
import Keyv from 'keyv';
import { PolicyDeskError } from '../../core/errors.ts';
import { KeyvRecordStore, redactUrl, type ClosableRecordStore } from './keyv-record-store.ts';

/** Settings for the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** `postgres://user[:password]@host:port/database` (or `postgresql://`). */
  readonly url: string;
  /** Key prefix, so several deployments or test runs can share one table. */
  readonly namespace: string;
  /** Connections in the pool. Default 10. */
  readonly poolSize?: number;
}

/**
 * A PostgreSQL store for several bot processes: putIfAbsent is
 * `INSERT … ON CONFLICT (key) DO NOTHING RETURNING key` on the adapter's pool.
 * @keyv/postgres keeps one pool per process per URL, so open one store per URL per process.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<ClosableRecordStore> {
  const describe = `PostgreSQL at ${redactUrl(options.url)}`;
  const hint = 'Is PostgreSQL running, does the database exist, and is DATABASE_URL (or --store) right?';
  const adapter = new KeyvPostgres({ uri: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 } as never);
  adapter.on('error', () => undefined);
  const keyv = new Keyv({ store: adapter, namespace: options.namespace, throwOnErrors: true, emitErrors: false });
  const table = `${adapter.opts.schema as string}.${adapter.opts.table as string}`;
  try {
    // The adapter creates its table on connect but only reports a failure as an event: check it now.
    await adapter.query(`SELECT 1 FROM ${table} LIMIT 1`);
  } catch (error) {
    await adapter.disconnect().catch(() => undefined);
    throw new PolicyDeskError('policy_desk_store_error', `cannot reach ${describe}: ${(error as Error).message}. ${hint}`, { cause: error });
  }
  return new KeyvRecordStore({
    keyv,
    describe,
    hint,
    storedKey: (key) => keyv._getKeyPrefix(key),
    insertIfAbsent: async (storedKey, value) => {
      const rows = (await adapter.query(`INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [storedKey, value])) as unknown[];
      return rows.length === 1;
    },
    close: () => adapter.disconnect(),
  });
}
