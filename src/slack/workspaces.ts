import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { webApi } from '@slack/bolt';
import type { Logger } from '../adapters/logger.ts';
import { PolicyDeskError } from '../core/errors.ts';
import type { KeyvInstallationStore } from './installation-store.ts';

/** How workspaces map to organisations, most explicit first. */
export interface WorkspaceMapping {
  /** SLACK_ORGS: team id → organisation, set by the operator. */
  readonly orgs: Readonly<Record<string, string>>;
  readonly defaultOrg?: string;
  /** With exactly one organisation in the corpus, every workspace is it. */
  readonly onlyOrg?: string;
}

/**
 * Which Slack workspace (and so which bot token) a piece of work is for. A listener runs for the
 * workspace its payload came from (Bolt's per-event client, put in scope by a middleware); a
 * notification runs for the workspace of its organisation. In single-workspace token mode there is
 * one client for everything, as before.
 */
export class SlackWorkspaces {
  readonly #scope = new AsyncLocalStorage<webApi.WebClient>();
  readonly #clients = new Map<string, webApi.WebClient>();

  constructor(
    private readonly options: {
      /** Token mode: the one client. */
      readonly single?: webApi.WebClient;
      /** Install-flow mode: where each workspace's installation is. */
      readonly installations?: KeyvInstallationStore;
      readonly mapping: WorkspaceMapping;
      readonly clientOptions: webApi.WebClientOptions;
      readonly logger: Logger;
    },
  ) {}

  /** The Web API client for the current work's workspace. */
  client(): webApi.WebClient {
    const client = this.options.single ?? this.#scope.getStore();
    if (!client)
      throw new PolicyDeskError(
        'policy_desk_platform_error',
        'slack: no workspace in scope for this call (a bug: work must run inside SlackWorkspaces.run or runForOrg)',
      );
    return client;
  }

  /** Runs `work` for the workspace `client` belongs to. */
  run<T>(client: webApi.WebClient, work: () => T): T {
    return this.#scope.run(client, work);
  }

  /** The organisation of a workspace: SLACK_ORGS, else its install link's, else DEFAULT_ORG, else the only one. */
  orgOf(teamId: string | undefined): string | undefined {
    const { mapping, installations } = this.options;
    return (
      (teamId ? mapping.orgs[teamId] : undefined) ??
      installations?.orgOf(teamId) ??
      mapping.defaultOrg ??
      mapping.onlyOrg
    );
  }

  /**
   * Runs `work` for the workspace an organisation is installed in. With no such workspace (nobody
   * installed the app for it yet) the work is skipped and logged: there is nobody on Slack to tell.
   */
  async runForOrg(org: string, work: () => Promise<void>): Promise<void> {
    if (this.options.single) return work();
    const installations = this.options.installations;
    if (!installations) return work();
    const { mapping } = this.options;
    const installed = await installations.installed();
    const match = installed.find((entry) => {
      const teamId = entry.installation.team?.id;
      return (
        ((teamId ? mapping.orgs[teamId] : undefined) ?? entry.org ?? mapping.defaultOrg ?? mapping.onlyOrg) === org
      );
    });
    const token = match?.installation.bot?.token;
    if (!token) {
      this.options.logger.info(
        { org },
        'slack: no workspace has installed Policy Desk for this organisation; nothing sent on Slack',
      );
      return;
    }
    let client = this.#clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, this.options.clientOptions);
      this.#clients.set(token, client);
    }
    return this.#scope.run(client, work);
  }
}

/**
 * The key in an organisation's install link (`/slack/install?org=<slug>&key=<key>`): an HMAC of
 * the slug under SLACK_STATE_SECRET. Only someone the operator gave the link can install the app
 * for that organisation; a workspace cannot pick an organisation by editing the URL.
 */
export function installLinkKey(stateSecret: string, org: string): string {
  return createHmac('sha256', stateSecret).update(`policy-desk-install:${org}`).digest('base64url').slice(0, 32);
}

/** Whether `key` is the install-link key for `org`. */
export function validInstallLinkKey(stateSecret: string, org: string, key: string): boolean {
  const expected = Buffer.from(installLinkKey(stateSecret, org));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** An organisation's install link, relative to the server (put your public address in front). */
export function installLink(stateSecret: string, org: string): string {
  return `/slack/install?org=${encodeURIComponent(org)}&key=${installLinkKey(stateSecret, org)}`;
}
