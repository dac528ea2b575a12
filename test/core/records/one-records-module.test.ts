import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
const sources = files(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, 'utf8') }));

describe('the core’s records module', () => {
  it('is what the platforms’ message records are built on', () => {
    for (const file of ['slack/message-log.ts', 'teams/teams-records.ts']) {
      expect(sources.find((source) => source.file === file)!.text).toContain(
        "from '../core/records/write-once-sequence.ts'",
      );
    }
    expect(sources.find((source) => source.file === 'slack/slack-notifier.ts')!.text).toContain(
      "from '../core/records/keyed-queue.ts'",
    );
  });

  it('holds the only write-once sequence and per-key queue: nobody else claims numbered slots in a loop or chains promises per key', () => {
    const elsewhere = sources.filter((source) => !source.file.startsWith('core/records/'));
    // The audit log finds its head with the sequence, but its slot claim is its own: each entry is
    // sealed with the hash of the entry before its slot, so the value changes with every slot tried.
    const claimers = elsewhere.filter((source) => source.file !== 'core/approvals/audit-log.ts');
    // A claim loop: putIfAbsent retried with the next number.
    const claimLoops = claimers.filter(
      (source) =>
        /(while|for)\s*\([^)]*\)?[^;{]*\{?[^}]{0,200}putIfAbsent\([^)]*\b(n|next|seq)\b/.test(source.text) ||
        /while \(!\(await [^)]*putIfAbsent/.test(source.text) ||
        /for \(let \w+ = [^;]*; ; [^)]*\) \{[^}]{0,300}putIfAbsent/.test(source.text),
    );
    expect(claimLoops.map((source) => source.file)).toEqual([]);
    // A per-key queue: the previous promise per key, then the next task chained on it.
    const queues = elsewhere.filter((source) => /= \w+\.then\((\w+), \1\)/.test(source.text));
    expect(queues.map((source) => source.file)).toEqual([]);
    expect(
      elsewhere
        .filter((source) => /class (WriteOnceSequence|KeyedQueue)\b/.test(source.text))
        .map((source) => source.file),
    ).toEqual([]);
  });
});
