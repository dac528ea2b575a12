import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The checkpoints file used when none is configured: beside the SQLite file, or `data/audit-checkpoints.log`. */
export function defaultCheckpointFile(storeUrl: string): string {
  const sqlite = /^sqlite:\/\/(.+)$/.exec(storeUrl.trim());
  return sqlite
    ? path.join(path.dirname(path.resolve(sqlite[1]!)), 'audit-checkpoints.log')
    : path.resolve('data', 'audit-checkpoints.log');
}

/**
 * Appends one checkpoint line to an append-only file (opened with O_APPEND each time, never
 * rewritten). Keep the file where the store's writers cannot edit it: another disk, a log shipper,
 * a WORM bucket; `audit verify --checkpoint FILE` reads it back.
 */
export function appendCheckpoint(file: string, line: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  appendFileSync(file, `${line}\n`, { flag: 'a', mode: 0o600 });
}
