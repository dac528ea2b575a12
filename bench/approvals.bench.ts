// npm run bench:approvals: votes per second and vote latency through the real path
// (ApprovalService → store → engine), on SQLite in one process and on Redis shared by two processes.
// Prints one JSON object. REDIS_URL defaults to redis://127.0.0.1:6379.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createClient } from '@keyv/redis';
import { systemClock } from '../src/adapters/clock.ts';
import { loadCorpus } from '../src/adapters/policy-files.ts';
import { createStore } from '../src/adapters/store/create-store.ts';
import { defaultPoliciesDir, printHelpIfAsked } from '../src/cli/cli-support.ts';
import { ApprovalService } from '../src/core/approvals/approval-service.ts';
import type { VoteChoice } from '../src/core/approvals/votes.ts';

const here = fileURLToPath(import.meta.url);
/** Votes in flight at once in each process, as a busy bot would have. */
const concurrency = 16;
// The order and choices make every one of the five votes count: the outcome settles only at the last.
const ballot: Array<[string, VoteChoice]> = [
  ['tom', 'for'],
  ['ruth', 'against'],
  ['dev', 'against'],
  ['ann', 'abstain'],
  ['priya', 'for'],
];
const answers = {
  'young-person': 'AB',
  purpose: 'Mentoring',
  'parent-agreement': { agreed: true, who: 'Parent', how: 'In writing' },
};

interface Measured {
  latencies: number[];
  startedAt: number;
  finishedAt: number;
  errors: number;
}

async function openService(url: string, namespace: string) {
  const store = await createStore({ url, namespace });
  return {
    store,
    service: new ApprovalService({ corpus: await loadCorpus(defaultPoliciesDir), store, clock: systemClock }),
  };
}

async function submitMany(service: ApprovalService, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await service.submit({
      org: 'allsorts',
      flowId: 'trustee-contact',
      requester: { platform: 'playground', userId: 'sam' },
      answers,
    });
    if (!result.ok) throw new Error(result.error.message);
    ids.push(result.value.request.id);
  }
  return ids;
}

/**
 * Casts votes at a fixed rate (open loop): vote k starts at start + k/rate whether or not earlier
 * ones have finished, so latency is what a vote costs at that load, not the length of a queue.
 */
async function voteAtRate(
  service: ApprovalService,
  ids: readonly string[],
  voters: ReadonlyArray<[string, VoteChoice]>,
  perSecond: number,
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const startedAt = Date.now();
  const pending: Array<Promise<void>> = [];
  let k = 0;
  for (const id of ids) {
    for (const [trustee, choice] of voters) {
      const due = startedAt + (k++ * 1000) / perSecond;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(
        (async () => {
          const t0 = performance.now();
          const result = await service.vote({
            requestId: id,
            actor: { platform: 'playground', userId: trustee },
            choice,
          });
          latencies.push(performance.now() - t0);
          if (!result.ok) errors++;
        })(),
      );
    }
  }
  await Promise.all(pending);
  return { latencies, startedAt, finishedAt: Date.now(), errors };
}

/** Casts every vote of `ids` (each request's five votes in order), `concurrency` requests at a time. */
async function voteAll(
  service: ApprovalService,
  ids: readonly string[],
  voters: ReadonlyArray<[string, VoteChoice]>,
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const startedAt = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        for (const [trustee, choice] of voters) {
          const t0 = performance.now();
          const result = await service.vote({
            requestId: id,
            actor: { platform: 'playground', userId: trustee },
            choice,
          });
          latencies.push(performance.now() - t0);
          if (!result.ok) errors++;
        }
      }
    }),
  );
  return { latencies, startedAt, finishedAt: Date.now(), errors };
}

function summarise(runs: readonly Measured[], processes: number, load: string) {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const seconds = (Math.max(...runs.map((r) => r.finishedAt)) - Math.min(...runs.map((r) => r.startedAt))) / 1000;
  const at = (q: number) =>
    Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2));
  return {
    load,
    processes,
    votes: latencies.length,
    refused: runs.reduce((sum, run) => sum + run.errors, 0),
    seconds: Number(seconds.toFixed(2)),
    votesPerSecond: Math.round(latencies.length / seconds),
    latencyMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
  };
}

