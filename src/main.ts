/**
 * Policy Desk's entry point (`npm start`): reads the settings once, loads and validates the
 * policies, opens the store, and starts what is configured: Slack, Teams, and the local playground
 * (the default when neither is configured). SIGTERM / SIGINT stop intake, finish the work in
 * flight and close the store.
 */
import path from 'node:path';
import { resolveAuditKey } from './adapters/audit-key.ts';
import { defaultCheckpointFile } from './adapters/checkpoint-file.ts';
import { systemClock } from './adapters/clock.ts';
import { createLogger } from './adapters/logger.ts';
import { loadCorpus } from './adapters/policy-files.ts';
import { createStore } from './adapters/store/create-store.ts';
import { buildApp, type PlatformFactory } from './app.ts';
import { type Config, loadProcessConfig, processPoliciesDir } from './config.ts';
import { PolicyDeskError } from './core/errors.ts';
import { createPlaygroundPlatform } from './playground/playground-platform.ts';
import { createSlackPlatform } from './slack/slack-platform.ts';
import { createTeamsPlatform } from './teams/teams-platform.ts';
import { terminalDestination } from './terminal-log.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** Signals closer together than this are one request to stop (see `stop`). */
const REPEATED_SIGNAL_MS = 1000;

async function main(): Promise<void> {
  // The policies are read first so the settings that name organisations are checked with all the
  // others: every bad setting is listed at once, then (settings fixed) any problem in the policies.
  const policiesDir = processPoliciesDir();
  const corpus = await loadCorpus(path.resolve(policiesDir)).then(
    (loaded) => ({ ok: true as const, loaded }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const config = loadProcessConfig('.env', corpus.ok ? { organisations: [...corpus.loaded.organisations.keys()] } : {});
  if (!corpus.ok) throw corpus.error;
  settings = config;
  const readable = config.logFormat === 'pretty' || (config.logFormat === 'auto' && process.stdout.isTTY === true);
  const logger = createLogger(config.logLevel, readable ? terminalDestination() : undefined);

  // Production refuses a store that would lose acknowledged records on a restart (Redis without AOF).
  // The audit key seals the log and signs its checkpoints: AUDIT_KEY (required in production, checked
  // with the settings above), or in local mode a key file beside the SQLite file.
  const auditKey = resolveAuditKey({
    configured: config.auditKey,
    storeUrl: config.storeUrl,
    production: config.production,
  })!;
  const store = await createStore({
    url: config.storeUrl,
    requirePersistence: config.production,
    onWarning: (message) => logger.warn(message),
  });
  logger.debug(
    { store: store.describe, organisations: [...corpus.loaded.organisations.keys()] },
    'policies loaded and store open',
  );

  const platforms: PlatformFactory[] = [];
  if (config.slack) platforms.push((deps) => createSlackPlatform(deps));
  // Without an app id the Teams factory runs in local mode and logs that tokens are not checked.
  if (config.teams) platforms.push((deps) => createTeamsPlatform(deps));
  if (config.playground) {
    if (!LOOPBACK.has(config.host)) {
      logger.warn(
        { host: config.host },
        'the playground has no sign-in and is being served on a public interface: anyone who can reach it can act as anyone; set HOST=127.0.0.1',
      );
    }
    platforms.push(createPlaygroundPlatform);
  }
  if (platforms.length === 0) {
    logger.warn(
      'nothing to serve but /healthz: the playground is off (PLAYGROUND=0) and neither Slack nor Teams is configured; unset PLAYGROUND or configure a platform',
    );
  }

  const app = await buildApp({
    config,
    corpus: corpus.loaded,
    store,
    closeStore: () => store.close(),
    // /healthz reads one key: a store that cannot answer makes the instance report 503.
    pingStore: async () => {
      await store.get('health:ping');
    },
    clock: systemClock,
    logger,
    platforms,
    auditKey: auditKey.key,
    checkpointFile: config.auditCheckpointFile ?? defaultCheckpointFile(config.storeUrl),
  });
  const where = `http://${LOOPBACK.has(config.host) ? 'localhost' : config.host}:${app.http.port}`;
  let stoppingSince: number | undefined;
  const stop = (signal: string): void => {
    if (stoppingSince !== undefined) {
      // One stop often arrives more than once: npm forwards the signal it got to this process, a
      // terminal's Ctrl+C reaches the whole process group, a service manager signals every process
      // it started, `timeout` signals its child and then its group. Only a signal a person sends
      // after the first (a second Ctrl+C) means "stop now, without finishing the work in flight".
      if (Date.now() - stoppingSince < REPEATED_SIGNAL_MS) return;
      logger.warn({ signal }, 'stopping at once, without waiting for the work in flight');
      process.exit(1);
    }
    stoppingSince = Date.now();
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
  // The terminal it ran in was closed: stop as cleanly as for SIGTERM rather than die mid-write.
  process.on('SIGHUP', () => stop('SIGHUP'));
  // Said only once the signal handlers are in place: whoever reads this line (a person, a test, a
  // service manager's readiness check) may stop the server at once, and it must stop cleanly.
  // The first line a person reads: where to go. Everything else is for operators.
  logger.info(
    {
      url: where,
      pid: process.pid,
      platforms: app.platforms.map((platform) => platform.name),
      store: store.describe,
      ...(config.playground ? { records: `${where}/records` } : {}),
      ...(config.slack ? { slack: config.slack.mode === 'http' ? `${where}/slack/events` : 'socket mode' } : {}),
      ...(config.teams ? { teams: `${where}/api/messages` } : {}),
    },
    config.playground
      ? `Open ${where} in a browser to use the playground (Ctrl+C stops Policy Desk)`
      : `Policy Desk is running at ${where}`,
  );
}

/** What to tell a person when listening failed: the setting to change, or undefined for a real fault. */
function listenProblem(error: unknown, config: Pick<Config, 'host' | 'port'>): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE') {
    return `Policy Desk: port ${config.port} is already in use on ${config.host} (another Policy Desk, or another program, is listening there). Stop it, or set PORT to a free port (e.g. PORT=3979 npm start).`;
  }
  if (code === 'EACCES')
    return `Policy Desk: not allowed to listen on ${at} (ports below 1024 need privileges). Set PORT to 1024 or above (3978 by default).`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `Policy Desk: HOST=${config.host} is not an address of this machine. Set HOST to 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface).`;
  }
  return undefined;
}

let settings: Pick<Config, 'host' | 'port'> | undefined;
main().catch((error: unknown) => {
  // Start-up problems (settings, policies, store, a port in use) are the user's to fix: say what, not a stack.
  const message =
    error instanceof PolicyDeskError
      ? error.message
      : ((settings && listenProblem(error, settings)) ??
        `Policy Desk failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
