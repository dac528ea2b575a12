import { existsSync } from 'node:fs';
import { z } from 'zod';
import { auditKeyProblem } from './adapters/audit-key.ts';
import { PolicyDeskError } from './core/errors.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** A 1/0 switch; undefined when unset, so a default can depend on other settings. */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return undefined;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    ctx.addIssue({ code: 'custom', message: 'use 1 or 0 (true/false, yes/no also work)' });
    return z.NEVER;
  });

/** `T0123:allsorts,T0456:worknlearn`: a Slack workspace or Teams tenant id per organisation. */
const orgMap = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    const map: Record<string, string> = {};
    for (const pair of (value ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)) {
      const [id, org] = pair.split(':').map((part) => part.trim());
      if (!id || !org) {
        ctx.addIssue({ code: 'custom', message: `"${pair}" is not ID:org (e.g. T0123:allsorts)` });
        return z.NEVER;
      }
      map[id] = org;
    }
    return map;
  });

const url = (schemes: readonly string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => schemes.some((scheme) => value.startsWith(`${scheme}:`)),
      `must start with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    );

/** Every setting, read from the environment once at start-up. See the README's settings table. */
export const configSchema = z.object({
  PORT: z.coerce
    .number({ error: 'not a port number: use 1 to 65535 (3978 by default), or 0 for any free port' })
    .int({ error: 'not a port number: use 1 to 65535 (3978 by default), or 0 for any free port' })
    .min(0, { error: 'not a port number: use 1 to 65535 (3978 by default), or 0 for any free port' })
    .max(65535, { error: 'not a port number: use 1 to 65535 (3978 by default), or 0 for any free port' })
    .default(3978),
  HOST: z.string().trim().default('127.0.0.1'),
  NODE_ENV: z.string().trim().default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'use one of fatal, error, warn, info (the default), debug, trace, silent',
    })
    .default('info'),
  /** `auto`: readable lines on a terminal, JSON otherwise (a file, a pipe, a log collector). */
  LOG_FORMAT: z
    .enum(['auto', 'json', 'pretty'], { error: 'use auto (readable on a terminal, JSON otherwise), json or pretty' })
    .default('auto'),
  POLICIES_DIR: z.string().trim().default('policies'),
  STORE_URL: url(['sqlite', 'redis', 'rediss', 'postgres', 'postgresql']).optional(),
  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  DEFAULT_ORG: optionalText,
  /** Seals the audit log (HMAC) and signs its checkpoints; never kept in the store. Production requires it. */
  AUDIT_KEY: optionalText,
  /** The append-only file checkpoints of the audit log are written to (default: beside the SQLite file, or data/). */
  AUDIT_CHECKPOINT_FILE: optionalText,
  TICK_INTERVAL_MS: z.coerce
    .number({ error: 'use a number of milliseconds, at least 1000 (60000 by default)' })
    .int({ error: 'use a whole number of milliseconds, at least 1000 (60000 by default)' })
    .min(1000, { error: 'use a number of milliseconds, at least 1000 (60000 by default)' })
    .default(60_000),
  PLAYGROUND: flag,

  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_ORGS: orgMap,
  /** Several workspaces: Slack's OAuth install flow (Basic Information > App Credentials). */
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  /** Signs the OAuth state and the per-organisation install links; any long random string. */
  SLACK_STATE_SECRET: optionalText,
  /** The OAuth redirect URL, when the Slack app lists more than one. */
  SLACK_REDIRECT_URI: optionalText,

  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'use MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .default('MultiTenant'),
  TEAMS_ORGS: orgMap,
  /** Serve Teams at /api/messages with no app id (Bot Framework Emulator, tests): never in production. */
  TEAMS_LOCAL: flag,
  /** For tests: where to find the OpenID metadata that Bot Framework tokens are checked against. */
  TEAMS_OPENID_METADATA_URL: optionalText,
});

/** Raw settings as parsed. */
export type RawConfig = z.infer<typeof configSchema>;

/** Slack settings when Slack is configured. */
export interface SlackConfig {
  readonly mode: 'http' | 'socket';
  /** One workspace: its bot token. Absent with `oauth` (each workspace's token comes from its installation). */
  readonly botToken?: string;
  /** Several workspaces, installed through Slack's OAuth flow (/slack/install). */
  readonly oauth?: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly stateSecret: string;
    readonly redirectUri?: string;
  };
  readonly signingSecret?: string;
  readonly appToken?: string;
  readonly apiUrl?: string;
  readonly orgs: Readonly<Record<string, string>>;
}

/** Teams settings; `appId` undefined means local mode (no token checks: never in production). */
export interface TeamsConfig {
  readonly appId?: string;
  readonly appPassword?: string;
  readonly tenantId?: string;
  readonly appType: RawConfig['MICROSOFT_APP_TYPE'];
  readonly openIdMetadataUrl?: string;
  readonly orgs: Readonly<Record<string, string>>;
}

/** The application's settings, validated and resolved. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  /** How log lines look: `auto` is readable on a terminal and JSON otherwise. */
  readonly logFormat: RawConfig['LOG_FORMAT'];
  readonly policiesDir: string;
  /** sqlite://, redis:// or postgres:// */
  readonly storeUrl: string;
  readonly defaultOrg?: string;
  /** AUDIT_KEY, when set (main.ts requires it in production; in local mode a key file is used). */
  readonly auditKey?: string;
  readonly auditCheckpointFile?: string;
  readonly tickIntervalMs: number;
  readonly slack?: SlackConfig;
  readonly teams?: TeamsConfig;
  /** Whether to serve the local playground. */
  readonly playground: boolean;
}

/** The store when no URL is set: an SQLite file under ./data/. */
const defaultSqliteUrl = 'sqlite://./data/policy-desk.sqlite';

/**
 * The store the server opens for an environment: STORE_URL, else DATABASE_URL, else REDIS_URL,
 * else the SQLite file. Only these settings are read, so a command-line tool is not stopped by,
 * say, a Slack setting it does not use.
 */
export function storeUrlOf(env: Readonly<Record<string, string | undefined>>): string {
  const parsed = configSchema.pick({ STORE_URL: true, DATABASE_URL: true, REDIS_URL: true }).safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      `Policy Desk: invalid settings:\n${lines.join('\n')}\nFix them in the environment or .env, or pass --store URL.`,
    );
  }
  return parsed.data.STORE_URL ?? parsed.data.DATABASE_URL ?? parsed.data.REDIS_URL ?? defaultSqliteUrl;
}

/** The store this process's server would open, from `.env` (when present) and the environment: the records CLIs' default. */
export function processStoreUrl(envFile = '.env'): string {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return storeUrlOf(process.env);
}

/** Settings whose values may hold secrets: never repeated in an error message. */
const SECRET = /TOKEN|SECRET|PASSWORD|URL|KEY/;

/**
 * Parses each setting on its own, so one bad value never hides another: returns what parsed and
 * a line per problem (`PORT="eighty": not a port number…`).
 */
function parseEach(env: Readonly<Record<string, string | undefined>>): { raw: Partial<RawConfig>; problems: string[] } {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(configSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(env[key]);
    if (result.success) raw[key] = result.data;
    else {
      const shown = SECRET.test(key) ? key : `${key}=${JSON.stringify(env[key])}`;
      problems.push(...result.error.issues.map((issue) => `${shown}: ${issue.message}`));
    }
  }
  return { raw: raw as Partial<RawConfig>, problems };
}

/** What loadConfig checks beyond the environment itself. */
export interface ConfigChecks {
  /** The organisations the policies folder holds: DEFAULT_ORG, SLACK_ORGS and TEAMS_ORGS must name one of them. */
  readonly organisations?: readonly string[];
}

/**
 * Reads the configuration from an environment (normally `process.env`). Throws one
 * PolicyDeskError listing every bad or missing setting and what to do about it, all at once
 * (the audit key, and with `checks.organisations` the organisation names, included).
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, checks: ConfigChecks = {}): Config {
  const { raw: parsed, problems } = parseEach(env);
  // Checks across settings run on what parsed; the config is only built when nothing failed.
  const raw = parsed as RawConfig;
  const production = raw.NODE_ENV === 'production';
  const auditKey = auditKeyProblem(raw.AUDIT_KEY, production);
  if (auditKey) problems.push(auditKey);
  if (checks.organisations && raw.POLICIES_DIR !== undefined) {
    problems.push(
      ...organisationProblems(
        {
          policiesDir: raw.POLICIES_DIR,
          defaultOrg: raw.DEFAULT_ORG,
          slackOrgs: raw.SLACK_ORGS,
          teamsOrgs: raw.TEAMS_ORGS,
        },
        checks.organisations,
      ),
    );
  }

  let slack: SlackConfig | undefined;
  const oauth = Boolean(raw.SLACK_CLIENT_ID || raw.SLACK_CLIENT_SECRET || raw.SLACK_STATE_SECRET);
  if (oauth) {
    // Several workspaces: each installs through /slack/install; HTTP mode, no single bot token.
    if (!raw.SLACK_CLIENT_ID)
      problems.push(
        'SLACK_CLIENT_ID: required for the install flow (Slack app "Basic Information" > App Credentials > Client ID)',
      );
    if (!raw.SLACK_CLIENT_SECRET)
      problems.push(
        'SLACK_CLIENT_SECRET: required for the install flow (Slack app "Basic Information" > App Credentials > Client Secret)',
      );
    if (!raw.SLACK_STATE_SECRET || raw.SLACK_STATE_SECRET.length < 32)
      problems.push(
        'SLACK_STATE_SECRET: required for the install flow, at least 32 characters of random text (e.g. openssl rand -hex 32)',
      );
    if (!raw.SLACK_SIGNING_SECRET)
      problems.push(
        'SLACK_SIGNING_SECRET: required with the install flow (Slack app "Basic Information" > Signing Secret)',
      );
    if (raw.SLACK_BOT_TOKEN)
      problems.push(
        'SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID: each workspace gets its own token when it installs the app',
      );
    if (raw.SLACK_APP_TOKEN)
      problems.push('SLACK_APP_TOKEN: the install flow needs HTTP mode; leave it unset with SLACK_CLIENT_ID');
    if (raw.SLACK_CLIENT_ID && raw.SLACK_CLIENT_SECRET && raw.SLACK_STATE_SECRET && raw.SLACK_SIGNING_SECRET) {
      slack = {
        mode: 'http',
        signingSecret: raw.SLACK_SIGNING_SECRET,
        oauth: {
          clientId: raw.SLACK_CLIENT_ID,
          clientSecret: raw.SLACK_CLIENT_SECRET,
          stateSecret: raw.SLACK_STATE_SECRET,
          ...(raw.SLACK_REDIRECT_URI ? { redirectUri: raw.SLACK_REDIRECT_URI } : {}),
        },
        ...(raw.SLACK_API_URL ? { apiUrl: raw.SLACK_API_URL } : {}),
        orgs: raw.SLACK_ORGS ?? {},
      };
    }
  } else if (raw.SLACK_BOT_TOKEN || raw.SLACK_SIGNING_SECRET || raw.SLACK_APP_TOKEN) {
    if (!raw.SLACK_BOT_TOKEN)
      problems.push(
        'SLACK_BOT_TOKEN: required for Slack (the xoxb- token from "OAuth & Permissions"), or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for several workspaces',
      );
    const mode = raw.SLACK_APP_TOKEN ? 'socket' : 'http';
    if (mode === 'http' && !raw.SLACK_SIGNING_SECRET) {
      problems.push(
        'SLACK_SIGNING_SECRET: HTTP mode refuses to start without it (Slack app "Basic Information" > Signing Secret); or set SLACK_APP_TOKEN for Socket Mode',
      );
    }
    if (raw.SLACK_APP_TOKEN && !raw.SLACK_APP_TOKEN.startsWith('xapp-'))
      problems.push('SLACK_APP_TOKEN: an app-level token starts with xapp-');
    if (raw.SLACK_BOT_TOKEN && !raw.SLACK_BOT_TOKEN.startsWith('xoxb-'))
      problems.push('SLACK_BOT_TOKEN: a bot token starts with xoxb-');
    if (raw.SLACK_BOT_TOKEN) {
      slack = {
        mode,
        botToken: raw.SLACK_BOT_TOKEN,
        ...(raw.SLACK_SIGNING_SECRET ? { signingSecret: raw.SLACK_SIGNING_SECRET } : {}),
        ...(raw.SLACK_APP_TOKEN ? { appToken: raw.SLACK_APP_TOKEN } : {}),
        ...(raw.SLACK_API_URL ? { apiUrl: raw.SLACK_API_URL } : {}),
        orgs: raw.SLACK_ORGS ?? {},
      };
    }
  }

  let teams: TeamsConfig | undefined;
  if (raw.MICROSOFT_APP_ID || raw.MICROSOFT_APP_PASSWORD) {
    if (!raw.MICROSOFT_APP_ID)
      problems.push("MICROSOFT_APP_ID: required with MICROSOFT_APP_PASSWORD (the Azure bot's Microsoft App ID)");
    if (raw.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && raw.MICROSOFT_APP_ID && !raw.MICROSOFT_APP_PASSWORD)
      problems.push('MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (a client secret of the app registration)');
    if (raw.MICROSOFT_APP_TYPE === 'SingleTenant' && !raw.MICROSOFT_APP_TENANT_ID)
      problems.push('MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE is SingleTenant');
  }
  if (raw.TEAMS_LOCAL && !raw.MICROSOFT_APP_ID) {
    if (production)
      problems.push(
        'TEAMS_LOCAL: production refuses to serve Teams without MICROSOFT_APP_ID (tokens could not be checked)',
      );
    teams = {
      appType: raw.MICROSOFT_APP_TYPE,
      orgs: raw.TEAMS_ORGS ?? {},
      ...(raw.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: raw.TEAMS_OPENID_METADATA_URL } : {}),
    };
  }
  if (raw.MICROSOFT_APP_ID) {
    teams = {
      appId: raw.MICROSOFT_APP_ID,
      ...(raw.MICROSOFT_APP_PASSWORD ? { appPassword: raw.MICROSOFT_APP_PASSWORD } : {}),
      ...(raw.MICROSOFT_APP_TENANT_ID ? { tenantId: raw.MICROSOFT_APP_TENANT_ID } : {}),
      appType: raw.MICROSOFT_APP_TYPE,
      ...(raw.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: raw.TEAMS_OPENID_METADATA_URL } : {}),
      orgs: raw.TEAMS_ORGS ?? {},
    };
  }

  if (problems.length) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      `Policy Desk: invalid settings:\n${problems.map((p) => `  ${p}`).join('\n')}\nFix them in the environment or .env (see .env.example and the README's Settings).`,
    );
  }
  return {
    port: raw.PORT,
    host: raw.HOST,
    production,
    logLevel: raw.LOG_LEVEL,
    logFormat: raw.LOG_FORMAT,
    policiesDir: raw.POLICIES_DIR,
    storeUrl: raw.STORE_URL ?? raw.DATABASE_URL ?? raw.REDIS_URL ?? defaultSqliteUrl,
    ...(raw.DEFAULT_ORG ? { defaultOrg: raw.DEFAULT_ORG } : {}),
    ...(raw.AUDIT_KEY ? { auditKey: raw.AUDIT_KEY } : {}),
    ...(raw.AUDIT_CHECKPOINT_FILE ? { auditCheckpointFile: raw.AUDIT_CHECKPOINT_FILE } : {}),
    tickIntervalMs: raw.TICK_INTERVAL_MS,
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
    // With no platform configured, the playground is the product; with one, only when asked.
    playground: raw.PLAYGROUND ?? (!slack && !teams),
  };
}

