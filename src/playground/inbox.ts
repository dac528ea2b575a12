import type { Reply } from '../core/conversation/replies.ts';

/** One notification as a person sees it: a sentence, and the request with their buttons when they must act. */
export interface InboxEntry {
  /** Increases with every entry added, across all inboxes. */
  readonly seq: number;
  replies: readonly Reply[];
}

interface Mailbox {
  readonly org: string;
  readonly userId: string;
  readonly entries: InboxEntry[];
}

/** The default number of notifications kept per person. */
export const defaultInboxLimit = 200;

/**
 * The playground's notifications, in memory per organisation and account, newest kept up to a
 * limit. `version` moves on every change, so a page polling it knows when to fetch again.
 */
export class PlaygroundInbox {
  readonly #limit: number;
  readonly #mailboxes = new Map<string, Mailbox>();
  #seq = 0;
  #version = 0;

  constructor(limit = defaultInboxLimit) {
    this.#limit = limit;
  }

  /** Moves on every added entry, every redraw and every `touch()`. */
  get version(): number {
    return this.#version;
  }

  /** The number of people with at least one notification. */
  get people(): number {
    return this.#mailboxes.size;
  }

  /** Adds a notification for one account, dropping the oldest past the limit. */
  add(org: string, userId: string, replies: readonly Reply[]): InboxEntry {
    const key = `${org}\u0000${userId}`;
    let mailbox = this.#mailboxes.get(key);
    if (!mailbox) {
      mailbox = { org, userId, entries: [] };
      this.#mailboxes.set(key, mailbox);
    }
    const entry: InboxEntry = { seq: ++this.#seq, replies };
    mailbox.entries.push(entry);
    if (mailbox.entries.length > this.#limit) mailbox.entries.splice(0, mailbox.entries.length - this.#limit);
    this.#version += 1;
    return entry;
  }

  /** One account's notifications, newest first. */
  entries(org: string, userId: string): readonly InboxEntry[] {
    return [...(this.#mailboxes.get(`${org}\u0000${userId}`)?.entries ?? [])].reverse();
  }

  /** How many notifications one account holds. */
  count(org: string, userId: string): number {
    return this.#mailboxes.get(`${org}\u0000${userId}`)?.entries.length ?? 0;
  }

  /** Every entry of an organisation that shows this request, with the account it was drawn for. */
  showing(org: string, requestId: string): Array<{ readonly userId: string; readonly entry: InboxEntry }> {
    const found: Array<{ userId: string; entry: InboxEntry }> = [];
    for (const mailbox of this.#mailboxes.values()) {
      if (mailbox.org !== org) continue;
      for (const entry of mailbox.entries) {
        if (entry.replies.some((reply) => reply.kind === 'request' && reply.request.id === requestId)) found.push({ userId: mailbox.userId, entry });
      }
    }
    return found;
  }

  /** Replaces an entry's replies (a redraw after the request changed). */
  redraw(entry: InboxEntry, replies: readonly Reply[]): void {
    entry.replies = replies;
    this.#version += 1;
  }

  /** Marks that something pages show has changed (a request), though no entry did. */
  touch(): void {
    this.#version += 1;
  }
}
