import { unzipSync } from 'fflate';
import type { ZipEntry } from '../../scripts/teams-package/zip.ts';

/** Reads a zip archive back into its entries, in order: for the tests that check a built Teams package. */
export function readZip(zip: Buffer): ZipEntry[] {
  return Object.entries(unzipSync(new Uint8Array(zip))).map(([name, data]) => ({ name, data: Buffer.from(data) }));
}
