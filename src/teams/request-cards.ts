import type { PersonRef } from '../core/approvals/people.ts';
import { actingRoles, type RequestView } from '../core/approvals/request-view.ts';
import type { Conversation } from '../core/conversation/conversation.ts';
import type { Reply } from '../core/conversation/replies.ts';
import { type AdaptiveCard, maxRefreshUsers } from './render/adaptive-card.ts';
import { renderReplies } from './render/reply.ts';
import type { TeamsRecords } from './teams-records.ts';

/**
 * Draws request cards for Teams: one person's copy (their buttons) or a shared copy (status for
 * everyone, with a refresh list so the people who can act see their own buttons). Which buttons a
 * person gets is the core's answer (`requestView`); this only chooses whose view to ask for.
 */
export class RequestCards {
  readonly #mris = new Map<string, string>();

  constructor(
    private readonly conversation: Conversation,
    private readonly records: TeamsRecords,
  ) {}

  /** A person's Teams MRI (29:…), learned when they last used the app. */
  async mriOf(userId: string): Promise<string | undefined> {
    const cached = this.#mris.get(userId);
    if (cached) return cached;
    const mri = (await this.records.member(userId))?.mri ?? (await this.records.personalChat(userId))?.user?.id;
    if (mri) this.#mris.set(userId, mri);
    return mri;
  }

  /** Notes an MRI seen on an authenticated activity. */
  learn(userId: string, mri: string): void {
    this.#mris.set(userId, mri);
  }

  /** The Teams MRIs of the people a request concerns: its deciders or voters and its requester. */
  async participants(view: RequestView): Promise<string[]> {
    const accounts: PersonRef[] = [
      view.requester.account,
      ...actingRoles(view).flatMap((role) => this.conversation.holders(view.org, role)),
    ];
    const userIds = [
      ...new Set(accounts.filter((account) => account.platform === 'teams').map((account) => account.userId)),
    ];
    const mris = await Promise.all(userIds.map((userId) => this.mriOf(userId)));
    return mris.filter((mri): mri is string => Boolean(mri)).slice(0, maxRefreshUsers);
  }

  /** The request drawn for one person, after any notices; undefined when the request is gone. */
  async forViewer(
    requestId: string,
    viewer: PersonRef,
    options: { notices?: readonly Reply[]; mri?: string; org?: string } = {},
  ): Promise<AdaptiveCard | undefined> {
    // `org` bounds a request id that came from the client (Action.Execute data) to the viewer's organisation.
    const reply = await this.conversation.requestView(requestId, viewer, options.org);
    if (reply.kind !== 'request') return undefined;
    const mri = options.mri ?? (await this.mriOf(viewer.userId));
    return renderReplies([...(options.notices ?? []), reply], { request: { refreshUserIds: mri ? [mri] : [] } });
  }

  /** The shared copy of a request (a channel post), after any notices. */
  async shared(requestId: string, notices: readonly Reply[] = []): Promise<AdaptiveCard | undefined> {
    const reply = await this.conversation.requestView(requestId, 'channel');
    if (reply.kind !== 'request') return undefined;
    return renderReplies([...notices, reply], {
      request: { shared: true, refreshUserIds: await this.participants(reply.request) },
    });
  }
}
