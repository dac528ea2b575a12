import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain } from '../support/start-main.ts';

const root = path.join(import.meta.dirname, '../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `npm start`'s entry point with a clean environment plus `env`; collects its output. */
const start = (env: Record<string, string>) => startMain(env, children);

describe('npm start (src/main.ts)', () => {
  it('serves the playground and /healthz with no platform configured, and stops cleanly on SIGTERM', async () => {
    const app = start({});
    const url = await app.running();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      store: 'ok',
      platforms: { playground: expect.objectContaining({ status: 'ok' }) },
    });
    expect((await fetch(`${url}/`)).status).toBe(200);
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output().stdout).toContain('"msg":"stopped"');
  });

  it('takes one stop signal delivered twice at once (npm forwarding it, a process-group signal) as one clean stop', async () => {
    const app = start({});
    await app.running();
    app.child.kill('SIGTERM');
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(app.output().stdout).toContain('"msg":"stopped"');
    expect(app.output().stdout).not.toContain('stopping at once');
  });

  it('stops cleanly on SIGHUP too (the terminal it ran in was closed)', async () => {
    const app = start({});
    await app.running();
    app.child.kill('SIGHUP');
    expect(await app.exited).toBe(0);
    expect(app.output().stdout).toMatch(/"signal":"SIGHUP".*\n.*"msg":"stopped"/);
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
    expect(app.output().stderr).toMatch(
      /allsorts\/organisation\.yaml:\d+: flows\.\d+\.route\.window: write a duration/,
    );
  });

  it('refuses to start with invalid settings, listing every one at once', async () => {
    const app = start({
      SLACK_BOT_TOKEN: 'xoxb-1',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      NODE_ENV: 'production',
      DEFAULT_ORG: 'alsorts',
    });
    expect(await app.exited).toBe(1);
    const { stderr } = app.output();
    expect(stderr).toMatch(/invalid settings:\n {2}PORT="eighty": not a port number/);
    expect(stderr).toContain('LOG_LEVEL="loud": use one of');
    expect(stderr).toContain('SLACK_SIGNING_SECRET: HTTP mode refuses to start without it');
    expect(stderr).toContain('AUDIT_KEY: production refuses to start without it');
    expect(stderr).toContain('DEFAULT_ORG="alsorts": no such organisation in');
    // One message: nothing reported after it, no stack.
    expect(stderr.match(/invalid settings:/g)).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses a DEFAULT_ORG the policies folder does not hold, naming the ones it does', async () => {
    const app = start({ DEFAULT_ORG: 'alsorts' });
    expect(await app.exited).toBe(1);
    expect(app.output().stderr).toContain('DEFAULT_ORG="alsorts": no such organisation in');
    expect(app.output().stderr).toMatch(/\(it has activity-alliance, allsorts, /);
  });

  it('says which setting to change when the port is in use, with no stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const app = start({ PORT: String(port) });
      expect(await app.exited).toBe(1);
      const { stderr } = app.output();
      expect(stderr.trim()).toBe(
        `Policy Desk: port ${port} is already in use on 127.0.0.1 (another Policy Desk, or another program, is listening there). Stop it, or set PORT to a free port (e.g. PORT=3979 npm start).`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says "Open http://localhost:PORT" on its first line', async () => {
    const app = start({});
    const url = await app.running();
    const first = JSON.parse(app.output().stdout.split('\n')[0]!) as { msg: string; url: string; records: string };
    expect(first.msg).toBe(`Open ${url} in a browser to use the playground (Ctrl+C stops Policy Desk)`);
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(first.records).toBe(`${url}/records`);
  });

  it('honours PLAYGROUND=0: no playground pages, /healthz still answers, and a warning says why', async () => {
    const app = start({ PLAYGROUND: '0' });
    const url = await app.running();
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/playground/api/ask`, { method: 'POST', body: '{}' })).status).toBe(404);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ platforms: {} });
    expect(app.output().stdout).toMatch(
      /"level":40.*nothing to serve but \/healthz: the playground is off \(PLAYGROUND=0\)/,
    );
  });

  it('writes readable lines on a terminal (LOG_FORMAT=auto) and JSON when piped', async () => {
    if (spawnSync('script', ['--version']).status !== 0) {
      console.warn('skipped: the terminal check needs util-linux `script` to give the server a pseudo-terminal');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'pd-tty-'));
    const command = `${process.execPath} --import ${import.meta.resolve('tsx')} ${path.join(root, 'src/main.ts')}`;
    // `script` runs the server on a pseudo-terminal, under `timeout` (its pid written to a file): the
    // test stops it with SIGTERM, which timeout passes on, as soon as it has said where to go; 40 s
    // is only the cap should it never do so.
    const pidFile = path.join(dir, 'timeout.pid');
    const child = spawn('script', ['-qefc', `echo $$ > ${pidFile}; exec timeout -s TERM 40 ${command}`, '/dev/null'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        POLICIES_DIR: path.join(root, 'policies'),
        STORE_URL: `sqlite://${path.join(dir, 'store.sqlite')}`,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    let stopped = false;
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (!stopped && /Open http:\/\/localhost:\d+/.test(out)) {
        stopped = true;
        process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
      }
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const lines = out.replaceAll('\r', '').split('\n').filter(Boolean);
    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}Open http:\/\/localhost:\d+ in a browser to use the playground \(Ctrl\+C stops Policy Desk\) {2}url=http/,
    );
    expect(out).toMatch(/INFO {2}stopped/);
    expect(out).not.toContain('{"level"');
  }, 90_000);

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
