import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { auditCsv, requestsCsv } from '../core/approvals/records-csv.ts';
import { trusteeReport } from '../core/approvals/trustee-report.ts';
import { readQuery, securityHeaders, sendHtml } from './http-io.ts';
import { playgroundPersons, resolvePlaygroundPerson } from './persons.ts';
import { organisationOf, type PlaygroundSite, personsWithCounts } from './playground-site.ts';
import { renderChatPage } from './render/chat-page.ts';
import { html } from './render/html.ts';
import { renderLayout } from './render/layout.ts';
import { renderRecordsPage } from './render/records-page.ts';

const pageQuery = z.object({ org: z.string().max(100).optional(), person: z.string().max(100).optional() });

/** The cookie that remembers the organisation last chosen, so the playground reopens on it. */
export const orgCookie = 'policy-desk-org';
/** The organisation every example in the README uses: the playground opens on it when it is loaded and nothing else was chosen. */
export const sampleOrg = 'allsorts';

function rememberedOrg(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === orgCookie) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Remembers `org` for a year, for this site only. */
const rememberOrg = (org: string) => ({
  'set-cookie': `${orgCookie}=${encodeURIComponent(org)}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly`,
});

function problemPage(site: PlaygroundSite, res: ServerResponse, status: number, title: string, message: string): void {
  const body = html`<main class="problem"><h1>${title}</h1><p>${message}</p>${
    site.organisations.length
      ? html`<ul>${site.organisations.map((org) => html`<li><a href="${`/?org=${encodeURIComponent(org.slug)}`}">${org.name}</a></li>`)}</ul>`
      : ''
  }</main>`;
  sendHtml(
    res,
    status,
    renderLayout({
      title,
      page: 'chat',
      org: site.defaultOrg ?? site.organisations[0]?.slug ?? '',
      body,
      ...(site.publicWarning ? { publicWarning: site.publicWarning } : {}),
    }).text,
  );
}

/**
 * The organisation a page shows: the one asked for, else the one last chosen (a cookie), else
 * DEFAULT_ORG, else the README's sample organisation, else the first; or a problem page.
 */
function pageOrganisation(
  site: PlaygroundSite,
  req: IncomingMessage,
  res: ServerResponse,
): { org: string; person?: string } | undefined {
  const parsed = readQuery(req, pageQuery);
  const offered = (slug: string | undefined) =>
    slug && site.organisations.some((org) => org.slug === slug) ? slug : undefined;
  const wanted =
    (parsed.ok ? parsed.value.org : undefined) ||
    offered(rememberedOrg(req)) ||
    site.defaultOrg ||
    offered(sampleOrg) ||
    site.organisations[0]?.slug;
  if (!wanted) {
    problemPage(
      site,
      res,
      503,
      'No organisations',
      'The policies folder (POLICIES_DIR) has no organisation this app loaded. Add policies/<org>/organisation.yaml and restart.',
    );
    return undefined;
  }
  if (!site.organisations.some((org) => org.slug === wanted)) {
    problemPage(site, res, 404, 'Unknown organisation', `There is no organisation "${wanted}" here. Choose one:`);
    return undefined;
  }
  return { org: wanted, ...(parsed.ok && parsed.value.person ? { person: parsed.value.person } : {}) };
}

/** GET /: the chat, as the person asked for (or the organisation's first listed person). */
export async function chatPage(site: PlaygroundSite, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chosen = pageOrganisation(site, req, res);
  if (!chosen) return;
  const found = organisationOf(site, chosen.org);
  if (!found.ok) return problemPage(site, res, 404, 'Unknown organisation', found.problem.message);
  const listed = playgroundPersons(found.organisation);
  const person =
    chosen.person && resolvePlaygroundPerson(found.organisation, chosen.person)
      ? chosen.person
      : (listed[0]?.id ?? 'guest:Visitor');
  const { persons, counts } = await personsWithCounts(site, found.organisation, person);
  sendHtml(
    res,
    200,
    renderChatPage({
      organisations: site.organisations,
      org: chosen.org,
      persons,
      person,
      counts,
      pollMs: site.pollMs,
      ...(site.publicWarning ? { publicWarning: site.publicWarning } : {}),
    }).text,
    rememberOrg(chosen.org),
  );
}

