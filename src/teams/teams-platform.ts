import {
  ActivityTypes,
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { TeamsConfig } from '../config.ts';
import { PolicyDeskError } from '../core/errors.ts';
import type { Platform, PlatformDeps } from '../platform.ts';
import { BackgroundWork } from './background-work.ts';
import { CardActions } from './card-actions.ts';
import { defaultInvokeBudgetMs, PolicyDeskBot } from './policy-desk-bot.ts';
import { RequestCards } from './request-cards.ts';
import { messagesRoute, TeamsCloudAdapter } from './teams-http.ts';
import { botFrameworkAudience, TeamsMessenger } from './teams-messenger.ts';
import { channelReference, TeamsNotifier } from './teams-notifier.ts';
import { TeamsRecords } from './teams-records.ts';

/** The credentials factory botbuilder uses for outgoing calls and to check app ids. */
export type TeamsCredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;

/** Options beside the shared dependencies; production passes none. */
export interface TeamsPlatformOptions {
  /**
   * Replaces the credentials botbuilder builds from the app id and password: tests inject one that
   * signs outgoing calls with a fixed token, since Microsoft Entra cannot be reached from a test.
   * Incoming tokens are checked the same way either way.
   */
  readonly credentialsFactory?: TeamsCredentialsFactory;
  /** How long a card action may run before Teams gets a "working on it" card (default 3000 ms). */
  readonly invokeBudgetMs?: number;
  /** How long an activity's body may take to arrive in full before 408 (default 10 s). */
  readonly bodyTimeoutMs?: number;
}

// botbuilder's public-cloud settings (AuthenticationConstants). Overriding one setting, the OpenID
// metadata URL, switches botbuilder to "all settings given", so the rest are spelled out here.
const publicCloud = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: botFrameworkAudience,
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
} as const;

/** botbuilder's configuration for this deployment: app id, secret, tenant, type, and the metadata URL tests point elsewhere. */
export function botFrameworkSettings(teams: TeamsConfig): Record<string, string | boolean> {
  const local = !teams.appId;
  return {
    MicrosoftAppId: teams.appId ?? '',
    MicrosoftAppPassword: teams.appPassword ?? '',
    MicrosoftAppTenantId: teams.tenantId ?? '',
    // Local mode has no identity at all, whatever MICROSOFT_APP_TYPE says.
    MicrosoftAppType: local ? 'MultiTenant' : teams.appType,
    ...(teams.openIdMetadataUrl ? { ...publicCloud, ToBotFromChannelOpenIdMetadataUrl: teams.openIdMetadataUrl } : {}),
  };
}

/**
 * The Teams platform: botbuilder's CloudAdapter at `POST /api/messages`, the Policy Desk bot,
 * and a notifier that sends proactive cards and redraws posted ones. With an app id every request
 * must carry a valid Bot Framework token; without one the bot runs in local mode (Bot Framework
 * Emulator, tests), which production refuses.
 */
export async function createTeamsPlatform(deps: PlatformDeps, options: TeamsPlatformOptions = {}): Promise<Platform> {
  const { config, conversation, store, logger } = deps;
  const teams = config.teams;
  if (!teams) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Policy Desk: Teams is not configured. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (or TEAMS_LOCAL=1 for the Bot Framework Emulator).',
    );
  }
  const local = !teams.appId;
  if (local && config.production) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      'Policy Desk: production refuses to serve Teams without MICROSOFT_APP_ID: Bot Framework tokens could not be checked. Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD.',
    );
  }
  const log = logger.child({ platform: 'teams' });
  if (local)
    log.warn(
      'Teams: local mode, tokens are not checked (no MICROSOFT_APP_ID). Use it with the Bot Framework Emulator only, never on a public address.',
    );

  const settings = botFrameworkSettings(teams);
  const credentials = options.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(settings);
  const adapter = new TeamsCloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, credentials));
  const records = new TeamsRecords(store);
  const background = new BackgroundWork(log);
  const messenger = new TeamsMessenger({ adapter, appId: teams.appId ?? '', records });
  const cards = new RequestCards(conversation, records);
  const notifier = new TeamsNotifier({ conversation, records, messenger, cards, logger: log });
  const actions = new CardActions({ conversation, records, cards, messenger, logger: log });
  const bot = new PolicyDeskBot({
    conversation,
    directory: {
      orgs: teams.orgs,
      ...(config.defaultOrg ? { defaultOrg: config.defaultOrg } : {}),
      organisations: conversation.organisations(),
    },
    local,
    records,
    cards,
    actions,
    messenger,
    background,
    logger: log,
    invokeBudgetMs: options.invokeBudgetMs ?? defaultInvokeBudgetMs,
  });

  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityId: context.activity.id, type: context.activity.type }, 'teams turn failed');
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 500,
          body: {
            statusCode: 500,
            type: 'application/vnd.microsoft.error',
            value: { code: 'InternalError', message: 'Policy Desk could not do that: please try again.' },
          },
        },
      });
      return;
    }
    if (context.activity.type === ActivityTypes.Message)
      await context.sendActivity('Sorry, Policy Desk could not answer that: please try again in a moment.');
  };

  let stopping = false;
  return {
    name: 'teams',
    routes: [
      messagesRoute({
        adapter,
        run: (context) => bot.run(context),
        channels: local ? ['msteams', 'emulator'] : ['msteams'],
        logger: log,
        ...(options.bodyTimeoutMs ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}),
      }),
    ],
    notifier,
    async start() {
      log.info(
        { mode: local ? 'local' : 'authenticated', appType: local ? undefined : teams.appType },
        'teams ready at POST /api/messages',
      );
    },
    async stop() {
      stopping = true;
      await background.settle();
    },
    async postToRoleChannel(org, role, text) {
      const channelId = conversation.organisation(org).roles[role]?.channels?.teams;
      if (!channelId) return false;
      const service = await records.service(org);
      if (!service) {
        log.warn({ org, role }, 'teams: cannot post to the role channel before the app has been used in this tenant');
        return false;
      }
      await messenger.postText(channelReference(service, channelId), text);
      return true;
    },
    async health() {
      return {
        status: stopping ? 'stopping' : 'ok',
        mode: local ? 'local' : 'authenticated',
        backgroundWork: background.size,
      };
    },
  };
}
