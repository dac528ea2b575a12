/**
 * Policy Desk's entry point (`npm start`): reads the settings once, loads and validates the
 * policies, opens the store, and starts what is configured: Slack, Teams, and the local playground
 * (the default when neither is configured). SIGTERM / SIGINT stop intake, finish the work in
 * flight and close the store.
 */
import path from 'node:path';
import { systemClock } from './adapters/clock.ts';
import { createLogger } from './adapters/logger.ts';
import { loadCorpus } from './adapters/policy-files.ts';
import { createStore } from './adapters/store/create-store.ts';
import { buildApp, type PlatformFactory } from './app.ts';
import { loadProcessConfig } from './config.ts';
import { PolicyDeskError } from './core/errors.ts';
import { createPlaygroundPlatform } from './playground/playground-platform.ts';
import { createSlackPlatform } from './slack/slack-platform.ts';
import { createTeamsPlatform } from './teams/teams-platform.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

async function main(): Promise<void> {
  const config = loadProcessConfig();
  const logger = createLogger(config.logLevel);

  const corpus = await loadCorpus(path.resolve(config.policiesDir));
  const store = await createStore({ url: config.storeUrl });
  logger.info({ store: store.describe, organisations: [...corpus.organisations.keys()] }, 'policies loaded and store open');

  const platforms: PlatformFactory[] = [];
  if (config.slack) platforms.push((deps) => createSlackPlatform(deps));
  // Without an app id the Teams factory runs in local mode and logs that tokens are not checked.
  if (config.teams) platforms.push((deps) => createTeamsPlatform(deps));
  if (config.playground) {
    if (!LOOPBACK.has(config.host)) {
      logger.warn({ host: config.host }, 'the playground has no sign-in and is being served on a public interface: anyone who can reach it can act as anyone; set HOST=127.0.0.1');
    }
    platforms.push(createPlaygroundPlatform);
  }

  const app = await buildApp({
    config,
    corpus,
    store,
    closeStore: () => store.close(),
    // /healthz reads one key: a store that cannot answer makes the instance report 503.
    pingStore: async () => {
      await store.get('health:ping');
    },
    clock: systemClock,
    logger,
    platforms,
  });
  const where = `http://${LOOPBACK.has(config.host) ? 'localhost' : config.host}:${app.http.port}`;
  logger.info(
    {
      url: where,
      platforms: app.platforms.map((platform) => platform.name),
      ...(config.playground ? { playground: `${where}/`, records: `${where}/records` } : {}),
      ...(config.slack ? { slack: config.slack.mode === 'http' ? `${where}/slack/events` : 'socket mode' } : {}),
      ...(config.teams ? { teams: `${where}/api/messages` } : {}),
    },
    `Policy Desk is running at ${where}`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: no new requests, finishing those in flight');
    app.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Start-up problems (settings, policies, store) are the user's to fix: say what, not a stack.
  const message = error instanceof PolicyDeskError ? error.message : `Policy Desk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
