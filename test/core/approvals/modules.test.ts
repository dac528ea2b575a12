import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.join(import.meta.dirname, '../../../src/core/approvals');
const modules = readdirSync(dir).filter((name) => name.endsWith('.ts'));
/** Each module's imports of its siblings (type-only imports included). */
const imports = new Map(
  modules.map(
    (name) =>
      [
        name,
        [...readFileSync(path.join(dir, name), 'utf8').matchAll(/^import[^;]*?from '\.\/([a-z-]+\.ts)';/gms)].map(
          (match) => match[1]!,
        ),
      ] as const,
  ),
);

describe('the approvals core’s modules', () => {
  it('never import the service back: it is the facade over them', () => {
    expect(
      modules.filter((name) => name !== 'approval-service.ts' && imports.get(name)!.includes('approval-service.ts')),
    ).toEqual([]);
  });

  it('import one another without cycles', () => {
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]): void => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '));
        return;
      }
      for (const next of imports.get(name) ?? []) visit(next, [...trail, name]);
    };
    for (const name of modules) visit(name, []);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it('keep the service to its job: commands, queries and permissions', () => {
    // Measured in code characters (whitespace left out), so the formatter's line breaks do not count:
    // 39,300 when it did six jobs, about 25,300 since.
    const code = readFileSync(path.join(dir, 'approval-service.ts'), 'utf8').replace(/\s/g, '');
    expect(code.length).toBeLessThan(27_000);
  });
});
