import { mkdirSync } from 'node:fs';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { PolicyDeskError } from '../../core/errors.ts';
import { type ClosableRecordStore, KeyvRecordStore } from './keyv-record-store.ts';

/** Settings for the SQLite store. */
export interface SqliteStoreOptions {
  /** The database file; its folder is created if missing. */
  readonly file: string;
  /** Key prefix, so several deployments or test runs can share one file. */
  readonly namespace: string;
  /** How long a write waits for another process's lock before failing (ms). Default 5000. */
  readonly busyTimeout?: number;
}

/**
 * A SQLite file store: nothing to install. WAL journal plus a busy timeout let two processes
 * share one file without "database is locked"; putIfAbsent is one
 * `INSERT … ON CONFLICT DO NOTHING RETURNING key` on the adapter's own connection.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<ClosableRecordStore> {
  const file = path.resolve(options.file);
  const describe = `the SQLite file ${file}`;
  const hint = 'Check the path is writable and the file is a Policy Desk database.';
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new PolicyDeskError(
      'policy_desk_store_error',
      `cannot create the folder for ${describe}: ${(error as Error).message}. ${hint}`,
      { cause: error },
    );
  }
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: options.busyTimeout ?? 5000 });
  // Keyv would otherwise re-emit connection errors as an unhandled event; they surface as thrown errors instead.
  adapter.on('error', () => undefined);
  const keyv = new Keyv({ store: adapter, namespace: options.namespace, throwOnErrors: true, emitErrors: false });
  const table = adapter.opts.table as string;
  try {
    // WAL is a property of the file; setting it needs a moment with no other writer, so retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await adapter.query('PRAGMA journal_mode=WAL');
        break;
      } catch (error) {
        if (attempt >= 20 || !/SQLITE_BUSY|locked/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  } catch (error) {
    await adapter.disconnect().catch(() => undefined);
    throw new PolicyDeskError(
      'policy_desk_store_error',
      `cannot open ${describe}: ${(error as Error).message}. ${hint}`,
      { cause: error },
    );
  }
  return new KeyvRecordStore({
    keyv,
    describe,
    hint,
    storedKey: (key) => keyv._getKeyPrefix(key),
    insertIfAbsent: async (storedKey, value) => {
      const rows = (await adapter.query(
        `INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING RETURNING key`,
        storedKey,
        value,
      )) as unknown[];
      return rows.length === 1;
    },
    close: () => adapter.disconnect(),
  });
}
