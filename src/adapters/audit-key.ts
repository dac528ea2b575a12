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

/** At least this many characters of AUDIT_KEY (32 bytes of hex is 64). */
export const minAuditKeyLength = 32;

/**
 * What is wrong with the AUDIT_KEY setting, as one `AUDIT_KEY: …` line, or undefined: too short,
 * or missing in production. The server lists it with every other bad setting (src/config.ts).
 */
export function auditKeyProblem(configured: string | undefined, production: boolean): string | undefined {
  if (configured) {
    return configured.length < minAuditKeyLength
      ? `AUDIT_KEY: use at least ${minAuditKeyLength} characters (e.g. the output of: openssl rand -hex 32)`
      : undefined;
  }
  if (production) {
    return 'AUDIT_KEY: production refuses to start without it (the key that seals the audit log, kept outside the store): set it to at least 32 random characters, e.g. openssl rand -hex 32';
  }
  return undefined;
}

/**
 * The audit key: AUDIT_KEY when set (at least 32 characters), which production requires; otherwise,
 * in local mode, the key file beside the SQLite file, made (32 random bytes, readable by this user
 * only) the first time. `create: false` (the CLIs) reads an existing file and never makes one.
 */
export function resolveAuditKey(options: {
  readonly configured?: string;
  readonly storeUrl: string;
  readonly production: boolean;
  readonly create?: boolean;
}): AuditKey | undefined {
  const problem = auditKeyProblem(options.configured, options.production);
  if (problem) throw new PolicyDeskError('policy_desk_config_invalid', problem);
  if (options.configured) return { key: Buffer.from(options.configured, 'utf8'), source: 'AUDIT_KEY' };
  const file = localAuditKeyFile(options.storeUrl);
  try {
    return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), source: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        `cannot read the audit key file ${file}: ${(error as Error).message}`,
      );
  }
  if (options.create === false) return undefined;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        `cannot write the audit key file ${file}: ${(error as Error).message}`,
      );
  }
  return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), source: file };
}