async function sqliteBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-desk-bench-'));
  try {
    const { store, service } = await openService(`sqlite://${path.join(dir, 'bench.sqlite')}`, 'bench');
    const ids = await submitMany(service, 400);
    const saturated = await voteAll(service, ids.slice(0, 200), ballot);
    const paced = await voteAtRate(service, ids.slice(200), ballot, 500);
    await store.close();
    return {
      saturated: summarise([saturated], 1, `closed loop, ${concurrency} requests in flight`),
      atTargetRate: summarise([paced], 1, 'open loop, 500 votes/s'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs in a child process: opens its own connection, waits for the parent's start time, votes, reports. */
async function worker(settings: {
  url: string;
  namespace: string;
  ids: string[];
  voters: Array<[string, VoteChoice]>;
  perSecond?: number;
}): Promise<void> {
  const { store, service } = await openService(settings.url, settings.namespace);
  await service.getRequest(settings.ids[0]!);
  process.stdout.write('ready\n');
  const start = await new Promise<number>((resolve) =>
    process.stdin.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start - Date.now())));
  const run = settings.perSecond
    ? await voteAtRate(service, settings.ids, settings.voters, settings.perSecond)
    : await voteAll(service, settings.ids, settings.voters);
  await store.close();
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

/** Two OS processes vote on every request, each for its own trustees: they race on every tally, outcome and the audit chain. */
async function twoProcesses(
  url: string,
  namespace: string,
  ids: readonly string[],
  perSecond?: number,
): Promise<Measured[]> {
  const shares = [ballot.filter((_, i) => i % 2 === 0), ballot.filter((_, i) => i % 2 === 1)];
  const children = shares.map((voters) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        here,
        '--worker',
        JSON.stringify({
          url,
          namespace,
          ids,
          voters,
          ...(perSecond ? { perSecond: (perSecond * voters.length) / ballot.length } : {}),
        }),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );
  let ready = 0;
  return Promise.all(
    children.map(
      (child) =>
        new Promise<Measured>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (out === 'ready\n' && ++ready === children.length) {
              const start = Date.now() + 200;
              for (const other of children) other.stdin.end(`${start}\n`);
            }
          });
          child.on('close', (code) =>
            code === 0
              ? resolve(JSON.parse(out.slice('ready\n'.length)) as Measured)
              : reject(new Error(`bench worker exited ${code}`)),
          );
        }),
    ),
  );
}

async function redisBench(url: string) {
  const namespace = `bench-${randomBytes(4).toString('hex')}`;
  const { store, service } = await openService(url, namespace);
  try {
    const ids = await submitMany(service, 800);
    await store.close();
    const saturated = await twoProcesses(url, namespace, ids.slice(0, 400));
    const paced = await twoProcesses(url, namespace, ids.slice(400), 500);
    return {
      saturated: summarise(saturated, 2, `closed loop, ${concurrency} requests in flight per process`),
      atTargetRate: summarise(paced, 2, 'open loop, 500 votes/s across both processes'),
    };
  } finally {
    const client = createClient({ url });
    await client.connect();
    const doomed: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${namespace}::*`, COUNT: 1000 }))
      doomed.push(...(batch as unknown as string[]));
    for (let i = 0; i < doomed.length; i += 500) await client.del(doomed.slice(i, i + 500));
    await client.close();
  }
}

const help = `Measures votes per second and vote latency through the real path (ApprovalService, store,
engine): on SQLite in one process, and on Redis shared by two processes. Prints one JSON object.

usage: npm run bench:approvals
       REDIS_URL=redis://host:6379 npm run bench:approvals   (default redis://127.0.0.1:6379; skipped, saying why, when unreachable)

exit codes: 0 measured`;

if (printHelpIfAsked(help)) {
  // --help: nothing measured
} else if (process.argv[2] === '--worker') {
  await worker(JSON.parse(process.argv[3]!));
} else {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const sqlite = await sqliteBench();
  let redis: unknown;
  try {
    redis = await redisBench(redisUrl);
  } catch (error) {
    redis = { skipped: `Redis at ${redisUrl}: ${(error as Error).message.split('\n')[0]}` };
  }
  process.stdout.write(
    `${JSON.stringify({ benchmark: 'approvals', node: process.version, sqlite, redis, targets: { redisVotesPerSecond: 500, redisP99Ms: 20 } }, null, 2)}\n`,
  );
}
