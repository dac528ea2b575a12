import type { Logger } from '../adapters/logger.ts';
import { isPersonTarget, type Notification } from '../core/approvals/notifications.ts';
import { actingRoles, type RequestView } from '../core/approvals/request-view.ts';
import { isActionable } from '../core/approvals/rules.ts';
import type { Conversation, Notifier } from '../core/conversation/conversation.ts';
import type { NoticeReply, Reply, RequestReply } from '../core/conversation/replies.ts';
import { KeyedQueue } from '../core/records/keyed-queue.ts';
import { type DeliveryReport, describeFailures, type FailedDelivery } from './delivery-report.ts';
import type { HomeTabs } from './home-tabs.ts';
import type { MessageLog } from './message-log.ts';
import { renderNotice } from './render/notice.ts';
import { renderReplies } from './render/reply.ts';
import { renderOutcome, renderRequest } from './render/request.ts';
import { isTransient, slackErrorCode } from './slack-errors.ts';
import type { SlackMessenger } from './slack-messenger.ts';
import type { SlackWorkspaces } from './workspaces.ts';

/** What the Slack notifier needs. */
export interface SlackNotifierOptions {
  readonly conversation: Conversation;
  readonly messenger: SlackMessenger;
  readonly log: MessageLog;
  readonly homes: HomeTabs;
  readonly logger: Logger;
  readonly now: () => Date;
  /** Where failed deliveries are recorded, for the listener that caused them to report. */
  readonly report: DeliveryReport;
  /** Which workspace (bot token) each organisation's messages go through. */
  readonly workspaces: SlackWorkspaces;
}

const isRequest = (reply: Reply): reply is RequestReply => reply.kind === 'request';
const isNotice = (reply: Reply): reply is NoticeReply => reply.kind === 'notice';

/**
 * Delivers the core's notifications on Slack and keeps every posted copy of a request current.
 *
 * - Approval needed: a DM to each holder, or one post in the role's channel when organisation.yaml
 *   sets `roles.<role>.channels.slack`. Vote needed: the board role's channel, else a DM to each voter.
 * - Every copy is recorded (MessageLog) and redrawn in place with `chat.update` whenever the request
 *   changes, whichever platform the change came from; a decided vote also gets its outcome, tally
 *   and conditions posted in each copy's thread.
 * - The requester hears the outcome by DM. Who decided a request others could have decided shows
 *   on their redrawn copy; only someone with no copy gets a separate DM.
 * - Nothing fails silently: when Slack refuses a request's message, the reader gets a plain-text
 *   message pointing to the Home tab instead, the requester is told who it did not reach, and the
 *   failure is recorded in the DeliveryReport for the listener that is about to say "sent".
 */
export class SlackNotifier implements Notifier {
  readonly #o: SlackNotifierOptions;
  // Redraws of one request run one after another, so a slower, older redraw never lands after a newer one.
  readonly #redraws = new KeyedQueue();

  constructor(options: SlackNotifierOptions) {
    this.#o = options;
  }

