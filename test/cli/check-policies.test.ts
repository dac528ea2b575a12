import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');

/**
 * Copies the shipped Allsorts policies, lets `change` break them, and runs check:policies on the
 * copy: on the folder that holds it, or (`alone`) on the organisation's own folder.
 */
function checkBroken(change: (file: { yaml: string; markdown: string }) => void, alone = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-check-'));
  cpSync(path.join(root, 'policies/allsorts'), path.join(dir, 'allsorts'), { recursive: true });
  const yaml = path.join(dir, 'allsorts/organisation.yaml');
  const markdown = path.join(dir, 'allsorts/mobile-phone-social-networking.md');
  change({ yaml, markdown });
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/cli/check-policies.ts'),
      '--policies',
      alone ? path.join(dir, 'allsorts') : dir,
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`no ${String(from)} in ${file}`);
  writeFileSync(file, next);
};

/** The 1-based line of the first match of `pattern` in `file`. */
const lineOf = (file: string, pattern: string): number =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(pattern)) + 1;

describe('check:policies refuses bad flows, naming the file and line', () => {
  it("one organisation's folder checked on its own: valid, then a problem named by its file", () => {
    const valid = checkBroken(() => {}, true);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^allsorts: 1 document\(s\), \d+ clauses/m);
    let line = 0;
    const broken = checkBroken(({ yaml }) => {
      edit(yaml, 'window: 7d', 'window: 0d');
      line = lineOf(yaml, 'window: 0d');
    }, true);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`allsorts/organisation\\.yaml:${line}:`));
  });

  it('a vote window of zero', () => {
    let line = 0;
    const { code, stderr } = checkBroken(({ yaml }) => {
      edit(yaml, 'window: 7d', 'window: 0d');
      line = lineOf(yaml, 'window: 0d');
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `allsorts/organisation.yaml:${line}: flows.4.route.window: a duration of zero means at once`,
    );
  });

  it('a condition that is not a verbatim quote of its clause', () => {
    let line = 0;
    const { code, stderr } = checkBroken(({ yaml }) => {
      edit(yaml, 'without the consent of a manager.', 'unless you really need to.');
      line = lineOf(yaml, 'unless you really need to.');
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `allsorts/organisation\\.yaml:${line}: condition 1 of flow "premium-international-calls" is not a verbatim quote of allsorts-mobile-phone-policy clause 4\\.1 \\(1\\)`,
      ),
    );
  });

  it('two people with the same name', () => {
    const { code, stderr } = checkBroken(({ yaml }) => edit(yaml, 'name: Jo (volunteer)', 'name: Sam (staff)'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /allsorts\/organisation\.yaml:\d+: people\.1\.name: "Sam \(staff\)" is already the name of person 1/,
    );
  });

  it('binary junk appended to a policy file', () => {
    let line = 0;
    const { code, stderr } = checkBroken(({ markdown }) => {
      line = readFileSync(markdown, 'utf8').split('\n').length;
      appendFileSync(
        markdown,
        Buffer.from([0x00, 0xff, 0xfe, 0x13, 0x37, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`allsorts/mobile-phone-social-networking.md:${line}: binary data`);
  });

  it('a Slack id that is not one', () => {
    let line = 0;
    const { code, stderr } = checkBroken(({ yaml }) => {
      edit(yaml, 'accounts: { playground: alex }', 'accounts: { playground: alex, slack: "<script>" }');
      line = lineOf(yaml, '"<script>"');
    });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `allsorts/organisation.yaml:${line}: people.2.accounts.slack: a Slack member id looks like U0123ABCD`,
    );
  });

  it('warns, without failing, about a route to a role nobody holds', () => {
    let line = 0;
    const { code, stdout } = checkBroken(({ yaml }) => {
      edit(
        yaml,
        / {4}roles: \[manager\]\n {4}accounts: \{ playground: morgan \}/,
        '    roles: [staff]\n    accounts: { playground: morgan }',
      );
      line =
        readFileSync(yaml, 'utf8')
          .split('\n')
          .findIndex((text, i, all) => text.includes('roles: [manager]') && all[i - 1]!.includes('kind: single')) + 1;
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `allsorts/organisation.yaml:${line}: warning: nobody listed under people holds "manager" (Manager), who decides requests of flow "premium-international-calls"`,
    );
    expect(stdout).toMatch(/policies OK, with \d+ warnings? \(above\)/);
  });
});
