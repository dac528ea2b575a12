import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '../../../src');
const scanned = ['core/approvals', 'adapters/store', 'cli/requests.ts', 'cli/audit.ts'];

function files(target: string): string[] {
  const full = path.join(src, target);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(target, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(full, entry.name)]
        : [],
  );
}

// Calls and statements that would overwrite, delete or expire a stored record.
const forbidden: Array<[string, RegExp]> = [
  [
    'a Keyv or engine set/delete/clear',
    /\b(?:keyv|adapter|store|client|connected)\s*\.\s*(?:set|setMany|delete|deleteMany|clear|del|unlink|expire|pexpire)\s*\(/,
  ],
  ['an SQL delete or update', /\b(?:DELETE\s+FROM|UPDATE\s+\S+\s+SET|DO\s+UPDATE)\b/i],
  ['a TTL', /\b(?:ttl|PX|EX)\s*:|\bexpires\s*:\s*(?!undefined\b)\S/],
];

describe('records are write-once', () => {
  it('the approvals core, the stores and their CLIs never overwrite, delete or expire a record', () => {
    const found = scanned.flatMap(files);
    expect(found.length).toBeGreaterThan(10);
    const offenders = found.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        // Comments may talk about expiry; only code counts.
        .map((line) => (/^\s*(?:\*|\/\/|\/\*)/.test(line) ? '' : line))
        .flatMap((line, i) =>
          forbidden
            .filter(([, pattern]) => pattern.test(line))
            .map(([what]) => `${path.relative(src, file)}:${i + 1}: ${what}: ${line.trim()}`),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
