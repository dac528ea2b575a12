import type { Logger } from '../adapters/logger.ts';
import { isPersonTarget, type Notification } from '../core/approvals/notifications.ts';
import type { PersonRef } from '../core/approvals/people.ts';
import type { RequestView } from '../core/approvals/request-view.ts';
import type { Conversation, Notifier } from '../core/conversation/conversation.ts';
import type { Reply } from '../core/conversation/replies.ts';
import type { PlaygroundInbox } from './inbox.ts';

/**
 * Delivers notifications to playground accounts' inboxes and redraws every request an inbox shows
 * when it changes. A notification to a role (a vote's tally, a role nobody is listed for) goes to
 * each playground account holding the role, drawn for that person so they get their own buttons.
 */
export function playgroundNotifier(deps: { readonly conversation: Conversation; readonly inbox: PlaygroundInbox; readonly logger: Logger }): Notifier {
  const { conversation, inbox, logger } = deps;

  const recipients = (notification: Notification): PersonRef[] => {
    if (isPersonTarget(notification.to)) return notification.to.platform === 'playground' ? [notification.to] : [];
    return conversation.holders(notification.org, notification.to.role).filter((account) => account.platform === 'playground');
  };

  const redraw = async (view: RequestView): Promise<void> => {
    for (const { userId, entry } of inbox.showing(view.org, view.id)) {
      const person: PersonRef = { platform: 'playground', userId };
      const replies: Reply[] = [];
      for (const reply of entry.replies) replies.push(reply.kind === 'request' && reply.request.id === view.id ? await conversation.requestView(view.id, person) : reply);
      inbox.redraw(entry, replies);
    }
  };

  return {
    async deliver(notifications, changed) {
      for (const view of changed) {
        try {
          await redraw(view);
        } catch (error) {
          logger.error({ err: error, platform: 'playground', requestId: view.id }, 'playground redraw failed');
        }
      }
      const delivered = new Set<string>();
      for (const notification of notifications) {
        try {
          for (const person of recipients(notification)) {
            // A person reached both directly and through a role in one batch hears it once.
            const once = `${notification.org}\u0000${person.userId}\u0000${notification.requestId}\u0000${notification.kind}`;
            if (delivered.has(once)) continue;
            delivered.add(once);
            const replies = await conversation.notificationReplies({ ...notification, to: person });
            if (replies.length) inbox.add(notification.org, person.userId, replies);
            logger.debug({ platform: 'playground', requestId: notification.requestId, kind: notification.kind, userId: person.userId }, 'playground notification delivered');
          }
        } catch (error) {
          logger.error({ err: error, platform: 'playground', requestId: notification.requestId, kind: notification.kind }, 'playground notification failed');
        }
      }
      // Pages redraw the requests they show when the version moves, even with no notification for them.
      if (changed.length) inbox.touch();
    },
  };
}
