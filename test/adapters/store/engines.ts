import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@keyv/redis';
import { createStore } from '../../../src/adapters/store/create-store.ts';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}
// pg (under @keyv/postgres) ships no types; the cleanup needs only these three calls.
const pg = createRequire(import.meta.url)('pg') as { Client: new (options: { connectionString: string }) => PgClient };

/** A namespace no other test run uses: the shared Redis and Postgres persist between runs. */
export const uniqueNamespace = (label: string): string => `pdtest-${label}-${randomBytes(5).toString('hex')}`;

/** The engines the shared suites run on, each with its URL or why it is skipped. */
export interface Engine {
  readonly name: 'sqlite' | 'redis' | 'postgres';
  readonly url: string | undefined;
  /** Why the engine's tests are skipped, or undefined when it is reachable. */
  readonly skip: string | undefined;
}

async function reachable(url: string): Promise<string | undefined> {
  try {
    const store = await createStore({ url, namespace: uniqueNamespace('probe') });
    await store.get('probe');
    await store.close();
    return undefined;
  } catch (error) {
    return `unreachable: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** Finds which engines can run here: SQLite always; Redis and Postgres when REDIS_URL / DATABASE_URL are set and answer. */
export async function engines(): Promise<Engine[]> {
  const sqliteDir = mkdtempSync(path.join(tmpdir(), 'policy-desk-store-'));
  const redisUrl = process.env.REDIS_URL;
  const postgresUrl = process.env.DATABASE_URL;
  return [
    { name: 'sqlite', url: `sqlite://${path.join(sqliteDir, 'store.sqlite')}`, skip: undefined },
    { name: 'redis', url: redisUrl, skip: redisUrl ? await reachable(redisUrl) : 'REDIS_URL is not set' },
    {
      name: 'postgres',
      url: postgresUrl,
      skip: postgresUrl ? await reachable(postgresUrl) : 'DATABASE_URL is not set',
    },
  ];
}

/** Removes a test namespace with direct engine commands (the app itself never deletes). */
export async function dropNamespace(engine: Engine, namespace: string): Promise<void> {
  if (!engine.url || engine.skip) return;
  if (engine.name === 'redis') {
    const client = createClient({ url: engine.url });
    await client.connect();
    const doomed: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${namespace}::*`, COUNT: 1000 }))
      doomed.push(...(batch as unknown as string[]));
    for (let i = 0; i < doomed.length; i += 500) await client.del(doomed.slice(i, i + 500));
    await client.close();
  } else if (engine.name === 'postgres') {
    const client = new pg.Client({ connectionString: engine.url });
    await client.connect();
    await client.query('DELETE FROM keyv WHERE key LIKE $1', [`${namespace}:%`]);
    await client.end();
  }
}
