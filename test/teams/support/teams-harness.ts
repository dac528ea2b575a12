import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/adapters/logger.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { type App, buildApp, type PlatformFactory } from '../../../src/app.ts';
import { type Config, loadConfig } from '../../../src/config.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';
import { createTeamsPlatform, type TeamsPlatformOptions } from '../../../src/teams/teams-platform.ts';
import { type AccountPatch, corpusWithAccounts } from '../../support/conversation-fixture.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import {
  type ConnectorDouble,
  cardActions,
  cardOf,
  startConnectorDouble,
  teamsLimitProblems,
} from './connector-double.ts';
import { FixedTokenCredentialsFactory } from './fixed-token-credentials.ts';
import { type OpenIdDouble, type SignOptions, startOpenIdDouble } from './openid-double.ts';

/** The test bot's Microsoft App ID. */
export const appId = '00000000-0000-4000-8000-00000000b07a';
/** The Allsorts tenant. */
export const tenantId = '11111111-2222-4333-8444-555555555555';
/** The bot's account in Teams. */
export const botAccount = { id: `28:${appId}`, name: 'Policy Desk' };

/** A Teams user: AAD object id (identity), MRI (Bot Framework id), display name. */
export interface TeamsUser {
  readonly aad: string;
  readonly mri: string;
  readonly name: string;
}

/** Makes a Teams user whose AAD object id is `aad`. */
export const teamsUser = (aad: string, name: string): TeamsUser => ({ aad, mri: `29:mri-${aad}`, name });

/** The Allsorts people used in Teams tests, with their Teams accounts. */
export const people = {
  sam: teamsUser('aad-sam', 'Sam'),
  alex: teamsUser('aad-alex', 'Alex'),
  casey: teamsUser('aad-casey', 'Casey'),
  priya: teamsUser('aad-priya', 'Priya'),
  tom: teamsUser('aad-tom', 'Tom'),
  ruth: teamsUser('aad-ruth', 'Ruth'),
  dev: teamsUser('aad-dev', 'Dev'),
  ann: teamsUser('aad-ann', 'Ann'),
  stranger: teamsUser('aad-stranger', 'Someone'),
} as const;

/** organisation.yaml Teams accounts for `people` (the stranger is not listed). */
export const teamsAccounts: AccountPatch = {
  'Sam (staff)': { teams: people.sam.aad },
  'Alex (activity leader)': { teams: people.alex.aad },
  'Casey (coordinator)': { teams: people.casey.aad },
  'Priya (chair)': { teams: people.priya.aad },
  'Tom (trustee)': { teams: people.tom.aad },
  'Ruth (trustee)': { teams: people.ruth.aad },
  'Dev (trustee)': { teams: people.dev.aad },
  'Ann (trustee)': { teams: people.ann.aad },
};

/** The personal-chat conversation id of a user. */
export const personalChat = (user: TeamsUser): string => `a:personal-${user.aad}`;
/** A channel conversation (a thread in it). */
export const channelConversation = '19:general@thread.tacv2;messageid=1700000000000';

/** An HTTP answer from /api/messages. */
export interface Answer {
  readonly status: number;
  readonly body: any;
  readonly ms: number;
}

/** How to build a harness. */
export interface HarnessOptions {
  readonly accounts?: AccountPatch;
  /** A whole corpus instead of the shipped one with `accounts`. */
  readonly corpus?: Corpus;
  /** No app id: TEAMS_LOCAL=1 and no tokens. */
  readonly local?: boolean;
  readonly store?: RecordStore;
  readonly teams?: Omit<TeamsPlatformOptions, 'credentialsFactory'>;
  /** More settings (e.g. Slack's) for loadConfig. */
  readonly env?: Readonly<Record<string, string>>;
  /** More platforms on the same app (the cross-platform test). */
  readonly platforms?: readonly PlatformFactory[];
  readonly connector?: ConnectorDouble;
  /** The audit key the app seals its log and signs checkpoints with. */
  readonly auditKey?: Uint8Array;
  /** The level the app logs at into `logs` (info unless a test needs to see more). */
  readonly logLevel?: 'debug' | 'info';
}

