import { createLogger } from '../../../src/adapters/logger.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { type App, buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Flow } from '../../../src/core/approvals/flow-schema.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';
import { agreedValue, attestationBlockId, choiceValue, fieldActionId } from '../../../src/slack/render/form.ts';
import { createSlackPlatform, type SlackPlatformOptions } from '../../../src/slack/slack-platform.ts';
import { corpusWithAccounts } from '../../support/conversation-fixture.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { commandBody, eventBody, interactionBody, type PostResult, post, type SlackBody, SlackSigner } from './sign.ts';
import { SlackApiDouble } from './slack-api-double.ts';

/** The Slack member ids the tests give the shipped Allsorts people. */
export const slackIds = {
  sam: 'U_SAM',
  jo: 'U_JO',
  alex: 'U_ALEX',
  casey: 'U_CASEY',
  morgan: 'U_MORGAN',
  lee: 'U_LEE',
  priya: 'U_PRIYA',
  tom: 'U_TOM',
  ruth: 'U_RUTH',
  dev: 'U_DEV',
  ann: 'U_ANN',
} as const;

/** The test workspace. */
export const teamId = 'T_ALLSORTS';

/** The shipped corpus with Slack accounts for every Allsorts person, and optional Slack channels for roles. */
export async function slackCorpus(
  roleChannels: Readonly<Record<string, string>> = {},
  extraFlows: readonly Flow[] = [],
): Promise<Corpus> {
  const corpus = await corpusWithAccounts('allsorts', {
    'Sam (staff)': { slack: slackIds.sam },
    'Jo (volunteer)': { slack: slackIds.jo },
    'Alex (activity leader)': { slack: slackIds.alex },
    'Casey (coordinator)': { slack: slackIds.casey },
    'Morgan (manager)': { slack: slackIds.morgan },
    'Lee (safeguarding lead)': { slack: slackIds.lee },
    'Priya (chair)': { slack: slackIds.priya },
    'Tom (trustee)': { slack: slackIds.tom },
    'Ruth (trustee)': { slack: slackIds.ruth },
    'Dev (trustee)': { slack: slackIds.dev },
    'Ann (trustee)': { slack: slackIds.ann },
  });
  if (!Object.keys(roleChannels).length && !extraFlows.length) return corpus;
  const allsorts = corpus.organisations.get('allsorts')!;
  const roles = Object.fromEntries(
    Object.entries(allsorts.organisation.roles).map(([role, spec]) => [
      role,
      roleChannels[role] ? { ...spec, channels: { slack: roleChannels[role] } } : spec,
    ]),
  );
  const organisations = new Map(corpus.organisations);
  const flows = [...allsorts.organisation.flows, ...extraFlows];
  const flowsByClause = new Map(allsorts.flowsByClause);
  for (const flow of extraFlows)
    for (const ref of flow.clauses)
      flowsByClause.set(`${ref.document}#${ref.clause}`, [
        ...(flowsByClause.get(`${ref.document}#${ref.clause}`) ?? []),
        flow,
      ]);
  organisations.set('allsorts', {
    ...allsorts,
    organisation: { ...allsorts.organisation, roles, flows },
    flowsByClause,
    flowById: new Map(flows.map((flow) => [flow.id, flow])),
  });
  return { organisations };
}

/** Slack's `view.state.values` for a form filled with `answers` (as the core takes them). */
export function formState(
  form: RequestFormReply,
  answers: Readonly<Record<string, unknown>>,
): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const field of form.fields) {
    const answer = answers[field.id];
    switch (field.type) {
      case 'text':
      case 'initials':
        values[field.id] = {
          [fieldActionId]: { type: 'plain_text_input', value: typeof answer === 'string' ? answer : null },
        };
        break;
      case 'date':
        values[field.id] = {
          [fieldActionId]: { type: 'datepicker', selected_date: typeof answer === 'string' ? answer : null },
        };
        break;
      case 'choice': {
        // Options carry their index (choiceValue), never the choice's text.
        const i = field.options.findIndex((o) => o.value === answer);
        values[field.id] = {
          [fieldActionId]: { type: 'static_select', selected_option: i >= 0 ? { value: choiceValue(i) } : null },
        };
        break;
      }
      case 'attestation': {
        const given = (typeof answer === 'object' && answer !== null ? answer : { agreed: answer === true }) as {
          agreed?: boolean;
          who?: string;
          how?: string;
        };
        values[field.id] = {
          [fieldActionId]: { type: 'checkboxes', selected_options: given.agreed ? [{ value: agreedValue }] : [] },
        };
        for (const part of ['who', 'how'] as const) {
          const choices = field[part];
          if (!choices) continue;
          const i = choices.indexOf(given[part] ?? '');
          values[attestationBlockId(field.id, part)] = {
            [fieldActionId]: { type: 'static_select', selected_option: i >= 0 ? { value: choiceValue(i) } : null },
          };
        }
        break;
      }
    }
  }
  return values;
}

