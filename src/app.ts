import { randomBytes } from 'node:crypto';
import { createAnswerer } from './adapters/answerer.ts';
import { appendCheckpoint } from './adapters/checkpoint-file.ts';
import type { Logger } from './adapters/logger.ts';
import type { Config } from './config.ts';
import { ApprovalService } from './core/approvals/approval-service.ts';
import { CheckpointPublisher } from './core/approvals/checkpoint-publisher.ts';
import type { Notification } from './core/approvals/notifications.ts';
import type { Clock, RecordStore } from './core/approvals/ports.ts';
import type { RequestView } from './core/approvals/request-view.ts';
import { Conversation, type Notifier } from './core/conversation/conversation.ts';
import type { Corpus } from './core/policy/corpus.ts';
import { type HttpServer, startHttpServer } from './http/server.ts';
import type { Platform, PlatformDeps } from './platform.ts';

/** Builds one platform from the shared dependencies. */
export type PlatformFactory = (deps: PlatformDeps) => Promise<Platform>;

/** Everything `buildApp` needs; main.ts reads it from the environment, tests build it directly. */
export interface AppOptions {
  readonly config: Config;
  readonly corpus: Corpus;
  readonly store: RecordStore;
  /** Closes the store's connections; called last on stop. */
  readonly closeStore: () => Promise<void>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly platforms: readonly PlatformFactory[];
  /** Checks the store answers, for /healthz. */
  readonly pingStore?: () => Promise<void>;
  /** The audit key (never kept in the store): seals audit entries and signs checkpoints. */
  readonly auditKey?: Uint8Array;
  /** The append-only file each organisation's signed audit checkpoint is written to, when its log has grown. */
  readonly checkpointFile?: string;
  /** At most one checkpoint per organisation per this many ms (default 15 minutes), in the file and in the channel. */
  readonly checkpointEveryMs?: number;
}

/** A running application. */
export interface App {
  readonly conversation: Conversation;
  readonly approvals: ApprovalService;
  readonly platforms: readonly Platform[];
  readonly http: HttpServer;
  /**
   * Writes a signed checkpoint of each organisation whose log has grown to the file, and posts it
   * in the trustees' channel on each platform (once per period across every process). Run after
   * every clock tick; tests call it directly.
   */
  publishCheckpoints(): Promise<void>;
  /** Stops intake, finishes what is in flight, stops the clock loop and closes the store. */
  stop(): Promise<void>;
}

/** Sends each batch of notifications to every platform; one platform failing does not stop the others. */
class FanOutNotifier implements Notifier {
  readonly sinks: Array<{ name: string; notifier: Notifier }> = [];

  constructor(private readonly logger: Logger) {}

  async deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    const results = await Promise.allSettled(this.sinks.map((sink) => sink.notifier.deliver(notifications, changed)));
    results.forEach((result, i) => {
      if (result.status === 'rejected')
        this.logger.error({ err: result.reason, platform: this.sinks[i]!.name }, 'notification delivery failed');
    });
  }
}

const newAnswerId = (): string => randomBytes(9).toString('base64url');

/** Wires the core, the platforms and the HTTP server, and starts them. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, corpus, store, clock, logger } = options;
  // Notifications are delivered after each command returns, and marked; the clock's work delivers those a stopped process left.
  const approvals = new ApprovalService({
    corpus,
    store,
    clock,
    trackDeliveries: true,
    ...(options.auditKey ? { auditKey: options.auditKey } : {}),
  });
  // Reads (or, on a new store, writes) the store's epoch: a store that later comes back empty is then refused, not written to.
  await approvals.openStore();
  const notifier = new FanOutNotifier(logger);
  const conversation = new Conversation({
    corpus,
    answerer: createAnswerer(corpus),
    approvals,
    store,
    clock,
    notifier,
    newId: newAnswerId,
    onDeliveryError: (error, requestId) =>
      logger.error({ err: error, request: requestId }, 'notification delivery failed: the clock will deliver it again'),
  });
  const deps: PlatformDeps = { conversation, approvals, config, store, logger };
  const platforms: Platform[] = [];
  for (const factory of options.platforms) {
    const platform = await factory(deps);
    platforms.push(platform);
    notifier.sinks.push({ name: platform.name, notifier: platform.notifier });
  }
  const http = await startHttpServer({
    host: config.host,
    port: config.port,
    routes: platforms.flatMap((platform) => platform.routes),
    logger,
    health: async () => {
      let storeStatus = 'ok';
      try {
        await options.pingStore?.();
        const problem = await approvals.storeProblem();
        if (problem) storeStatus = `error: ${problem}`;
      } catch (error) {
        storeStatus = `error: ${(error as Error).message}`;
      }
      const parts = Object.fromEntries(
        await Promise.all(platforms.map(async (platform) => [platform.name, await platform.health()] as const)),
      );
      return {
        status: storeStatus === 'ok' ? 'ok' : 'degraded',
        store: storeStatus,
        organisations: [...corpus.organisations.keys()],
        platforms: parts,
        deliveriesPending: conversation.pendingDeliveries,
      };
    },
  });
  for (const platform of platforms) await platform.start();

  // The clock's work (reminders, escalation, vote windows, lapse) runs on every process; each
  // event is claimed once in the store, so several processes never repeat it.
  // After the clock's work, each organisation whose log grew gets a signed checkpoint in this host's
  // append-only file and in the trustees' channel (core/approvals/checkpoint-publisher.ts).
  const checkpointFile = options.checkpointFile;
  const checkpoints = new CheckpointPublisher({
    corpus,
    checkpoint: (org) => approvals.checkpoint(org),
    store,
    clock,
    everyMs: options.checkpointEveryMs ?? 15 * 60_000,
    appendLine: checkpointFile ? (line) => appendCheckpoint(checkpointFile, line) : undefined,
    channels: platforms.flatMap((platform) =>
      platform.postToRoleChannel
        ? [
            {
              name: platform.name,
              post: (org: string, role: string, text: string) => platform.postToRoleChannel!(org, role, text),
            },
          ]
        : [],
    ),
    onEvent: (event) => {
      if (event.kind === 'written')
        logger.info({ org: event.org, entries: event.entries, file: checkpointFile }, 'audit checkpoint written');
      else if (event.kind === 'posted')
        logger.info(
          { org: event.org, role: event.role, platform: event.channel, entries: event.entries },
          'audit checkpoint posted',
        );
      else
        logger.error(
          { err: event.error, org: event.org, role: event.role, platform: event.channel },
          'audit checkpoint post failed',
        );
    },
  });
  const publishCheckpoints = async (): Promise<void> => {
    if (options.auditKey) await checkpoints.publish();
  };
  let ticking: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    ticking = conversation
      .tick()
      .then(publishCheckpoints)
      .catch((error: unknown) => logger.error({ err: error }, 'clock tick failed'));
  }, config.tickIntervalMs);
  timer.unref();

  let stopped = false;
  return {
    conversation,
    approvals,
    platforms,
    http,
    publishCheckpoints,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await http.stop();
      // Deliveries still queued go out while the platforms can still send them (bounded: a dead platform must not hold the stop).
      await Promise.race([conversation.idle(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      await Promise.allSettled(platforms.map((platform) => platform.stop()));
      await ticking;
      await options.closeStore();
    },
  };
}
