import type { Logger } from '../adapters/logger.ts';
import { isPersonTarget, type Notification } from '../core/approvals/notifications.ts';
import type { PersonRef } from '../core/approvals/people.ts';
import type { Conversation, Notifier } from '../core/conversation/conversation.ts';
import type { PlaygroundInbox } from './inbox.ts';

/**
 * Keeps notifications in playground accounts' inboxes (in the store). A notification to a role (a
 * vote's tally, a role nobody is listed for) goes to each playground account holding the role.
 * Nothing is drawn here: the inbox is drawn when a page asks, from the request as it is then, so
 * a request's card is always current and never needs redrawing.
 */
export function playgroundNotifier(deps: {
  readonly conversation: Conversation;
  readonly inbox: PlaygroundInbox;
  readonly logger: Logger;
  readonly now?: () => Date;
}): Notifier {
  const { conversation, inbox, logger } = deps;
  const now = deps.now ?? (() => new Date());

  const recipients = (notification: Notification): PersonRef[] => {
    if (isPersonTarget(notification.to)) return notification.to.platform === 'playground' ? [notification.to] : [];
    return conversation
      .holders(notification.org, notification.to.role)
      .filter((account) => account.platform === 'playground');
  };

  return {
    async deliver(notifications, changed) {
      const delivered = new Set<string>();
      for (const notification of notifications) {
        try {
          for (const person of recipients(notification)) {
            // A person reached both directly and through a role in one batch hears it once.
            const once = `${notification.org}\u0000${person.userId}\u0000${notification.requestId}\u0000${notification.kind}`;
            if (delivered.has(once)) continue;
            delivered.add(once);
            // A decision's comment stays in the outcome record only (README, Data and privacy): it is read back from there when drawn.
            const { comment: _comment, ...kept } = notification;
            await inbox.add(notification.org, person.userId, { ...kept, to: person }, now().toISOString());
            logger.debug(
              {
                platform: 'playground',
                requestId: notification.requestId,
                kind: notification.kind,
                userId: person.userId,
              },
              'playground notification kept',
            );
          }
        } catch (error) {
          logger.error(
            { err: error, platform: 'playground', requestId: notification.requestId, kind: notification.kind },
            'playground notification failed',
          );
        }
      }
      // Pages redraw the requests they show when the version moves, even with no notification for them.
      if (changed.length) inbox.touch();
    },
  };
}
