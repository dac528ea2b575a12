import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { systemClock } from '../../../src/adapters/clock.ts';
import { loadCorpus } from '../../../src/adapters/policy-files.ts';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import type { ClosableRecordStore } from '../../../src/adapters/store/keyv-record-store.ts';
import { defaultPoliciesDir } from '../../../src/cli/cli-support.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';

/** Opens the real service on a store URL, as a bot process would. */
export async function openService(
  url: string,
  namespace: string,
): Promise<{ service: ApprovalService; store: ClosableRecordStore }> {
  const store = await createStore({ url, namespace });
  const corpus = await loadCorpus(defaultPoliciesDir);
  return { service: new ApprovalService({ corpus, store, clock: systemClock }), store };
}

/** Waits until the wall-clock time `at` (ms). */
export async function waitUntil(at: number): Promise<void> {
  const delay = at - Date.now();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

/**
 * The start barrier: says "ready" once set up, reads the start time the parent sends when every
 * worker is ready, and waits for it, so the workers' first writes happen at the same instant.
 */
export async function barrier(): Promise<void> {
  process.stdout.write('ready\n');
  const start = await new Promise<number>((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(Number(text.trim()));
    });
  });
  process.stdin.pause();
  await waitUntil(start);
}

/** Starts a worker script in its own OS process (node --import tsx), passing its settings as JSON. */
export function spawnWorker(script: string, settings: unknown): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, script), JSON.stringify(settings)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: path.join(import.meta.dirname, '../../..'),
    },
  );
}

/** What a finished worker said: exit code, its stdout after the "ready" line, and stderr. */
export interface WorkerRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs workers that call barrier(): once all have said "ready", sends them one start time
 * `leadMs` ahead, then collects their output.
 */
export function runWorkers(script: string, settingsList: readonly unknown[], leadMs = 200): Promise<WorkerRun[]> {
  let ready = 0;
  const children = settingsList.map((settings) => spawnWorker(script, settings));
  return Promise.all(
    children.map(
      (child) =>
        new Promise<WorkerRun>((resolve, reject) => {
          let stdout = '';
          let stderr = '';
          let said = false;
          child.stdout!.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (!said && stdout.startsWith('ready\n')) {
              said = true;
              stdout = stdout.slice('ready\n'.length);
              if (++ready === children.length) {
                const start = Date.now() + leadMs;
                for (const other of children) other.stdin!.end(`${start}\n`);
              }
            }
          });
          child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr }));
        }),
    ),
  );
}