/** GET /records: every request of the organisation with its state and history, and the audit check. */
export async function recordsPage(site: PlaygroundSite, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chosen = pageOrganisation(site, req, res);
  if (!chosen) return;
  const records = site.records;
  const organisation = site.conversation.organisation(chosen.org);
  const [requests, verification, audit] = await Promise.all([
    records.listRequests({ org: chosen.org }),
    records.verifyAudit(chosen.org),
    records.auditEntries(chosen.org),
  ]);
  if (!verification.ok)
    site.logger.warn(
      { platform: 'playground', org: chosen.org, seq: verification.broken?.seq },
      'audit verification failed',
    );
  sendHtml(
    res,
    200,
    renderRecordsPage({
      organisations: site.organisations,
      organisation,
      requests,
      verification,
      audit,
      ...(site.publicWarning ? { publicWarning: site.publicWarning } : {}),
    }).text,
    rememberOrg(chosen.org),
  );
}

function sendCsv(res: ServerResponse, filename: string, text: string): void {
  res
    .writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    })
    .end(text);
}

const reportQuery = z.object({ org: z.string().max(100).optional(), flow: z.string().max(100) });

/** GET /records/report.csv?org=&flow=: the trustees' readable export of one kind of request. */
export async function trusteeReportCsv(site: PlaygroundSite, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chosen = pageOrganisation(site, req, res);
  if (!chosen) return;
  const query = readQuery(req, reportQuery);
  const organisation = site.conversation.organisation(chosen.org);
  const file = query.ok
    ? trusteeReport(organisation, await site.records.listRequests({ org: chosen.org })).find(
        (candidate) => candidate.flow.id === query.value.flow,
      )
    : undefined;
  if (!file)
    return problemPage(
      site,
      res,
      404,
      'Unknown request type',
      `${organisation.name} has no request type "${query.ok ? query.value.flow : ''}". Choose one on the records page.`,
    );
  sendCsv(res, file.filename, file.csv);
}

/** GET /records.csv (requests) and /records/audit.csv (the audit log). */
export async function recordsCsv(
  site: PlaygroundSite,
  req: IncomingMessage,
  res: ServerResponse,
  kind: 'requests' | 'audit',
): Promise<void> {
  const chosen = pageOrganisation(site, req, res);
  if (!chosen) return;
  const records = site.records;
  if (kind === 'requests')
    return sendCsv(
      res,
      `policy-desk-${chosen.org}-requests.csv`,
      requestsCsv(await records.listRequests({ org: chosen.org })),
    );
  sendCsv(
    res,
    `policy-desk-${chosen.org}-audit.csv`,
    auditCsv(await records.auditEntries(chosen.org), site.conversation.organisation(chosen.org)),
  );
}

const assetFiles: Readonly<Record<string, { type: string; key: keyof PlaygroundSite['assets'] }>> = {
  'playground.js': { type: 'text/javascript', key: 'script' },
  'playground.css': { type: 'text/css', key: 'style' },
  'favicon.svg': { type: 'image/svg+xml', key: 'icon' },
};

/** GET /playground/assets/{playground.js, playground.css, favicon.svg}. */
export function asset(site: PlaygroundSite, res: ServerResponse, name: string): void {
  const file = Object.hasOwn(assetFiles, name) ? assetFiles[name] : undefined;
  const found = file ? { type: file.type, body: site.assets[file.key] } : undefined;
  if (!found) {
    res.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res
    .writeHead(200, { ...securityHeaders, 'content-type': `${found.type}; charset=utf-8`, 'cache-control': 'no-cache' })
    .end(found.body);
}
