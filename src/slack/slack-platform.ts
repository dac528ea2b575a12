import { App, type CodedError, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import { PolicyDeskError } from '../core/errors.ts';
import type { Route } from '../http/server.ts';
import type { Platform, PlatformDeps } from '../platform.ts';
import { boltLogger } from './bolt-logger.ts';
import { DeliveryReport } from './delivery-report.ts';
import { EventDeduper } from './event-dedupe.ts';
import { defaultBodyLimit, slackEventsPath, slackEventsRoute } from './events-route.ts';
import { HomeTabs } from './home-tabs.ts';
import { speakerResolver } from './identity.ts';
import { botScopes, installCallbacks, installRoutes, slackInstallPath, slackRedirectPath } from './install-routes.ts';
import { KeyvInstallationStore } from './installation-store.ts';
import { registerListeners } from './listeners/index.ts';
import { MessageLog } from './message-log.ts';
import { SharedQuestions } from './shared-questions.ts';
import type { SlackContext } from './slack-context.ts';
import { SlackMessenger } from './slack-messenger.ts';
import { SlackNotifier } from './slack-notifier.ts';
import { installLink, SlackWorkspaces } from './workspaces.ts';

/** Tuning that has sensible defaults; production passes none of it. */
export interface SlackPlatformOptions {
  /** Largest request body accepted on /slack/events, in bytes (default 1 MiB); larger gets 413. */
  readonly bodyLimit?: number;
  /** How long a request body may take to arrive in full on /slack/events before 408 (default 10 s). */
  readonly bodyTimeoutMs?: number;
  /** Milliseconds since the epoch, for the request-timestamp check (default `Date.now`). */
  readonly now?: () => number;
  /** How long a modal submission waits for the core before acknowledging with a "working" view (default 1500 ms). */
  readonly viewAckBudgetMs?: number;
  /** Every organisation in the corpus (default: the conversation's): with exactly one, a workspace with no mapping uses it. */
  readonly organisations?: readonly string[];
  /** How long `stop()` waits for listeners still working after their ack (default 10 s). */
  readonly stopGraceMs?: number;
}

/**
 * The Slack platform: Bolt on the shared HTTP server (POST /slack/events through Bolt's own
 * HTTPReceiver) or over Socket Mode, listeners that translate Slack payloads for the conversation
 * core and draw its replies as Block Kit, and a notifier that posts and redraws request messages.
 *
 * @example
 * const app = await buildApp({ config, corpus, store, closeStore, clock, logger, platforms: [createSlackPlatform] });
 */
export async function createSlackPlatform(deps: PlatformDeps, options: SlackPlatformOptions = {}): Promise<Platform> {
  const slack = deps.config.slack;
  if (!slack)
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Slack: not configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode), or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for several workspaces.',
    );
  if (!slack.oauth && !slack.botToken)
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Slack: SLACK_BOT_TOKEN is required (or the install-flow settings SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET).',
    );
  if (slack.mode === 'http' && !slack.signingSecret) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Slack: HTTP mode refuses to start without SLACK_SIGNING_SECRET (Slack app "Basic Information" > Signing Secret); or set SLACK_APP_TOKEN for Socket Mode.',
    );
  }
  if (slack.mode === 'socket' && !slack.appToken)
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Slack: Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token with connections:write).',
    );

  const logger = deps.logger.child({ platform: 'slack' });
  const bolt = boltLogger(logger);
  const clientOptions = { ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}), logger: bolt };
  const now = () => new Date(options.now?.() ?? Date.now());
  const oauth = slack.oauth;
  const installations = oauth ? new KeyvInstallationStore(deps.store, now) : undefined;
  const receiver =
    slack.mode === 'http'
      ? new HTTPReceiver({
          signingSecret: slack.signingSecret!,
          endpoints: slackEventsPath,
          // Ack is an HTTP 200 sent as soon as a listener calls ack(); the work goes on after it.
          processBeforeResponse: false,
          signatureVerification: true,
          unhandledRequestTimeoutMillis: 3001,
          bodyLimit: options.bodyLimit ?? defaultBodyLimit,
          logger: bolt,
          // Several workspaces: Bolt's own install flow, with installations kept in Policy Desk's store.
          ...(oauth && installations
            ? {
                clientId: oauth.clientId,
                clientSecret: oauth.clientSecret,
                stateSecret: oauth.stateSecret,
                installationStore: installations,
                scopes: [...botScopes],
                ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
                installerOptions: {
                  installPath: slackInstallPath,
                  redirectUriPath: slackRedirectPath,
                  directInstall: true,
                  stateVerification: true,
                  clientOptions: slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {},
                  callbackOptions: installCallbacks(deps, logger),
                },
              }
            : {}),
        })
      : new SocketModeReceiver({ appToken: slack.appToken!, logger: bolt, installerOptions: { clientOptions } });
  // Token mode: auth.test, once: the bot's ids for every event afterwards, and a clear failure for a bad token.
  let auth: webApi.AuthTestResponse | undefined;
  if (!oauth) {
    try {
      auth = await new webApi.WebClient(slack.botToken, { ...clientOptions, retryConfig: { retries: 2 } }).auth.test();
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        `Slack: the bot token was refused (${code}). Check SLACK_BOT_TOKEN${slack.apiUrl ? ` and SLACK_API_URL (${slack.apiUrl})` : ''}.`,
        { cause: error },
      );
    }
  }
  const app = new App({
    receiver,
    ...(oauth
      ? {}
      : {
          token: slack.botToken!,
          ...(auth?.user_id ? { botUserId: auth.user_id } : {}),
          ...(auth?.bot_id ? { botId: auth.bot_id } : {}),
          // Already verified above; with the bot's ids given, Bolt never calls auth.test per event.
          tokenVerificationEnabled: false,
        }),
    logger: bolt,
    clientOptions,
    convoStore: false,
  });
  const organisations = options.organisations ?? deps.conversation.organisations();
  const workspaces = new SlackWorkspaces({
    ...(oauth ? {} : { single: app.client }),
    ...(installations ? { installations } : {}),
    mapping: {
      orgs: slack.orgs,
      ...(deps.config.defaultOrg ? { defaultOrg: deps.config.defaultOrg } : {}),
      ...(organisations.length === 1 ? { onlyOrg: organisations[0]! } : {}),
    },
    clientOptions,
    logger,
  });
  // Every listener runs for the workspace its payload came from: Bolt's client carries that workspace's token.
  app.use(async ({ client, next }) => workspaces.run(client, next));

  // Listener work continues after the ack; stop() waits for it.
  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  app.error(async (error: CodedError) => {
    logger.error({ err: error, code: error.code }, 'slack listener failed');
  });

  const messenger = new SlackMessenger(() => workspaces.client());
  const log = new MessageLog(deps.store);
  const homes = new HomeTabs(deps.conversation, messenger, logger);
  const report = new DeliveryReport();
  const ctx: SlackContext = {
    conversation: deps.conversation,
    logger,
    messenger,
    log,
    homes,
    deduper: new EventDeduper(deps.store, now),
    shares: new SharedQuestions(deps.store, now),
    report,
    speaker: speakerResolver(deps.conversation, {
      orgs: slack.orgs,
      ...(deps.config.defaultOrg ? { defaultOrg: deps.config.defaultOrg } : {}),
      organisations,
      ...(installations ? { installedOrg: (teamId: string | undefined) => installations.orgOf(teamId) } : {}),
    }),
    viewAckBudgetMs: options.viewAckBudgetMs ?? 1500,
    botUserId: auth?.user_id,
    ...(installations ? { installations } : {}),
  };
  registerListeners(app, ctx);
  const notifier = new SlackNotifier({
    conversation: deps.conversation,
    messenger,
    log,
    homes,
    logger,
    now,
    report,
    workspaces,
  });

  const routes: Route[] = [];
  if (receiver instanceof HTTPReceiver) {
    routes.push(
      slackEventsRoute({
        signingSecret: slack.signingSecret!,
        bodyLimit: options.bodyLimit ?? defaultBodyLimit,
        ...(options.bodyTimeoutMs ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
        now: options.now ?? Date.now,
        requestListener: receiver.requestListener,
        logger,
      }),
    );
    if (oauth)
      routes.push(
        ...installRoutes({
          receiver,
          stateSecret: oauth.stateSecret,
          organisations,
          ...(deps.config.defaultOrg ? { defaultOrg: deps.config.defaultOrg } : {}),
          scopes: botScopes,
          ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
          logger,
        }),
      );
  }
  let started = false;
  return {
    name: 'slack',
    routes,
    notifier,
    async start() {
      if (slack.mode === 'socket') await app.start();
      started = true;
      if (oauth) {
        // The links an operator hands to each organisation's Slack admin; they carry no secret but the key for that organisation.
        for (const org of organisations)
          logger.info({ org, link: installLink(oauth.stateSecret, org) }, 'slack install link');
        logger.info(
          { mode: slack.mode, install: slackInstallPath },
          'slack ready (several workspaces: install from /slack/install)',
        );
      } else {
        logger.info({ mode: slack.mode, bot: auth?.user_id }, 'slack ready');
      }
    },
    async stop() {
      if (slack.mode === 'socket' && started) await app.stop();
      started = false;
      const deadline = Date.now() + (options.stopGraceMs ?? 10_000);
      while (inFlight.size && Date.now() < deadline)
        await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, 100))]);
    },
    async postToRoleChannel(org, role, text) {
      const channel = deps.conversation.organisation(org).roles[role]?.channels?.slack;
      if (!channel) return false;
      let posted = false;
      await workspaces.runForOrg(org, async () => {
        await messenger.postText(channel, text);
        posted = true;
      });
      return posted;
    },
    async health() {
      if (installations)
        return {
          mode: slack.mode,
          ready: started,
          workspaces: (await installations.installed()).length,
          inFlight: inFlight.size,
        };
      return { mode: slack.mode, ready: started, bot: auth?.user_id, inFlight: inFlight.size };
    },
  };
}