/** Options for a harness. */
export interface HarnessOptions {
  readonly store?: RecordStore;
  readonly roleChannels?: Readonly<Record<string, string>>;
  readonly platform?: SlackPlatformOptions;
  readonly env?: Readonly<Record<string, string>>;
  /** Flows added to Allsorts (parsed with the core's flowSchema), e.g. to cross Slack's limits. */
  readonly extraFlows?: readonly Flow[];
  /** Several workspaces through the install flow (SLACK_CLIENT_ID…) instead of one bot token, and no DEFAULT_ORG. */
  readonly oauth?: boolean;
  /** Collects the app's JSON log lines (at this level) instead of discarding them. */
  readonly logs?: { readonly level: string; readonly lines: string[] };
  /** The audit key (and checkpoint file) the app seals its log and signs checkpoints with. */
  readonly audit?: { readonly key: Uint8Array; readonly checkpointFile?: string };
}

/** The install-flow settings the harness uses with `oauth` (the client id and secret are the double's). */
export const oauthEnv = {
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789abcdef',
} as const;

/**
 * The whole app (buildApp + createSlackPlatform) on a free port, its Slack Web API double, and
 * helpers that send signed Slack requests to POST /slack/events over real HTTP.
 */
export class SlackHarness {
  #responses = 0;
  #events = 0;
  /** The workspace the next requests come from (the test workspace unless a test changes it). */
  team: string = teamId;

