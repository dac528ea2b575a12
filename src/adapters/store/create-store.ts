import { PolicyDeskError } from '../../core/errors.ts';
import type { ClosableRecordStore } from './keyv-record-store.ts';
import { MemoryRecordStore } from './memory-store.ts';

/** The key prefix when none is given. */
export const defaultNamespace = 'policy-desk';

/** How to open a store. */
export interface CreateStoreOptions {
  /** `sqlite://path` (relative to the working directory), `redis://…`, `postgres://…`/`postgresql://…`, or `memory://`. */
  readonly url: string;
  /** Key prefix; default `policy-desk`. */
  readonly namespace?: string;
  /** Refuse a store that would lose acknowledged records on a restart (Redis without AOF): production. */
  readonly requirePersistence?: boolean;
  /** Told about a store setting that risks the records when it is not refused (Redis without AOF outside production). */
  readonly onWarning?: (message: string) => void;
}

/** Opens the store a URL names; a store that cannot be reached is a policy_desk_store_error saying what to check. */
export async function createStore(options: CreateStoreOptions): Promise<ClosableRecordStore> {
  const namespace = options.namespace ?? defaultNamespace;
  const url = options.url.trim();
  const scheme = /^([a-z]+):\/\//.exec(url)?.[1];
  switch (scheme) {
    case 'sqlite': {
      const file = url.slice('sqlite://'.length);
      if (!file)
        throw new PolicyDeskError(
          'policy_desk_config_invalid',
          `the store URL "${url}" has no file: write sqlite://./data/policy-desk.sqlite`,
        );
      const { openSqliteStore } = await import('./sqlite-store.ts');
      return openSqliteStore({ file, namespace });
    }
    case 'redis':
    case 'rediss': {
      const { openRedisStore } = await import('./redis-store.ts');
      return openRedisStore({
        url,
        namespace,
        requirePersistence: options.requirePersistence,
        onWarning: options.onWarning,
      });
    }
    case 'postgres':
    case 'postgresql': {
      const { openPostgresStore } = await import('./postgres-store.ts');
      return openPostgresStore({ url, namespace });
    }
    case 'memory': {
      const store = new MemoryRecordStore();
      return Object.assign(store, {
        describe: 'memory (lost when the process ends)',
        close: async () => undefined,
      }) as ClosableRecordStore;
    }
    default:
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        `the store URL "${url}" is not one Policy Desk knows: use sqlite://./data/policy-desk.sqlite, redis://host:6379 or postgres://user@host:5432/db`,
      );
  }
}
