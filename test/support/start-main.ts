import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');

/** `npm start`'s entry point, running in a child process with its output collected. */
export interface RunningMain {
  readonly child: ChildProcess;
  readonly dir: string;
  /** Resolves with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** Waits for the "running at" log line and returns the base URL (throws if the process exits first). */
  running(): Promise<string>;
  output(): { stdout: string; stderr: string };
}

/**
 * Starts src/main.ts with a clean environment plus `env` (a SQLite store in a temporary folder,
 * port 0, the shipped policies unless overridden). The caller kills it; `children` collects it.
 */
export function startMain(env: Record<string, string>, children: ChildProcess[] = []): RunningMain {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-main-'));
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src/main.ts')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      POLICIES_DIR: path.join(root, 'policies'),
      STORE_URL: `sqlite://${path.join(dir, 'store.sqlite')}`,
      PORT: '0',
      ...env,
    },
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
