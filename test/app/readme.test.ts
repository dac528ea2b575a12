import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README's commands, checked against the repository a new user clones. */
const root = path.join(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const commands = [...readme.matchAll(/npm run (?:-s )?([\w:]+)(?: -- ([^`\n#|]*))?/g)].map((match) => ({
  script: match[1]!,
  args: (match[2] ?? '').trim(),
}));

describe('README commands', () => {
  it('name scripts package.json has', () => {
    expect(commands.length).toBeGreaterThan(10);
    const missing = [...new Set(commands.map((command) => command.script))].filter((script) => !(script in scripts));
    expect(missing).toEqual([]);
  });

  it('evaluate question files that exist in a clone (not paths beside this repository)', () => {
    const evals = commands.filter((command) => command.script === 'eval' && command.args);
    expect(evals.length).toBeGreaterThan(0);
    for (const { args } of evals) {
      const file = args.split(/\s+/).find((arg) => arg.endsWith('.jsonl'));
      expect(file, args).toBeDefined();
      expect(file!.startsWith('..'), file).toBe(false);
      expect(existsSync(path.join(root, file!)), file).toBe(true);
    }
  });

  it('cover a first run: what npm install compiles, how to stop, where the data is, how to reset, how to check the records', () => {
    expect(readme).toMatch(/compiles SQLite from\s+source[\s\S]*Python 3, `make` and a C\+\+ compiler/);
    expect(readme).toMatch(/\*\*stop\*\* \| Ctrl\+C/);
    expect(readme).toContain('`./data/policy-desk.sqlite`');
    expect(readme).toMatch(/\*\*reset the playground\*\* \| stop it, then `rm -rf data\/`/);
    expect(readme).toContain('`npm run audit -- verify --strict`');
  });
});