  /**
   * Redraws what changed, then delivers the notifications addressed to Slack accounts or Slack role
   * channels; each organisation's through the workspace it is installed in.
   */
  async deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    const orgs = new Set([...notifications.map((n) => n.org), ...changed.map((view) => view.org)]);
    await Promise.all(
      [...orgs].map((org) =>
        this.#o.workspaces
          .runForOrg(org, () =>
            this.#deliverFor(
              notifications.filter((n) => n.org === org),
              changed.filter((view) => view.org === org),
            ),
          )
          .catch((error: unknown) => this.#o.logger.error({ err: error, org }, 'slack delivery failed')),
      ),
    );
  }

  async #deliverFor(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    const views = new Map(changed.map((view) => [view.id, view]));
    await Promise.all(changed.map((view) => this.#redraws.run(view.id, () => this.#redraw(view))));
    const claimed = new Set<string>();
    await Promise.all(
      notifications.map((notification) =>
        this.#deliverOne(notification, views, claimed).catch((error: unknown) =>
          this.#o.logger.error(
            { err: error, request: notification.requestId, kind: notification.kind },
            'slack notification failed',
          ),
        ),
      ),
    );
    const touched = notifications.flatMap((n) =>
      isPersonTarget(n.to) && n.to.platform === 'slack' ? [n.to.userId] : [],
    );
    for (const view of changed)
      if (view.requester.account.platform === 'slack') touched.push(view.requester.account.userId);
    await this.#o.homes.refresh(touched);
  }

  async #deliverOne(notification: Notification, views: Map<string, RequestView>, claimed: Set<string>): Promise<void> {
    const { conversation } = this.#o;
    const to = notification.to;
    if (isPersonTarget(to)) {
      if (to.platform !== 'slack') return;
      const view = await this.#view(notification.requestId, views);
      if (!view) return;
      if (isActionable(notification.kind)) {
        const channels = this.#roleChannels(notification, view, to.userId);
        if (channels.length) {
          for (const channel of channels) await this.#postChannelCopy(channel, notification, claimed);
        } else {
          await this.#postPersonalCopy(to.userId, notification);
        }
        return;
      }
      const toRequester = view.requester.account.platform === 'slack' && view.requester.account.userId === to.userId;
      if (notification.kind === 'tally-changed') return;
      if (
        notification.kind === 'decided' ||
        notification.kind === 'lapsed' ||
        (notification.kind === 'expired' && toRequester)
      ) {
        const replies = await conversation.notificationReplies(notification);
        try {
          await this.#o.messenger.dm(to.userId, renderReplies(replies));
        } catch (error) {
          // Recorded, so whoever decided is told the requester did not hear; and a plain-text copy is tried.
          this.#o.report.record(view.id, {
            to: this.#nameOf(notification.org, to.userId),
            code: slackErrorCode(error),
          });
          this.#o.logger.error(
            { err: error, request: view.id, kind: notification.kind },
            'slack outcome message refused',
          );
          const text = replies
            .filter(isNotice)
            .map((reply) => reply.text)
            .join(' ');
          await this.#o.messenger
            .dmText(to.userId, text || `“${view.flow.title}”: ${view.status}.`)
            .catch(() => undefined);
        }
        return;
      }
      // decided-by-other, withdrawn, expired: their copy is redrawn (and a vote's outcome posted in its thread).
      if (this.#roleChannels(notification, view, to.userId).length || (await this.#hasCopy(view.id, to.userId))) return;
      const text = (await conversation.notificationReplies(notification)).find(isNotice);
      if (text) await this.#o.messenger.dm(to.userId, renderNotice(text));
      return;
    }
    // A role nobody listed holds: only its Slack channel, if it has one, can hear it.
    const channel = conversation.organisation(to.org).roles[to.role]?.channels?.slack;
    if (!channel || notification.kind === 'tally-changed') return;
    if (isActionable(notification.kind)) {
      await this.#postChannelCopy(channel, notification, claimed);
      return;
    }
    if (await this.#hasCopy(notification.requestId, 'channel', channel)) return;
    const text = (await conversation.notificationReplies(notification)).find(isNotice);
    if (text) await this.#o.messenger.post(channel, renderNotice(text));
  }

  /** The Slack channels of the routed roles this person holds (where their copy goes instead of a DM). */
  #roleChannels(notification: Notification, view: RequestView, userId: string): string[] {
    const { conversation } = this.#o;
    const organisation = conversation.organisation(notification.org);
    const roles =
      notification.kind === 'escalated' && view.route.kind === 'single'
        ? [...view.route.escalateTo]
        : actingRoles(view);
    const channels = roles.flatMap((role) => {
      const channel = organisation.roles[role]?.channels?.slack;
      if (!channel) return [];
      const holds = conversation
        .holders(notification.org, role)
        .some((account) => account.platform === 'slack' && account.userId === userId);
      return holds ? [channel] : [];
    });
    return [...new Set(channels)];
  }

  async #postPersonalCopy(userId: string, notification: Notification): Promise<void> {
    const replies = await this.#o.conversation.notificationReplies(notification);
    const request = replies.find(isRequest);
    const intro = replies.find(isNotice)?.text;
    if (!request) return;
    let posted;
    try {
      posted = await this.#o.messenger.dm(userId, renderRequest(request, { intro }));
    } catch (error) {
      await this.#undelivered(
        request.request,
        { to: this.#nameOf(notification.org, userId), code: slackErrorCode(error) },
        error,
        () => this.#o.messenger.dmText(userId, this.#pointer(request.request, intro, error)),
      );
      return;
    }
    await this.#o.log.add(notification.requestId, {
      ...posted,
      viewer: userId,
      audience: 'decider',
      ...(intro ? { intro } : {}),
    });
  }

  /** The plain-text stand-in for a request message Slack refused: what it is, and where to act on it. */
  #pointer(view: RequestView, intro: string | undefined, error: unknown): string {
    return `${intro ?? 'A request needs your attention.'} “${view.flow.title}” (request ${view.id}). Slack could not show it here (${slackErrorCode(error)}): open the Policy Desk app's Home tab to see it and act on it.`;
  }

  /** Records a request message that did not arrive, posts its stand-in, and tells a Slack requester who it missed. */
  async #undelivered(
    view: RequestView,
    failure: FailedDelivery,
    error: unknown,
    standIn: () => Promise<unknown>,
  ): Promise<void> {
    const { logger, report, messenger } = this.#o;
    logger.error({ err: error, code: failure.code, request: view.id }, 'slack request message refused');
    report.record(view.id, failure);
    await standIn().catch((again: unknown) =>
      logger.error({ err: again, request: view.id }, 'slack stand-in message refused too'),
    );
    if (view.requester.account.platform !== 'slack') return;
    const text = `Your request “${view.flow.title}” is recorded, but Slack could not deliver it to ${describeFailures([failure])}. They can still find it on the Policy Desk app's Home tab: let them know it is waiting, or tell your Policy Desk admin.`;
    await messenger
      .dmText(view.requester.account.userId, text)
      .catch((again: unknown) =>
        logger.error({ err: again, request: view.id }, 'slack could not tell the requester about a failed delivery'),
      );
  }

  /** A Slack user as people read them: their name in organisation.yaml, else their member id. */
  #nameOf(org: string, userId: string): string {
    const person = this.#o.conversation
      .organisation(org)
      .people.find((candidate) => candidate.accounts.slack === userId);
    return person?.name ?? `Slack member ${userId}`;
  }

  async #postChannelCopy(channel: string, notification: Notification, claimed: Set<string>): Promise<void> {
    // Several holders of one role share one channel post per event.
    const key = `${channel}|${notification.requestId}|${notification.kind}|${notification.reminder ?? 0}`;
    if (claimed.has(key)) return;
    claimed.add(key);
    const [replies, drawn] = await Promise.all([
      this.#o.conversation.notificationReplies(notification),
      this.#o.conversation.requestView(notification.requestId, 'channel'),
    ]);
    if (!isRequest(drawn)) return;
    const intro = replies.find(isNotice)?.text;
    let posted;
    try {
      posted = await this.#o.messenger.post(channel, renderRequest(drawn, { intro }));
    } catch (error) {
      await this.#undelivered(
        drawn.request,
        { to: `the role channel ${channel}`, code: slackErrorCode(error) },
        error,
        () => this.#o.messenger.postText(channel, this.#pointer(drawn.request, intro, error)),
      );
      return;
    }
    await this.#o.log.add(notification.requestId, {
      ...posted,
      viewer: 'channel',
      audience: 'decider',
      ...(intro ? { intro } : {}),
    });
  }

  async #hasCopy(requestId: string, viewer: string, channel?: string): Promise<boolean> {
    const copies = await this.#o.log.list(requestId);
    return copies.some(
      ({ copy }) =>
        copy.viewer === viewer && copy.audience === 'decider' && (channel === undefined || copy.channel === channel),
    );
  }

  async #view(requestId: string, views: Map<string, RequestView>): Promise<RequestView | undefined> {
    const known = views.get(requestId);
    if (known) return known;
    const drawn = await this.#o.conversation.requestView(requestId, 'channel');
    return isRequest(drawn) ? drawn.request : undefined;
  }

  /** Redraws every copy of a request from its current state; a decided vote's outcome goes in each copy's thread once. */
  async #redraw(view: RequestView): Promise<void> {
    const { conversation, messenger, log, logger } = this.#o;
    const copies = await log.list(view.id);
    const drawn = new Map<string, Reply>();
    for (const { n, copy } of copies) {
      try {
        let reply = drawn.get(copy.viewer);
        if (!reply) {
          reply = await conversation.requestView(
            view.id,
            copy.viewer === 'channel' ? 'channel' : { platform: 'slack', userId: copy.viewer },
          );
          drawn.set(copy.viewer, reply);
        }
        if (!isRequest(reply)) continue;
        try {
          await messenger.update(copy, renderRequest(reply, copy.intro ? { intro: copy.intro } : {}));
        } catch (error) {
          // The message above still shows the old state (and maybe buttons): say where it stands now, under it.
          if (isTransient(error)) throw error;
          logger.error(
            { err: error, request: view.id, copy: n, code: slackErrorCode(error) },
            'slack message update refused',
          );
          await messenger.postText(
            copy.channel,
            `${reply.title}: ${reply.status}. (Slack could not update the message above (${slackErrorCode(error)}); this is where the request stands now.)`,
            copy.ts,
          );
          continue;
        }
        const decidedVote = reply.request.route.kind === 'vote' && reply.request.status !== 'pending';
        if (
          decidedVote &&
          copy.audience === 'decider' &&
          (await log.claimOutcome(view.id, n, this.#o.now().toISOString()))
        ) {
          await messenger.post(copy.channel, renderOutcome(reply), copy.ts);
        }
      } catch (error) {
        logger.error({ err: error, request: view.id, copy: n }, 'slack message redraw failed');
      }
    }
  }
}
