import type { Logger } from '../adapters/logger.ts';
import type { Conversation, Speaker } from '../core/conversation/conversation.ts';
import type { NoticeReply } from '../core/conversation/replies.ts';
import { renderHome } from './render/home.ts';
import type { SlackMessenger } from './slack-messenger.ts';

// Enough for a large workspace's active users; beyond it the oldest are refreshed only when reopened.
const maxRemembered = 5000;

/**
 * Publishes App Home tabs. Someone who has opened their Home tab gets it republished when one of
 * their requests, or something awaiting them, changes; everyone else gets it fresh when they open it.
 */
export class HomeTabs {
  readonly #conversation: Conversation;
  readonly #messenger: SlackMessenger;
  readonly #logger: Logger;
  readonly #seen = new Map<string, { speaker: Speaker; page: number }>();

  constructor(conversation: Conversation, messenger: SlackMessenger, logger: Logger) {
    this.#conversation = conversation;
    this.#messenger = messenger;
    this.#logger = logger;
  }

  /**
   * Draws and publishes one person's Home tab, with an optional banner (the result of a button
   * pressed there), on the page they were on unless `page` says another.
   */
  async publish(speaker: Speaker, banner?: NoticeReply, page?: number): Promise<void> {
    const shown = page ?? this.#seen.get(speaker.person.userId)?.page ?? 0;
    this.#remember(speaker, shown);
    const home = await this.#conversation.home(speaker);
    await this.#messenger.publishHome(speaker.person.userId, renderHome(home, banner, shown));
  }

  /** Republishes the Home tabs of these users, for those who have opened theirs. Failures are logged, not thrown. */
  async refresh(userIds: Iterable<string>): Promise<void> {
    const speakers = [...new Set(userIds)].flatMap((userId) => {
      const seen = this.#seen.get(userId);
      return seen ? [seen.speaker] : [];
    });
    await Promise.all(
      speakers.map((speaker) =>
        this.publish(speaker).catch((error: unknown) =>
          this.#logger.warn({ err: error, user: speaker.person.userId }, 'slack home tab refresh failed'),
        ),
      ),
    );
  }

  #remember(speaker: Speaker, page: number): void {
    this.#seen.delete(speaker.person.userId);
    this.#seen.set(speaker.person.userId, { speaker, page });
    if (this.#seen.size > maxRemembered) this.#seen.delete(this.#seen.keys().next().value!);
  }
}
