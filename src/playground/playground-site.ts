import type { Logger } from '../adapters/logger.ts';
import type { ApprovalService } from '../core/approvals/approval-service.ts';
import type { Conversation, Speaker } from '../core/conversation/conversation.ts';
import { earlyCloseText, tallyText } from '../core/conversation/tally-lines.ts';
import type { Organisation } from '../core/organisation/organisation-schema.ts';
import type { ApiProblem } from './http-io.ts';
import type { PlaygroundInbox } from './inbox.ts';
import { type PlaygroundPerson, playgroundPersons, resolvePlaygroundPerson } from './persons.ts';
import type { OrganisationChoice } from './render/chat-page.ts';
import { type RenderContext, renderContext } from './render/context.ts';
import type { DrawnNotification } from './render/inbox.ts';

/** What the records page reads: the approval service's listing, audit check and audit log. */
export type PlaygroundRecords = Pick<ApprovalService, 'listRequests' | 'verifyAudit' | 'auditEntries' | 'getRequest'>;

/** Everything the playground's routes share. */
export interface PlaygroundSite {
  readonly conversation: Conversation;
  readonly inbox: PlaygroundInbox;
  readonly organisations: readonly OrganisationChoice[];
  /** The organisation shown when none is chosen. */
  readonly defaultOrg?: string;
  /** Where the records page reads requests and the audit log. */
  readonly records: PlaygroundRecords;
  readonly logger: Logger;
  readonly pollMs: number;
  /** Set when the server listens beyond this computer: the warning every page shows. */
  readonly publicWarning?: string;
  readonly newSubmissionId: () => string;
  /** Script, stylesheet and icon served at /playground/assets/. */
  readonly assets: { readonly script: string; readonly style: string; readonly icon: string };
}

/** An organisation the playground offers, or the problem with the slug asked for. */
export function organisationOf(
  site: PlaygroundSite,
  org: string,
): { ok: true; organisation: Organisation } | { ok: false; problem: ApiProblem } {
  if (!site.organisations.some((choice) => choice.slug === org)) {
    return {
      ok: false,
      problem: {
        status: 400,
        code: 'playground_unknown_org',
        message: `No organisation "${org}" here. Choose one of: ${site.organisations.map((choice) => choice.slug).join(', ')}.`,
      },
    };
  }
  return { ok: true, organisation: site.conversation.organisation(org) };
}

/** The speaker a playground request acts as: the chosen person of the chosen organisation, or why not. */
export function speakerOf(
  site: PlaygroundSite,
  org: string,
  personId: string,
): { ok: true; speaker: Speaker; organisation: Organisation } | { ok: false; problem: ApiProblem } {
  const found = organisationOf(site, org);
  if (!found.ok) return found;
  const person = resolvePlaygroundPerson(found.organisation, personId);
  if (!person) {
    return {
      ok: false,
      problem: {
        status: 400,
        code: 'playground_unknown_person',
        message: `Nobody called "${personId}" in ${found.organisation.name}: choose someone from the list, or a guest name (letters, digits, spaces).`,
      },
    };
  }
  return { ok: true, speaker: { org, person }, organisation: found.organisation };
}

/** The people of an organisation and how many notifications each holds (for the picker). */
export async function personsWithCounts(
  site: PlaygroundSite,
  organisation: Organisation,
  extra?: string,
): Promise<{ persons: PlaygroundPerson[]; counts: Record<string, number> }> {
  const persons = playgroundPersons(organisation);
  const counts: Record<string, number> = {};
  for (const id of [...persons.map((person) => person.id), ...(extra ? [extra] : [])])
    counts[id] = await site.inbox.count(organisation.slug, id);
  return { persons, counts };
}

/** One account's notifications drawn as they read now: the core's sentences, and this platform's vote tally. */
export async function drawInbox(site: PlaygroundSite, org: string, userId: string): Promise<DrawnNotification[]> {
  const drawn = await Promise.all(
    (await site.inbox.entries(org, userId)).map(async (entry): Promise<DrawnNotification | undefined> => {
      const { notification } = entry;
      if (notification.kind === 'tally-changed') {
        const view = await site.records.getRequest(notification.requestId);
        if (!view?.tally) return undefined;
        return {
          entry,
          replies: [
            {
              kind: 'notice',
              tone: 'info',
              text: `Vote on “${view.flow.title}”: ${tallyText(view.tally)}${earlyCloseText(view) ? ` ${earlyCloseText(view)}` : ''}`,
            },
          ],
        };
      }
      // The comment is not kept with the notification: the outcome record holds it.
      const view = notification.kind === 'decided' ? await site.records.getRequest(notification.requestId) : undefined;
      const replies = await site.conversation.notificationReplies(
        view?.comment ? { ...notification, comment: view.comment } : notification,
      );
      return replies.length ? { entry, replies: replies.filter((reply) => reply.kind !== 'request') } : undefined;
    }),
  );
  return drawn.filter((item): item is DrawnNotification => item !== undefined);
}

/** A render context for one response: element ids unique across every fragment the page holds. */
export function responseContext(site: PlaygroundSite): RenderContext {
  return renderContext({ scope: Math.random().toString(36).slice(2, 8), newSubmissionId: site.newSubmissionId });
}