/** A running app with the Teams platform, its doubles and helpers to talk to it as Teams would. */
export interface TeamsHarness {
  readonly app: App;
  readonly config: Config;
  readonly store: RecordStore;
  readonly clock: ManualClock;
  readonly connector: ConnectorDouble;
  readonly openid?: OpenIdDouble;
  /** JSON log lines written by the app. */
  readonly logs: string[];
  readonly url: string;
  /** POSTs an activity with a valid channel token (unless `token` says otherwise: a string, or null for none). */
  post(activity: Record<string, unknown>, options?: { token?: string | null; sign?: SignOptions }): Promise<Answer>;
  message(
    user: TeamsUser,
    text: string,
    options?: { conversationId?: string; channel?: boolean; mention?: boolean; tenant?: string },
  ): Promise<Answer>;
  invoke(
    user: TeamsUser,
    verb: string,
    data: Record<string, unknown>,
    options?: {
      conversationId?: string;
      channel?: boolean;
      replyToId?: string;
      id?: string;
      trigger?: 'manual' | 'automatic';
    },
  ): Promise<Answer>;
  install(user: TeamsUser): Promise<Answer>;
  close(): Promise<void>;
}

/** Builds the app with the Teams platform against local doubles. */
export async function startTeamsHarness(options: HarnessOptions = {}): Promise<TeamsHarness> {
  const connector = options.connector ?? (await startConnectorDouble());
  const openid = options.local ? undefined : await startOpenIdDouble();
  const corpus = options.corpus ?? (await corpusWithAccounts('allsorts', options.accounts ?? teamsAccounts));
  const store = options.store ?? new MemoryRecordStore();
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const env: Record<string, string> = {
    LOG_LEVEL: options.logLevel ?? 'info',
    TEAMS_ORGS: `${tenantId}:allsorts`,
    ...(options.local
      ? { TEAMS_LOCAL: '1' }
      : {
          MICROSOFT_APP_ID: appId,
          MICROSOFT_APP_PASSWORD: 'test-secret',
          TEAMS_OPENID_METADATA_URL: openid!.metadataUrl,
        }),
    ...options.env,
  };
  const config: Config = { ...loadConfig(env), port: 0, host: '127.0.0.1' };
  const teamsFactory: PlatformFactory = (deps) =>
    createTeamsPlatform(deps, {
      ...options.teams,
      ...(options.local ? {} : { credentialsFactory: new FixedTokenCredentialsFactory(appId) }),
    });
  const app = await buildApp({
    config,
    corpus,
    store,
    closeStore: async () => {},
    clock,
    logger: createLogger(options.logLevel ?? 'info', sink),
    platforms: [teamsFactory, ...(options.platforms ?? [])],
    ...(options.auditKey ? { auditKey: options.auditKey } : {}),
  });
  const url = `http://127.0.0.1:${app.http.port}`;
  const invokeProblems: Array<{ path: string; problems: readonly string[] }> = [];

  const post: TeamsHarness['post'] = async (activity, postOptions = {}) => {
    const token =
      postOptions.token === undefined
        ? openid?.channelToken({ appId, serviceUrl: connector.url }, postOptions.sign)
        : postOptions.token;
    const started = Date.now();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const body = text ? JSON.parse(text) : undefined;
    // An invoke's answer is a card Teams shows too: it is held to the same limits as a sent one.
    const problems = teamsLimitProblems(body);
    if (problems.length) invokeProblems.push({ path: '/api/messages (invoke answer)', problems });
    return { status: response.status, body, ms: Date.now() - started };
  };

  const base = (user: TeamsUser, conversation: { id: string; channel: boolean; tenant?: string }) => ({
    id: `activity-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: user.mri, name: user.name, aadObjectId: user.aad },
    recipient: botAccount,
    conversation: {
      id: conversation.id,
      conversationType: conversation.channel ? 'channel' : 'personal',
      isGroup: conversation.channel,
      tenantId: conversation.tenant ?? tenantId,
    },
    channelData: {
      tenant: { id: conversation.tenant ?? tenantId },
      ...(conversation.channel
        ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } }
        : {}),
    },
    locale: 'en-GB',
  });

  return {
    app,
    config,
    store,
    clock,
    connector,
    ...(openid ? { openid } : {}),
    logs,
    url,
    post,
    message(user, text, messageOptions = {}) {
      const channel = messageOptions.channel ?? false;
      const conversationId = messageOptions.conversationId ?? (channel ? channelConversation : personalChat(user));
      const mention = messageOptions.mention ?? channel;
      const mentionText = `<at>${botAccount.name}</at>`;
      return post({
        ...base(user, {
          id: conversationId,
          channel,
          ...(messageOptions.tenant ? { tenant: messageOptions.tenant } : {}),
        }),
        type: 'message',
        text: mention ? `${mentionText} ${text}` : text,
        textFormat: 'plain',
        ...(mention ? { entities: [{ type: 'mention', text: mentionText, mentioned: botAccount }] } : {}),
      });
    },
    invoke(user, verb, data, invokeOptions = {}) {
      const channel = invokeOptions.channel ?? false;
      const conversationId = invokeOptions.conversationId ?? (channel ? channelConversation : personalChat(user));
      return post({
        ...base(user, { id: conversationId, channel }),
        ...(invokeOptions.id ? { id: invokeOptions.id } : {}),
        type: 'invoke',
        name: 'adaptiveCard/action',
        ...(invokeOptions.replyToId ? { replyToId: invokeOptions.replyToId } : {}),
        value: {
          action: { type: 'Action.Execute', id: randomUUID(), verb, data },
          trigger: invokeOptions.trigger ?? 'manual',
        },
      });
    },
    install(user) {
      return post({
        ...base(user, { id: personalChat(user), channel: false }),
        type: 'conversationUpdate',
        membersAdded: [{ id: botAccount.id }],
      });
    },
    async close() {
      await app.stop();
      await connector.close();
      await openid?.close();
      // Every card a Teams test sent, or answered an invoke with, keeps within 28 KB and six actions.
      const crossed = [...connector.limitProblems(), ...invokeProblems];
      if (crossed.length)
        throw new Error(`Teams limits crossed by ${crossed.length} card(s): ${JSON.stringify(crossed.slice(0, 5))}`);
    },
  };
}

/** The trustee-contact form's inputs, filled in. */
export const trusteeContactInputs = {
  'f.young-person': 'A.B.',
  'f.purpose': 'Mentoring towards employment',
  'f.parent-agreement': 'true',
  'f.parent-agreement.who': 'Parent',
  'f.parent-agreement.how': 'In writing',
} as const;

/** Files a request as Teams would: "Start" on a flow, then the form's submit with `inputs`. */
export async function fileRequest(
  h: TeamsHarness,
  user: TeamsUser,
  flow: string,
  inputs: Readonly<Record<string, string>>,
): Promise<{ requestId: string; formCardId: string; response: Answer }> {
  const before = h.connector.calls.length;
  await h.invoke(user, ActionId.startRequest, { flow });
  const form = await eventually(() =>
    h.connector.calls
      .slice(before)
      .find(
        (call) =>
          (call.kind === 'send' || call.kind === 'reply') &&
          cardActions(cardOf(call)).some((action) => action.verb === SubmitRequestFormId),
      ),
  );
  const submission = String(
    cardActions(cardOf(form)).find((action) => action.verb === SubmitRequestFormId)!.data.submission,
  );
  const response = await h.invoke(
    user,
    SubmitRequestFormId,
    { flow, submission, ...inputs },
    { replyToId: form.resultId! },
  );
  return { requestId: submission, formCardId: form.resultId!, response };
}

/** Waits until the Teams platform has no background work in flight (reference capture, late card updates). */
export async function settled(h: TeamsHarness): Promise<void> {
  const teams = h.app.platforms.find((platform) => platform.name === 'teams')!;
  // The core delivers notifications after each command returns; Teams finishes slow invokes in its own background.
  await h.app.conversation.idle();
  await eventually(async () => (await teams.health()).backgroundWork === 0);
  await h.app.conversation.idle();
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
