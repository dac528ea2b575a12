import type { Logger } from '../adapters/logger.ts';
import { isPersonTarget, type Notification, type RoleRef } from '../core/approvals/notifications.ts';
import type { PersonRef } from '../core/approvals/people.ts';
import type { RequestView } from '../core/approvals/request-view.ts';
import type { Conversation, Notifier } from '../core/conversation/conversation.ts';
import { renderReplies } from './render/reply.ts';
import type { RequestCards } from './request-cards.ts';
import type { CardLocation, TeamsMessenger } from './teams-messenger.ts';
import type { OrgService, PostedCard, StoredReference, TeamsRecords } from './teams-records.ts';

/** Where to post in a Teams channel of the tenant an organisation was last seen in. */
export function channelReference(service: OrgService, channelId: string): StoredReference {
  return {
    channelId: service.channelId,
    serviceUrl: service.serviceUrl,
    conversation: {
      id: channelId,
      isGroup: true,
      conversationType: 'channel',
      ...(service.tenantId ? { tenantId: service.tenantId } : {}),
    },
    bot: service.bot,
  };
}

/** The location of a card as a posted-card record. */
export function postedCard(location: CardLocation, viewer: PersonRef | 'channel'): PostedCard {
  return {
    conversationId: location.reference.conversation.id,
    activityId: location.activityId,
    serviceUrl: location.reference.serviceUrl,
    viewer,
    reference: location.reference,
  };
}

/**
 * Delivers the core's notifications to Teams accounts (and to a role's Teams channel when
 * organisation.yaml names one), and redraws every card posted for a changed request, wherever the
 * change was made (a vote on Slack redraws the Teams cards too).
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly options: {
      readonly conversation: Conversation;
      readonly records: TeamsRecords;
      readonly messenger: TeamsMessenger;
      readonly cards: RequestCards;
      readonly logger: Logger;
    },
  ) {}

  /** Sends what is addressed to Teams and redraws the Teams cards of changed requests. */
  async deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    // Read the posted cards before sending new ones: a card sent now already shows the new state.
    const posted = await Promise.all(
      changed.map(async (view) => ({ view, cards: await this.options.records.postedCards(view.id) })),
    );
    await Promise.all([
      ...posted.flatMap(({ view, cards }) =>
        cards.map((card) => this.#guard('redraw', view.id, () => this.#redraw(view, card))),
      ),
      ...notifications.map((notification) =>
        this.#guard(`notify ${notification.kind}`, notification.requestId, () => this.#notify(notification)),
      ),
    ]);
  }

  async #guard(what: string, requestId: string, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.options.logger.error({ err: error, requestId, what }, 'teams delivery failed');
    }
  }

  async #redraw(view: RequestView, card: PostedCard): Promise<void> {
    const drawn =
      card.viewer === 'channel'
        ? await this.options.cards.shared(view.id)
        : await this.options.cards.forViewer(view.id, card.viewer, {
            ...(card.reference.user?.id ? { mri: card.reference.user.id } : {}),
          });
    if (!drawn) return;
    await this.options.messenger.update({ reference: card.reference, activityId: card.activityId }, drawn);
    this.options.logger.debug({ requestId: view.id, activityId: card.activityId }, 'teams card redrawn');
  }

  async #notify(notification: Notification): Promise<void> {
    if (isPersonTarget(notification.to)) {
      if (notification.to.platform === 'teams') await this.#notifyPerson(notification, notification.to);
      return;
    }
    await this.#notifyRoleChannel(notification, notification.to);
  }

  async #notifyPerson(notification: Notification, to: PersonRef): Promise<void> {
    const replies = await this.options.conversation.notificationReplies(notification);
    if (!replies.length) return;
    const hasRequest = replies.some((reply) => reply.kind === 'request');
    const location = await this.options.messenger.sendToPerson(to.userId, (mri) =>
      renderReplies(replies, { request: { refreshUserIds: mri ? [mri] : [] } }),
    );
    if (!location) {
      this.options.logger.warn(
        { userId: to.userId, requestId: notification.requestId, kind: notification.kind },
        'teams notification not sent: the person has not installed the app',
      );
      return;
    }
    if (hasRequest) await this.options.records.addPostedCard(notification.requestId, postedCard(location, to));
    this.options.logger.info(
      { userId: to.userId, requestId: notification.requestId, kind: notification.kind },
      'teams notification sent',
    );
  }

  async #notifyRoleChannel(notification: Notification, to: RoleRef): Promise<void> {
    const channelId = this.options.conversation.organisation(to.org).roles[to.role]?.channels?.teams;
    if (!channelId) return;
    // A vote's running tally shows on the cards already posted (they are redrawn); a new post per vote would only add noise.
    if (notification.kind === 'tally-changed') return;
    const service = await this.options.records.service(to.org);
    if (!service) {
      this.options.logger.warn(
        { org: to.org, role: to.role, requestId: notification.requestId },
        'teams: cannot post to the role channel before the app has been used in this tenant',
      );
      return;
    }
    const replies = await this.options.conversation.notificationReplies(notification);
    const notices = replies.filter((reply) => reply.kind !== 'request');
    const hasRequest = replies.some((reply) => reply.kind === 'request');
    const card = hasRequest ? await this.options.cards.shared(notification.requestId, notices) : renderReplies(notices);
    if (!card) return;
    const reference = channelReference(service, channelId);
    const location = await this.options.messenger.post(reference, card);
    if (hasRequest) await this.options.records.addPostedCard(notification.requestId, postedCard(location, 'channel'));
    this.options.logger.info(
      { org: to.org, role: to.role, requestId: notification.requestId, kind: notification.kind },
      'teams role channel notified',
    );
  }
}
