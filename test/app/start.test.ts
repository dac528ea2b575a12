import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a user and a service manager run it: in a copy of the repository (its own dist/,
 * so the build never races other test runs), with the signal sent to the npm process itself.
 */
const root = path.join(import.meta.dirname, '../..');
const started: ChildProcess[] = [];
let clone: string;

/**
 * A copy of what a clone holds: every file git tracks or would track (so ignored files such as
 * data/ and dist/ are not copied, as a clone would not have them), node_modules linked, not copied.
 */
function makeClone(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-clone-'));
  let listed: string[];
  try {
    listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): what the build and the server read.
    listed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'scripts',
      'src',
      'policies',
    ].flatMap((entry) =>
      statSync(path.join(root, entry)).isDirectory()
        ? readdirSync(path.join(root, entry), { recursive: true, encoding: 'utf8' })
            .map((file) => path.join(entry, file))
            .filter((file) => statSync(path.join(root, file)).isFile())
        : [entry],
    );
  }
  for (const file of listed) {
    if (!existsSync(path.join(root, file))) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(dir, file));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Processes whose command line mentions `text` (a clone's path). */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return cmdline.includes(text) ? [`${pid} ${cmdline}`] : [];
      } catch {
        return []; // ended while we looked
      }
    });
}

/** Runs `command` in the clone with a clean environment; resolves once the server logs its address and pid. */
function launch(command: string, args: readonly string[], env: Record<string, string> = {}, cwd = clone) {
  const child = spawn(command, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? clone,
      PORT: '0',
      STORE_URL: `sqlite://${path.join(clone, 'data', `${started.length}.sqlite`)}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const running = async (): Promise<{ url: string; pid: number }> => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const line = stdout.split('\n').find((candidate) => candidate.includes('"url":'));
      if (line) {
        const { url, pid } = JSON.parse(line) as { url: string; pid: number };
        return { url, pid };
      }
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`did not start:\n${stdout}\n${stderr}`);
  };
  return { child, exited, running, output: () => ({ stdout, stderr }) };
}

beforeAll(() => {
  clone = makeClone();
});

afterEach(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(() => {
  // Nothing a test started may outlive it (a server orphaned by its wrapper is exactly the bug).
  for (const child of started) if (child.pid && alive(child.pid)) child.kill('SIGKILL');
  rmSync(clone, { recursive: true, force: true });
});

describe('npm start (node dist/main.js, built first when needed)', () => {
  it('builds dist/ on the first start, serves, and stops every process when npm gets SIGTERM', async () => {
    expect(existsSync(path.join(clone, 'dist'))).toBe(false);
    const npm = launch('npm', ['start']);
    const { url, pid } = await npm.running();
    expect(npm.output().stderr).toMatch(/Building dist\/ with tsc \(dist\/ has not been built yet\)/);
    expect(existsSync(path.join(clone, 'dist/main.js'))).toBe(true);
    expect(existsSync(path.join(clone, 'dist/playground/assets/playground.js'))).toBe(true);
    expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('dist/main.js');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(200);

    process.kill(npm.child.pid!, 'SIGTERM');

    expect(await npm.exited).toEqual({ code: 0, signal: null });
    expect(alive(pid)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(npm.output().stdout).toContain('"msg":"stopped"');
  }, 180_000);

  it('dist/ imports at run time only production dependencies (what `npm ci --omit=dev` and the Docker image install)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const files = readdirSync(path.join(clone, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(50);
    const packages = new Set<string>();
    for (const file of files) {
      // preProcessFile lists static imports, re-exports and dynamic import() calls of the compiled JavaScript.
      for (const { fileName } of ts.preProcessFile(readFileSync(path.join(clone, 'dist', file), 'utf8'), true, true)
        .importedFiles) {
        if (fileName.startsWith('.') || fileName.startsWith('node:') || builtinModules.includes(fileName)) continue;
        packages.add(fileName.startsWith('@') ? fileName.split('/').slice(0, 2).join('/') : fileName.split('/')[0]!);
      }
    }
    expect(packages.size).toBeGreaterThan(5);
    expect([...packages].filter((name) => !(name in pkg.dependencies)).sort()).toEqual([]);
  });

  it('stops every process when npm gets SIGINT (Ctrl+C), without rebuilding an up-to-date dist/', async () => {
    const npm = launch('npm', ['start']);
    const { url, pid } = await npm.running();
    expect(npm.output().stderr).not.toContain('Building dist/');
    // What a person sees: npm's own banner (its "> policy-desk@… start" lines), then, first of
    // everything Policy Desk writes, where to go; nothing on stderr.
    const lines = npm.output().stdout.split('\n');
    const own = lines.filter((line) => line.trim() !== '' && !line.startsWith('> '));
    expect(lines.slice(0, lines.indexOf(own[0]!)).filter((line) => line.trim() !== '')).toEqual([
      expect.stringMatching(/^> policy-desk@[\d.]+ prestart$/),
      expect.any(String),
      expect.stringMatching(/^> policy-desk@[\d.]+ start$/),
      expect.any(String),
    ]);
    expect((JSON.parse(own[0]!) as { msg: string }).msg).toBe(
      `Open ${url} in a browser to use the playground (Ctrl+C stops Policy Desk)`,
    );
    // npm's own notices (a newer npm, a config warning) may appear on stderr; nothing of Policy Desk's does.
    expect(
      npm
        .output()
        .stderr.split('\n')
        .filter((line) => line.trim() && !/^npm (?:notice|warn)\b/.test(line)),
    ).toEqual([]);

    process.kill(npm.child.pid!, 'SIGINT');

    await npm.exited;
    expect(alive(pid)).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(npm.output().stdout).toContain('"signal":"SIGINT"');
  }, 60_000);

  it('SIGTERM to npm during the first build stops the build too: no tsc left running, dist/ not marked built', async () => {
    const other = makeClone();
    try {
      const npm = launch('npm', ['start'], {}, other);
      const deadline = Date.now() + 30_000;
      while (!npm.output().stderr.includes('Building dist/') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(processesMentioning(path.join(other, 'tsconfig.build.json')).length).toBe(1);

      process.kill(npm.child.pid!, 'SIGTERM');
      await npm.exited;
      // tsc gets the signal from the build script: give a loaded machine a moment to end it.
      for (let waited = 0; waited < 5_000 && processesMentioning(other).length; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(processesMentioning(other)).toEqual([]);
      expect(npm.output().stderr).toContain('Build stopped (SIGTERM); dist/ was not updated.');
      expect(existsSync(path.join(other, 'dist/.build-stamp'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);

  it('a build that fails to type-check leaves the last good dist/ as it was, and says so', async () => {
    const file = path.join(clone, 'src/terminal-log.ts');
    const before = readFileSync(file, 'utf8');
    const builtMain = readFileSync(path.join(clone, 'dist/main.js'), 'utf8');
    writeFileSync(file, `${before}\nexport const broken: number = 'not a number';\n`);
    try {
      const build = launch(process.execPath, ['scripts/build.mjs', '--if-stale']);
      const { code } = await build.exited;
      expect(code).not.toBe(0);
      expect(build.output().stdout).toMatch(/src\/terminal-log\.ts\(\d+,\d+\): error TS2322/);
      expect(build.output().stderr).toContain(
        'Policy Desk: the TypeScript build failed (errors above); dist/ was not changed.',
      );
      expect(readFileSync(path.join(clone, 'dist/main.js'), 'utf8')).toBe(builtMain);
      expect(readFileSync(path.join(clone, 'dist/terminal-log.js'), 'utf8')).not.toContain('broken');
      expect(existsSync(path.join(clone, 'dist/.next'))).toBe(false);
    } finally {
      writeFileSync(file, before);
    }
  }, 120_000);

  it('rebuilds when a source file changed since the last build', async () => {
    const file = path.join(clone, 'src/playground/assets/playground.css');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    const npm = launch('npm', ['start']);
    const { pid } = await npm.running();
    expect(npm.output().stderr).toMatch(/Building dist\/ with tsc \(src\/ changed since dist\/ was built\)/);
    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exited;
    expect(alive(pid)).toBe(false);
  }, 180_000);

  it('npm start --silent: the first line on stdout is where to go (npm leaves out its banner)', async () => {
    const npm = launch('npm', ['start', '--silent']);
    const { url, pid } = await npm.running();
    const first = npm.output().stdout.split('\n')[0]!;
    expect((JSON.parse(first) as { msg: string }).msg).toBe(
      `Open ${url} in a browser to use the playground (Ctrl+C stops Policy Desk)`,
    );
    process.kill(npm.child.pid!, 'SIGTERM');
    await npm.exited;
    expect(alive(pid)).toBe(false);
  }, 60_000);

  it('node dist/main.js (what the Docker image runs) stops on SIGTERM with exit code 0', async () => {
    const node = launch(process.execPath, ['dist/main.js']);
    const { url, pid } = await node.running();
    expect(pid).toBe(node.child.pid);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    process.kill(pid, 'SIGTERM');
    expect(await node.exited).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('runs from a folder laid out as the Docker image is: only what its runtime stage copies, and its CMD', async () => {
    const runtime = readFileSync(path.join(root, 'Dockerfile'), 'utf8')
      .split(/^FROM /m)
      .at(-1)!;
    const copied = [...runtime.matchAll(/^COPY (?!--from)(?:--\S+ )*(\S+) \S+$/gm)].map((match) => match[1]!);
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'policies']));
    expect(runtime).toMatch(/^COPY --from=build --chown=node:node \/app\/dist \.\/dist$/m);
    const image = mkdtempSync(path.join(tmpdir(), 'pd-image-'));
    try {
      for (const entry of [...copied, 'dist'])
        cpSync(path.join(clone, entry), path.join(image, entry), { recursive: true });
      symlinkSync(path.join(root, 'node_modules'), path.join(image, 'node_modules'), 'dir');
      const [command, ...args] = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)![1]!) as string[];
      expect(command).toBe('node');
      // As the image runs it: production mode (its ENV), so with the audit key production requires.
      expect(runtime).toMatch(/^ENV NODE_ENV=production/m);
      const server = launch(
        process.execPath,
        args,
        { HOST: '127.0.0.1', NODE_ENV: 'production', AUDIT_KEY: 'k'.repeat(64) },
        image,
      );
      const { url, pid } = await server.running();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const asked = await fetch(`${url}/playground/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ org: 'allsorts', person: 'sam', text: 'Can I text this young person?' }),
      });
      expect(asked.status).toBe(200);
      expect(((await asked.json()) as { html: string }).html).toContain('verdict');
      process.kill(pid, 'SIGTERM');
      expect((await server.exited).code).toBe(0);
    } finally {
      rmSync(image, { recursive: true, force: true });
    }
  }, 60_000);

  it('the CLIs run from dist/ with node alone', async () => {
    const ask = launch(process.execPath, ['dist/cli/ask.js', '--org', 'allsorts', 'Can I text this young person?']);
    expect((await ask.exited).code).toBe(0);
    expect(ask.output().stdout).toMatch(/^Needs approval:/);
  }, 60_000);
});
