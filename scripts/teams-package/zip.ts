import { type Zippable, zipSync } from 'fflate';
import { PolicyDeskError } from '../../src/core/errors.ts';

/** One file in a zip. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

// A fixed timestamp, so the same inputs give the same zip, byte for byte.
const mtime = new Date(2020, 0, 1, 0, 0, 0);

/** Writes a zip archive (deflate) of `entries`, in order, with no directories (fflate). */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.name in files)
      throw new PolicyDeskError('policy_desk_invalid_input', `teams package: two files named ${entry.name}`);
    files[entry.name] = [new Uint8Array(entry.data), { level: 9, mtime }];
  }
  return Buffer.from(zipSync(files));
}
