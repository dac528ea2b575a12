import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `npm start`'s entry point with a clean environment plus `env`; collects its output. */
function start(env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-main-'));
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src/main.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', POLICIES_DIR: path.join(root, 'policies'), STORE_URL: `sqlite://${path.join(dir, 'store.sqlite')}`, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const running = async (): Promise<string> => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const match = /"url":"(http:\/\/[^"]+)"/.exec(stdout);
      if (match) return match[1]!;
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`did not start: ${stdout}\n${stderr}`);
  };
  return { child, dir, exited, running, output: () => ({ stdout, stderr }) };
}

describe('npm start (src/main.ts)', () => {
  it('serves the playground and /healthz with no platform configured, and stops cleanly on SIGTERM', async () => {
    const app = start({});
    const url = await app.running();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'ok', platforms: { playground: expect.objectContaining({ status: 'ok' }) } });
    expect((await fetch(`${url}/`)).status).toBe(200);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output().stdout).toContain('"msg":"stopped"');
  });

  it('logs structured JSON without the text of questions asked', async () => {
    const app = start({ DEFAULT_ORG: 'allsorts' });
    const url = await app.running();
    const asked = await fetch(`${url}/playground/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org: 'allsorts', person: 'sam', text: 'A young person told me their uncle hurts them' }),
    });
    expect(asked.status).toBe(200);
    app.child.kill('SIGTERM');
    await app.exited;
    const { stdout } = app.output();
    for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect(stdout).not.toContain('uncle');
  });

  it('warns when the playground is served on a public interface', async () => {
    const app = start({ HOST: '0.0.0.0' });
    await app.running();
    expect(app.output().stdout).toMatch(/"level":40.*public interface/);
  });

  it('refuses to start on a broken policy corpus, naming the file and line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-policies-'));
    cpSync(path.join(root, 'policies'), dir, { recursive: true });
    const file = path.join(dir, 'allsorts/organisation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('window: 7d', 'window: a week'));
    const app = start({ POLICIES_DIR: dir });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toMatch(/allsorts\/organisation\.yaml:\d+: flows\.\d+\.route\.window: write a duration/);
  });

  it('refuses to start with invalid settings, listing each', async () => {
    const app = start({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: 'eighty' });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toMatch(/invalid settings:\n {2}PORT: /);
  });

  it('refuses HTTP-mode Slack without a signing secret', async () => {
    const app = start({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toMatch(/SLACK_SIGNING_SECRET: HTTP mode refuses to start without it/);
  });

  it('refuses local-mode Teams in production', async () => {
    const app = start({ TEAMS_LOCAL: '1', NODE_ENV: 'production' });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toMatch(/production refuses to serve Teams without MICROSOFT_APP_ID/);
  });
});
