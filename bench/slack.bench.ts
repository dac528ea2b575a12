/**
 * Slack benchmark: signed `/policy` commands at a steady rate into POST /slack/events of the real
 * app (buildApp + createSlackPlatform, HTTP mode) and of a bare Bolt app that only acks, in the
 * same run, both talking to the local Slack Web API double. Measures ack latency (time to the
 * HTTP 200) p50 / p99 and throughput, and prints one JSON object with the ratio.
 * Usage: npm run bench:slack [-- --rate 100 --seconds 10]
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { App, HTTPReceiver } from '@slack/bolt';
import { systemClock } from '../src/adapters/clock.ts';
import { createLogger } from '../src/adapters/logger.ts';
import { MemoryRecordStore } from '../src/adapters/store/memory-store.ts';
import { buildApp } from '../src/app.ts';
import { printHelpIfAsked } from '../src/cli/cli-support.ts';
import { loadConfig } from '../src/config.ts';
import { boltLogger } from '../src/slack/bolt-logger.ts';
import { createSlackPlatform } from '../src/slack/slack-platform.ts';
import { commandBody, SlackSigner, testSigningSecret } from '../test/slack/support/sign.ts';
import { SlackApiDouble } from '../test/slack/support/slack-api-double.ts';
import { slackCorpus, slackIds, teamId } from '../test/slack/support/slack-harness.ts';

const help = `Fires signed /policy commands at a steady rate into POST /slack/events of the real app and of a
bare Bolt app that only acknowledges (both against the local Slack Web API double), and prints ack
latency p50 / p99 and throughput for both, as one JSON object.

usage: npm run bench:slack [-- --rate 100 --seconds 10 --warmup 2]

options:
  --rate N        commands per second (default 100)
  --seconds N     how long to measure (default 10)
  --warmup N      seconds sent first and not measured (default 2)
  -h, --help      show this help`;
if (printHelpIfAsked(help)) process.exit(0);

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);

const questions = [
  'Can I text this young person?',
  'Can I take photos of the children on the trip?',
  'Can I use my own phone to call a young person?',
  'Can I add a young person as a friend on Facebook?',
  'Can someone else use my Allsorts phone?',
  'Can I make an international call on the work phone?',
];

const round = (n: number, digits = 2) => Number(n.toFixed(digits));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Sends signed /policy commands open-loop at `rate` per second for `seconds`; every send is timed to its HTTP response. */
async function load(url: string, double: SlackApiDouble, seconds: number, label: string) {
  const signer = new SlackSigner(testSigningSecret);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  let lastDone = started;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    // Open loop: request i goes at its scheduled time whether or not earlier ones have answered.
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = commandBody({
      command: '/policy',
      text: questions[i % questions.length]!,
      team_id: teamId,
      user_id: slackIds.sam,
      channel_id: 'C_BENCH',
      response_url: double.responseUrl(`${label}-${i}`),
      trigger_id: `trigger-${label}-${i}`,
    });
    const sent = performance.now();
    inFlight.push(
      fetch(url, { method: 'POST', headers: signer.headers(body), body: body.body })
        .then(async (response) => {
          await response.arrayBuffer();
          const done = performance.now();
          lastDone = Math.max(lastDone, done);
          if (response.status === 200) {
            ok += 1;
            latencies.push(done - sent);
          } else failed += 1;
        })
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const elapsed = (lastDone - started) / 1000;
  return {
    sent: total,
    ok,
    failed,
    ackP50Ms: round(percentile(latencies, 50)),
    ackP99Ms: round(percentile(latencies, 99)),
    ackMaxMs: round(latencies.at(-1) ?? Number.NaN),
    throughputPerS: round(ok / elapsed),
  };
}

/** Closed loop: `concurrency` senders post back to back for `seconds`; the most each app can ack. */
async function saturate(url: string, double: SlackApiDouble, seconds: number, concurrency: number, label: string) {
  const signer = new SlackSigner(testSigningSecret);
  const deadline = performance.now() + seconds * 1000;
  let ok = 0;
  let n = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = n++;
        const body = commandBody({
          command: '/policy',
          text: questions[i % questions.length]!,
          team_id: teamId,
          user_id: slackIds.sam,
          channel_id: 'C_BENCH',
          response_url: double.responseUrl(`${label}-${i}`),
          trigger_id: `t-${label}-${i}`,
        });
        const response = await fetch(url, { method: 'POST', headers: signer.headers(body), body: body.body });
        await response.arrayBuffer();
        if (response.status === 200) ok += 1;
      }
    }),
  );
  return round(ok / ((performance.now() - started) / 1000));
}

