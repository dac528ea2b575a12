import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newRequestId } from '../core/approvals/approval-service.ts';
import type { Route } from '../http/server.ts';
import type { Platform, PlatformDeps } from '../platform.ts';
import { sendProblem } from './http-io.ts';
import { defaultInboxLimit, PlaygroundInbox } from './inbox.ts';
import { playgroundPersons } from './persons.ts';
import { apiPrefix, handleApi } from './playground-api.ts';
import { playgroundNotifier } from './playground-notifier.ts';
import { asset, chatPage, recordsCsv, recordsPage, trusteeReportCsv } from './playground-pages.ts';
import type { PlaygroundSite } from './playground-site.ts';
import type { OrganisationChoice } from './render/chat-page.ts';
import { guardRoutes } from './request-guard.ts';

/** Settings for the playground; every one has a default. */
export interface PlaygroundOptions {
  /** Organisation slugs to offer. Default: every organisation the conversation knows. */
  readonly organisations?: readonly string[];
  /** Notifications kept per person (default 200). */
  readonly inboxLimit?: number;
  /** How often the page asks for new notifications, in ms (default 2000). */
  readonly pollMs?: number;
}

/** True for an address only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || bare.startsWith('127.') || bare === '::ffff:127.0.0.1';
}

/** The warning for a playground other computers can reach, or undefined on a loopback address. */
export function publicInterfaceWarning(host: string): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  return `The playground is served on ${host}, which other computers can reach, and it has no sign-in: anyone who can open it can act as any person and read every request. Serve it on HOST=127.0.0.1, or turn it off with PLAYGROUND=0.`;
}

function organisationChoices(deps: PlatformDeps, wanted: readonly string[] | undefined): OrganisationChoice[] {
  const slugs = wanted ?? deps.conversation.organisations();
  const choices: OrganisationChoice[] = [];
  for (const slug of slugs) {
    try {
      choices.push({ slug, name: deps.conversation.organisation(slug).name });
    } catch {
      // A folder the corpus did not load (or a slug it lacks) is not offered.
    }
  }
  return choices;
}

/**
 * Builds the playground: a web chat at `/` where you act as any person of an organisation, a
 * records page at `/records` with the audit check and CSV exports, and the JSON API the chat uses
 * under `/playground/api/`. It draws the same neutral replies as Slack and Teams, and decides nothing.
 */
export function playgroundPlatform(options: PlaygroundOptions = {}): (deps: PlatformDeps) => Promise<Platform> {
  return async (deps: PlatformDeps): Promise<Platform> => {
    const { conversation, config, logger } = deps;
    // Notifications are kept in the app's store (SQLite by default), so a restart keeps them.
    const inbox = new PlaygroundInbox(deps.store, options.inboxLimit ?? defaultInboxLimit);
    const [script, style, icon] = await Promise.all([
      readFile(new URL('./assets/playground.js', import.meta.url), 'utf8'),
      readFile(new URL('./assets/playground.css', import.meta.url), 'utf8'),
      readFile(new URL('./assets/favicon.svg', import.meta.url), 'utf8'),
    ]);
    const organisations = organisationChoices(deps, options.organisations);
    const publicWarning = publicInterfaceWarning(config.host);
    const site: PlaygroundSite = {
      conversation,
      inbox,
      organisations,
      ...(config.defaultOrg && organisations.some((org) => org.slug === config.defaultOrg)
        ? { defaultOrg: config.defaultOrg }
        : {}),
      records: deps.approvals,
      logger,
      pollMs: options.pollMs ?? 2000,
      ...(publicWarning ? { publicWarning } : {}),
      newSubmissionId: newRequestId,
      assets: { script, style, icon },
    };

    const get = (path: string, handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void): Route => ({
      method: 'GET',
      path,
      handle,
    });
    const routes: Route[] = [
      get('/', (req, res) => chatPage(site, req, res)),
      get('/records', (req, res) => recordsPage(site, req, res)),
      get('/records.csv', (req, res) => recordsCsv(site, req, res, 'requests')),
      get('/records/audit.csv', (req, res) => recordsCsv(site, req, res, 'audit')),
      get('/records/report.csv', (req, res) => trusteeReportCsv(site, req, res)),
      get('/playground/assets/*', (req, res) =>
        asset(site, res, (req.url ?? '').split('?')[0]!.slice('/playground/assets/'.length)),
      ),
      {
        method: '*',
        path: '/playground/api/*',
        handle: (req, res) => {
          const name = (req.url ?? '').split('?')[0]!.slice(apiPrefix.length);
          if (name.includes('/'))
            return sendProblem(res, { status: 404, code: 'playground_not_found', message: 'No such API.' });
          return handleApi(site, req, res, name);
        },
      },
    ];

    return {
      name: 'playground',
      // No sign-in: only the playground's own pages, reached by a loopback name, may act in it.
      routes: guardRoutes(routes, isLoopbackHost(config.host)),
      notifier: playgroundNotifier({ conversation, inbox, logger }),
      async start() {
        if (publicWarning) logger.warn({ platform: 'playground', host: config.host }, publicWarning);
        if (organisations.length === 0)
          logger.warn(
            { platform: 'playground', policiesDir: config.policiesDir },
            'the playground found no organisation to offer: check POLICIES_DIR',
          );
        logger.debug(
          { platform: 'playground', organisations: organisations.map((org) => org.slug) },
          'playground ready',
        );
      },
      async stop() {
        // Nothing runs beside the routes; notifications are already in the store.
      },
      async health() {
        const persons = organisations.reduce(
          (sum, org) => sum + playgroundPersons(conversation.organisation(org.slug)).length,
          0,
        );
        return { status: 'ok', organisations: organisations.length, persons, inboxes: inbox.people };
      },
    };
  };
}

/** The playground with its defaults: what `npm start` serves when no Slack or Teams is configured. */
export const createPlaygroundPlatform: (deps: PlatformDeps) => Promise<Platform> = (deps) => playgroundPlatform()(deps);