  private constructor(
    readonly app: App,
    readonly double: SlackApiDouble,
    readonly signer: SlackSigner,
    readonly store: RecordStore,
    readonly clock: ManualClock,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<SlackHarness> {
    const double = await new SlackApiDouble().start();
    const store = options.store ?? new MemoryRecordStore();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    // PORT=0 (any free port) is refused by loadConfig's schema (min 1), so the port is set afterwards.
    const base = options.oauth
      ? { ...oauthEnv, SLACK_SIGNING_SECRET: 'test-secret', SLACK_API_URL: double.apiUrl }
      : {
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_SIGNING_SECRET: 'test-secret',
          SLACK_API_URL: double.apiUrl,
          DEFAULT_ORG: 'allsorts',
        };
    const config = { ...loadConfig({ ...base, ...options.env }), port: 0 };
    const app = await buildApp({
      config,
      corpus: await slackCorpus(options.roleChannels, options.extraFlows),
      store,
      closeStore: async () => undefined,
      clock,
      logger: options.logs
        ? createLogger(options.logs.level, { write: (line: string) => void options.logs!.lines.push(line) })
        : createLogger('silent'),
      platforms: [(deps) => createSlackPlatform(deps, options.platform)],
      ...(options.audit
        ? {
            auditKey: options.audit.key,
            ...(options.audit.checkpointFile ? { checkpointFile: options.audit.checkpointFile } : {}),
          }
        : {}),
    });
    return new SlackHarness(app, double, new SlackSigner(), store, clock);
  }

  /** POST /slack/events on the app. */
  get url(): string {
    return `http://127.0.0.1:${this.app.http.port}/slack/events`;
  }

  /** The app's own address (for /slack/install and /slack/oauth_redirect). */
  get origin(): string {
    return `http://127.0.0.1:${this.app.http.port}`;
  }

  /** Sends a body signed now (or with the given headers instead). */
  send(request: SlackBody, headers: Record<string, string> = this.signer.headers(request)): Promise<PostResult> {
    return post(this.url, request, headers);
  }

  /** A fresh response_url on the double, and its id. */
  responseUrl(): { id: string; url: string } {
    const id = `r${++this.#responses}`;
    return { id, url: this.double.responseUrl(id) };
  }

  /** A slash command from a user; returns the HTTP result and the response_url id its answer goes to. */
  async command(
    command: '/policy' | '/request',
    user: string,
    text: string,
    extra: Record<string, string> = {},
  ): Promise<PostResult & { responseId: string }> {
    const response = this.responseUrl();
    const result = await this.send(
      commandBody({
        token: 'legacy-token-ignored',
        command,
        text,
        team_id: this.team,
        team_domain: 'allsorts-test',
        channel_id: 'C_GENERAL',
        channel_name: 'general',
        user_id: user,
        user_name: user.toLowerCase(),
        api_app_id: 'A_POLICY',
        response_url: response.url,
        trigger_id: `trigger-${response.id}`,
        ...extra,
      }),
    );
    return { ...result, responseId: response.id };
  }

  /** A button press by `user` on a message (a DM by default) or on the Home tab. */
  async action(
    user: string,
    actionId: string,
    value: unknown,
    where: { readonly home?: boolean; readonly channel?: string } = {},
  ): Promise<PostResult & { responseId: string }> {
    const response = this.responseUrl();
    const payload = {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), team_id: this.team },
      api_app_id: 'A_POLICY',
      team: { id: this.team, domain: 'allsorts-test' },
      trigger_id: `trigger-${response.id}`,
      ...(where.home
        ? { container: { type: 'view', view_id: 'V_HOME' }, view: { id: 'V_HOME', type: 'home', blocks: [] } }
        : {
            container: {
              type: 'message',
              channel_id: where.channel ?? `D_${user}`,
              message_ts: '1700000000.000001',
              is_ephemeral: false,
            },
            channel: { id: where.channel ?? `D_${user}`, name: 'directmessage' },
            message: { type: 'message', ts: '1700000000.000001', text: '' },
            response_url: response.url,
          }),
      actions: [
        {
          type: 'button',
          action_id: actionId,
          block_id: 'b',
          value: typeof value === 'string' ? value : JSON.stringify(value),
          action_ts: '1700000001.000001',
        },
      ],
    };
    const result = await this.send(interactionBody(payload));
    return { ...result, responseId: response.id };
  }

  /** A modal submission by `user`. */
  submitView(
    user: string,
    view: { id: string; callback_id: string; private_metadata: string; state: Record<string, Record<string, unknown>> },
  ): Promise<PostResult> {
    return this.send(
      interactionBody({
        type: 'view_submission',
        team: { id: this.team, domain: 'allsorts-test' },
        user: { id: user, username: user.toLowerCase(), team_id: this.team },
        api_app_id: 'A_POLICY',
        trigger_id: 'trigger-view',
        view: { ...view, type: 'modal', team_id: this.team, state: { values: view.state }, hash: 'h', blocks: [] },
      }),
    );
  }

  /** An Events API delivery; `retryNum` marks it as Slack's retry. Returns the HTTP result and the event id. */
  async event(
    event: Record<string, unknown>,
    options: { eventId?: string; retryNum?: number } = {},
  ): Promise<PostResult & { eventId: string }> {
    const eventId = options.eventId ?? `Ev${String(++this.#events).padStart(6, '0')}`;
    const request = eventBody({
      token: 'legacy-token-ignored',
      team_id: this.team,
      api_app_id: 'A_POLICY',
      event: { event_ts: '1700000000.000100', ...event },
      type: 'event_callback',
      event_id: eventId,
      event_time: 1_700_000_000,
      authorizations: [{ team_id: this.team, user_id: 'U_BOT', is_bot: true, is_enterprise_install: false }],
    });
    const result = await this.send(
      request,
      this.signer.headers(request, options.retryNum !== undefined ? { retryNum: options.retryNum } : {}),
    );
    return { ...result, eventId };
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.double.stop();
  }
}