async function main() {
  const double = await new SlackApiDouble().start();
  const logger = createLogger('silent');

  // The real app: shared server, Policy Desk's route, Bolt's HTTPReceiver, the listeners and the core.
  const config = {
    ...loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: testSigningSecret,
      SLACK_API_URL: double.apiUrl,
      DEFAULT_ORG: 'allsorts',
      LOG_LEVEL: 'silent',
    }),
    port: 0,
  };
  const app = await buildApp({
    config,
    corpus: await slackCorpus(),
    store: new MemoryRecordStore(),
    closeStore: async () => undefined,
    clock: systemClock,
    logger,
    platforms: [createSlackPlatform],
  });
  const appUrl = `http://127.0.0.1:${app.http.port}/slack/events`;

  // The baseline: a bare Bolt app on its own HTTPReceiver whose /policy listener only acks.
  const receiver = new HTTPReceiver({
    signingSecret: testSigningSecret,
    processBeforeResponse: false,
    logger: boltLogger(logger),
  });
  const bare = new App({
    receiver,
    token: 'xoxb-test',
    botId: 'B_BOT',
    botUserId: 'U_BOT',
    tokenVerificationEnabled: false,
    logger: boltLogger(logger),
    clientOptions: { slackApiUrl: double.apiUrl },
  });
  bare.command('/policy', async ({ ack }) => {
    await ack();
  });
  const server = (await bare.start(0)) as { address(): AddressInfo | string | null };
  const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  await load(bareUrl, double, warmupSeconds, 'warm-bare');
  await load(appUrl, double, warmupSeconds, 'warm-app');
  double.reset();

  const bareResult = await load(bareUrl, double, seconds, 'bare');
  const before = double.callsTo('response_url').length;
  const appResult = await load(appUrl, double, seconds, 'app');
  // Every /policy is answered after its ack: wait for the answers to land, to show the work was done.
  await double
    .waitFor((calls) => calls.filter((c) => c.method === 'response_url').length - before >= appResult.ok, 10_000)
    .catch(() => undefined);
  const answered = double.callsTo('response_url').length - before;

  const throughputRatio = round(appResult.throughputPerS / bareResult.throughputPerS, 3);

  // Beyond the target rate: how many /policy commands per second each can ack at most.
  const bareMax = await saturate(bareUrl, double, Math.min(seconds, 5), 16, 'max-bare');
  const appMax = await saturate(appUrl, double, Math.min(seconds, 5), 16, 'max-app');
  await new Promise((resolve) => setTimeout(resolve, 500));
  console.log(
    JSON.stringify(
      {
        benchmark: 'slack /policy ack',
        rate,
        seconds,
        bareBolt: bareResult,
        policyDesk: { ...appResult, answersDelivered: answered },
        ratio: {
          throughput: throughputRatio,
          ackP50: round(appResult.ackP50Ms / bareResult.ackP50Ms, 3),
          ackP99: round(appResult.ackP99Ms / bareResult.ackP99Ms, 3),
        },
        saturation: {
          concurrency: 16,
          bareBoltPerS: bareMax,
          policyDeskPerS: appMax,
          ratio: round(appMax / bareMax, 3),
        },
        targets: {
          throughputAtLeast80PercentOfBare: throughputRatio >= 0.8,
          ackP99Under100Ms: appResult.ackP99Ms < 100,
        },
      },
      null,
      2,
    ),
  );

  await bare.stop();
  await app.stop();
  await double.stop();
}

await main();
