import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver, Installation } from '@slack/bolt';
import type { Logger } from '../adapters/logger.ts';
import type { Route } from '../http/server.ts';
import type { PlatformDeps } from '../platform.ts';
import { installMetadata } from './installation-store.ts';
import { validInstallLinkKey } from './workspaces.ts';

/** Where a workspace admin starts installing Policy Desk (the "Add to Slack" link). */
export const slackInstallPath = '/slack/install';

/** Where Slack sends the admin back with the OAuth code (the Slack app's Redirect URL). */
export const slackRedirectPath = '/slack/oauth_redirect';

/** The bot scopes Policy Desk asks for, the same as manifests/slack.json (a test keeps them equal). */
export const botScopes = ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write'] as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`,
  );
}

/**
 * GET /slack/install and GET /slack/oauth_redirect on the shared server: Slack's OAuth install
 * flow, run by Bolt's own InstallProvider (state signed with SLACK_STATE_SECRET and checked against
 * a cookie). Which organisation a workspace answers for is data carried through the flow: each
 * organisation has its own install link (`?org=<slug>&key=<HMAC>`), and the organisation is kept in
 * the installation's metadata. With one organisation (or DEFAULT_ORG), the plain link works too.
 */
export function installRoutes(options: {
  readonly receiver: HTTPReceiver;
  readonly stateSecret: string;
  readonly organisations: readonly string[];
  readonly defaultOrg?: string;
  readonly scopes: readonly string[];
  readonly redirectUri?: string;
  readonly logger: Logger;
}): Route[] {
  const install = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const installer = options.receiver.installer;
    if (!installer)
      return page(
        res,
        500,
        'Policy Desk cannot be installed here',
        'The install flow is not configured: set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET.',
      );
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const org = query.get('org');
    let metadata: string | undefined;
    if (org !== null) {
      if (
        !options.organisations.includes(org) ||
        !validInstallLinkKey(options.stateSecret, org, query.get('key') ?? '')
      ) {
        options.logger.warn({ org }, 'slack install link refused');
        return page(
          res,
          403,
          'This install link is not valid',
          'Ask your Policy Desk admin for your organisation’s install link, and use it exactly as given.',
        );
      }
      metadata = JSON.stringify(installMetadata.parse({ org }));
    } else if (options.organisations.length > 1 && !options.defaultOrg) {
      return page(
        res,
        400,
        'Which organisation?',
        `Policy Desk here serves ${options.organisations.length} organisations. Ask your Policy Desk admin for your organisation’s install link.`,
      );
    }
    await installer.handleInstallPath(
      req,
      res,
      {},
      {
        scopes: [...options.scopes],
        ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
        ...(metadata ? { metadata } : {}),
      },
    );
  };
  return [
    { method: 'GET', path: slackInstallPath, handle: install },
    // Bolt's receiver handles the callback: it checks the state, calls oauth.v2.access and stores the installation.
    { method: 'GET', path: slackRedirectPath, handle: (req, res) => options.receiver.requestListener(req, res) },
  ];
}

/** What the admin sees at the end of the install flow. */
export function installCallbacks(deps: PlatformDeps, logger: Logger) {
  return {
    success: (installation: Installation, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
      const where =
        installation.team?.name ?? installation.team?.id ?? installation.enterprise?.name ?? 'your workspace';
      let org: string | undefined;
      try {
        org = installation.metadata ? installMetadata.parse(JSON.parse(installation.metadata)).org : undefined;
      } catch {
        org = undefined;
      }
      const name = org ? safeName(deps, org) : undefined;
      logger.info(
        { team: installation.team?.id, enterprise: installation.enterprise?.id, org },
        'slack workspace installed',
      );
      page(
        res,
        200,
        'Policy Desk is installed',
        `Policy Desk is now in ${where}${name ? `, answering from ${name}’s policies` : ''}. Open Slack and send the app a question, e.g. “can I text a young person?”.`,
      );
    },
    failure: (
      error: { code?: string; message: string },
      _options: unknown,
      _req: IncomingMessage,
      res: ServerResponse,
    ) => {
      logger.warn({ code: error.code, err: error }, 'slack install failed');
      page(
        res,
        400,
        'Policy Desk was not installed',
        `Slack did not complete the installation (${error.code ?? error.message}). Start again from your install link; if it fails again, tell your Policy Desk admin.`,
      );
    },
  };
}

function safeName(deps: PlatformDeps, org: string): string | undefined {
  try {
    return deps.conversation.organisation(org).name;
  } catch {
    return undefined;
  }
}
