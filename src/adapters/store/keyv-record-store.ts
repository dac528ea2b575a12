import type { Keyv } from 'keyv';
import type { RecordStore } from '../../core/approvals/ports.ts';
import { PolicyDeskError } from '../../core/errors.ts';

/** The one engine-specific write: create a key with an already-serialised value unless it exists. */
export type InsertIfAbsent = (storedKey: string, serialised: string) => Promise<boolean>;

/** What a Keyv-backed record store needs from its engine. */
export interface KeyvRecordStoreOptions {
  /** A Keyv set to throw store errors (`throwOnErrors: true`), never to read them as "not found". */
  readonly keyv: Keyv;
  /** The key as the engine stores it, after Keyv's and the adapter's namespace prefixes. */
  readonly storedKey: (key: string) => string;
  readonly insertIfAbsent: InsertIfAbsent;
  /** Names the store in error messages, e.g. `Redis at redis://127.0.0.1:6379`. */
  readonly describe: string;
  /** What to check when the store fails, e.g. "is Redis running and REDIS_URL right?". */
  readonly hint: string;
  readonly close: () => Promise<void>;
}

/** A store port implementation with a way to release its connection. */
export interface ClosableRecordStore extends RecordStore {
  /** Names the engine and location, passwords hidden. */
  readonly describe: string;
  close(): Promise<void>;
}

/**
 * A write-once record store over Keyv: reads go through Keyv, and the one write, putIfAbsent,
 * goes through the adapter's own connection in Keyv's own stored format (namespace prefix and
 * serialisation), so Keyv reads what it writes. Nothing here sets a TTL or deletes.
 */
export class KeyvRecordStore implements ClosableRecordStore {
  readonly describe: string;
  readonly #options: KeyvRecordStoreOptions;
  #closing: Promise<void> | undefined;

  constructor(options: KeyvRecordStoreOptions) {
    this.#options = options;
    this.describe = options.describe;
  }

  /** Reads one record; a store failure throws a policy_desk_store_error. */
  async get<T>(key: string): Promise<T | undefined> {
    try {
      return (await this.#options.keyv.get<T>(key)) ?? undefined;
    } catch (error) {
      throw this.#error(`read "${key}"`, error);
    }
  }

  /** Reads many records in one round trip. */
  async getMany<T>(keys: readonly string[]): Promise<Array<T | undefined>> {
    if (keys.length === 0) return [];
    try {
      const values = (await this.#options.keyv.getMany<T>([...keys])) as Array<T | undefined | null>;
      return values.map((value) => value ?? undefined);
    } catch (error) {
      throw this.#error(`read ${keys.length} records (first "${keys[0]}")`, error);
    }
  }

  /** Creates the record unless it exists; true when this call created it. */
  async putIfAbsent(key: string, value: unknown): Promise<boolean> {
    let serialised: string;
    try {
      serialised = (await this.#options.keyv.serializeData({ value, expires: undefined })) as string;
    } catch (error) {
      throw new PolicyDeskError(
        'policy_desk_store_error',
        `cannot serialise the record "${key}": ${(error as Error).message}`,
        { cause: error },
      );
    }
    try {
      return await this.#options.insertIfAbsent(this.#options.storedKey(key), serialised);
    } catch (error) {
      throw this.#error(`write "${key}"`, error);
    }
  }

  /** Closes the connection; closing twice is harmless. */
  async close(): Promise<void> {
    this.#closing ??= this.#options.close();
    await this.#closing;
  }

  #error(what: string, error: unknown): PolicyDeskError {
    const reason = error instanceof Error ? error.message : String(error);
    return new PolicyDeskError(
      'policy_desk_store_error',
      `cannot ${what} in ${this.describe}: ${reason}. ${this.#options.hint}`,
      { cause: error },
    );
  }
}

/** A store URL for messages: the password, if any, replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  }
}
