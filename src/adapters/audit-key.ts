import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PolicyDeskError } from '../core/errors.ts';

/** Where the audit key came from, for the start-up log (never the key itself). */
export interface AuditKey {
  readonly key: Uint8Array;
  readonly source: string;
}

/** The key file used in local mode: beside the SQLite file, or `data/audit.key` for another store. */
export function localAuditKeyFile(storeUrl: string): string {
  const sqlite = /^sqlite:\/\/(.+)$/.exec(storeUrl.trim());
  return sqlite ? path.join(path.dirname(path.resolve(sqlite[1]!)), 'audit.key') : path.resolve('data', 'audit.key');
}

/**
 * The audit key: AUDIT_KEY when set (at least 32 characters), which production requires; otherwise,
 * in local mode, the key file beside the SQLite file, made (32 random bytes, readable by this user
 * only) the first time. `create: false` (the CLIs) reads an existing file and never makes one.
 */
export function resolveAuditKey(options: { readonly configured?: string; readonly storeUrl: string; readonly production: boolean; readonly create?: boolean }): AuditKey | undefined {
  if (options.configured) {
    if (options.configured.length < 32) throw new PolicyDeskError('policy_desk_config_invalid', 'AUDIT_KEY: use at least 32 characters (e.g. the output of: openssl rand -hex 32)');
    return { key: Buffer.from(options.configured, 'utf8'), source: 'AUDIT_KEY' };
  }
  if (options.production) throw new PolicyDeskError('policy_desk_config_invalid', 'AUDIT_KEY: production refuses to start without it (the key that seals the audit log, kept outside the store): set it to at least 32 random characters, e.g. openssl rand -hex 32');
  const file = localAuditKeyFile(options.storeUrl);
  try {
    return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), source: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new PolicyDeskError('policy_desk_config_invalid', `cannot read the audit key file ${file}: ${(error as Error).message}`);
  }
  if (options.create === false) return undefined;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new PolicyDeskError('policy_desk_config_invalid', `cannot write the audit key file ${file}: ${(error as Error).message}`);
  }
  return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), source: file };
}