/**
 * The settings that name organisations (DEFAULT_ORG, SLACK_ORGS, TEAMS_ORGS) checked against the
 * organisations the policies folder holds: one line per problem, empty when all is well.
 */
function organisationProblems(
  named: {
    readonly policiesDir: string;
    readonly defaultOrg: string | undefined;
    readonly slackOrgs: Readonly<Record<string, string>> | undefined;
    readonly teamsOrgs: Readonly<Record<string, string>> | undefined;
  },
  organisations: readonly string[],
): string[] {
  const known = new Set(organisations);
  const listed = organisations.join(', ');
  const problems: string[] = [];
  if (named.defaultOrg && !known.has(named.defaultOrg))
    problems.push(
      `DEFAULT_ORG="${named.defaultOrg}": no such organisation in ${named.policiesDir}/ (it has ${listed})`,
    );
  for (const [setting, orgs] of [
    ['SLACK_ORGS', named.slackOrgs],
    ['TEAMS_ORGS', named.teamsOrgs],
  ] as const) {
    for (const [id, org] of Object.entries(orgs ?? {})) {
      if (!known.has(org))
        problems.push(
          `${setting}: ${id} is mapped to "${org}", which is not an organisation in ${named.policiesDir}/ (it has ${listed})`,
        );
    }
  }
  return problems;
}

