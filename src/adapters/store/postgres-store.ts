import { EventEmitter } from 'node:events';
import Keyv from 'keyv';
import pg from 'pg';
import { PolicyDeskError } from '../../core/errors.ts';
import { type ClosableRecordStore, KeyvRecordStore, redactUrl } from './keyv-record-store.ts';

/** Settings for the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** `postgres://user[:password]@host:port/database` (or `postgresql://`). */
  readonly url: string;
  /** Key prefix, so several deployments or test runs can share one table. */
  readonly namespace: string;
  /** Connections in the pool. Default 10. */
  readonly poolSize?: number;
  /** Called when a pooled connection fails while idle (a server restart): the pool replaces it on the next query. */
  readonly onConnectionError?: (error: Error) => void;
}

/** The table @keyv/postgres uses, so a standard Keyv on the same database reads these records. */
const table = 'public.keyv';
const createTable = `CREATE TABLE IF NOT EXISTS ${table}(key VARCHAR(255) PRIMARY KEY, value TEXT )`;

const writeOnce = (key: string): PolicyDeskError =>
  new PolicyDeskError(
    'policy_desk_store_error',
    `records are write-once: "${key}" cannot be overwritten or deleted through Policy Desk`,
  );

/**
 * The Keyv storage adapter for PostgreSQL, on a pool this store owns. @keyv/postgres keeps one
 * pool per process in a module variable and never listens for the pool's `error` event, so a
 * server restart (which terminates every idle connection) ended the process. Here the pool's
 * errors are handled: a failed idle connection is dropped, queries during the outage fail as store
 * errors, and the pool opens fresh connections once the server is back.
 */
class PostgresAdapter extends EventEmitter {
  readonly opts: Record<string, unknown>;
  namespace?: string;
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool, url: string) {
    super();
    this.#pool = pool;
    this.opts = { dialect: 'postgres', uri: url, table: 'keyv', schema: 'public' };
  }

  async query<Row = Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.#pool.query(sql, values)).rows as Row[];
  }

  async get(key: string): Promise<string | undefined> {
    const rows = await this.query<{ value: string }>(`SELECT value FROM ${table} WHERE key = $1`, [key]);
    return rows[0]?.value;
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    const rows = await this.query<{ key: string; value: string }>(
      `SELECT key, value FROM ${table} WHERE key = ANY($1)`,
      [keys],
    );
    const byKey = new Map(rows.map((row) => [row.key, row.value]));
    return keys.map((key) => byKey.get(key));
  }

  async has(key: string): Promise<boolean> {
    return (await this.query(`SELECT 1 FROM ${table} WHERE key = $1`, [key])).length > 0;
  }

  // Keyv's interface asks for these; records are write-once (see RecordStore), so they refuse.
  async set(key: string): Promise<never> {
    throw writeOnce(key);
  }

  async delete(key: string): Promise<never> {
    throw writeOnce(key);
  }

  async clear(): Promise<never> {
    throw writeOnce('*');
  }

  async disconnect(): Promise<void> {
    await this.#pool.end();
  }
}

/**
 * A PostgreSQL store for several bot processes: putIfAbsent is
 * `INSERT … ON CONFLICT (key) DO NOTHING RETURNING key`, in @keyv/postgres's table and format.
 * Each store has its own connection pool; a restarted server is a store error while it is down
 * (so /healthz says 503), never a crash, and the store recovers by itself when it is back.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<ClosableRecordStore> {
  const describe = `PostgreSQL at ${redactUrl(options.url)}`;
  const hint = 'Is PostgreSQL running, does the database exist, and is DATABASE_URL (or --store) right?';
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server terminated: pg-pool has already removed it. Unhandled, this event ends the process.
  pool.on('error', (error: Error) => options.onConnectionError?.(error));
  const adapter = new PostgresAdapter(pool, options.url);
  adapter.on('error', () => undefined);
  const keyv = new Keyv({ store: adapter, namespace: options.namespace, throwOnErrors: true, emitErrors: false });
  try {
    await adapter.query(createTable).catch((error: { code?: string }) => {
      // Two processes creating the table at once: one of them sees a unique violation, harmlessly.
      if (error.code !== '23505' && error.code !== '42P07') throw error;
    });
    await adapter.query(`SELECT 1 FROM ${table} LIMIT 1`);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new PolicyDeskError(
      'policy_desk_store_error',
      `cannot reach ${describe}: ${(error as Error).message}. ${hint}`,
      { cause: error },
    );
  }
  return new KeyvRecordStore({
    keyv,
    describe,
    hint,
    storedKey: (key) => keyv._getKeyPrefix(key),
    insertIfAbsent: async (storedKey, value) => {
      const rows = await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
        [storedKey, value],
      );
      return rows.length === 1;
    },
    close: () => pool.end(),
  });
}