/** The audit settings of this process (AUDIT_KEY, AUDIT_CHECKPOINT_FILE, NODE_ENV), for the command-line tools, `.env` included. */
export function processAuditSettings(envFile = '.env'): {
  auditKey?: string;
  auditCheckpointFile?: string;
  production: boolean;
} {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = configSchema.pick({ AUDIT_KEY: true, AUDIT_CHECKPOINT_FILE: true, NODE_ENV: true }).parse(process.env);
  return {
    ...(parsed.AUDIT_KEY ? { auditKey: parsed.AUDIT_KEY } : {}),
    ...(parsed.AUDIT_CHECKPOINT_FILE ? { auditCheckpointFile: parsed.AUDIT_CHECKPOINT_FILE } : {}),
    production: parsed.NODE_ENV === 'production',
  };
}

/**
 * Reads the settings of this process: `.env` first when it exists (values already in the
 * environment win), then the environment. The one place that reads `process.env`.
 */
export function loadProcessConfig(envFile = '.env', checks: ConfigChecks = {}): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return loadConfig(process.env, checks);
}

/** The policies folder this process reads (POLICIES_DIR, `.env` included; `policies` by default), needed before the other settings are checked. */
export function processPoliciesDir(envFile = '.env'): string {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return configSchema.shape.POLICIES_DIR.parse(process.env.POLICIES_DIR);
}
