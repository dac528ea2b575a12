import type { Notification } from '../core/approvals/notifications.ts';
import type { RecordStore } from '../core/approvals/ports.ts';
import { isActionable } from '../core/approvals/rules.ts';
import { WriteOnceSequence } from '../core/records/write-once-sequence.ts';

/** One notification kept for one playground account. */
export interface InboxEntry {
  /** Its number in this account's inbox: 1, 2, 3… in the order they arrived. */
  readonly n: number;
  /** When it was delivered (ISO). */
  readonly at: string;
  /** What happened, as the core said it, addressed to this account. */
  readonly notification: Notification;
}

/** The default number of notifications shown per person (all are kept in the store). */
export const defaultInboxLimit = 200;

const batch = 16;

/**
 * The playground's notifications, kept in the app's store so they survive a restart:
 * `playground:inbox:<org>:<account>:<n>`, write-once, numbers claimed with putIfAbsent (never a
 * read-modify-write list), as the Slack message log does. Entries are immutable once written, so
 * what was read is cached and only later numbers are read again. `version` moves on every change,
 * so a page polling it knows when to fetch again; it starts at the clock time, so a page open
 * across a restart still sees a change.
 */
export class PlaygroundInbox {
  readonly #store: RecordStore;
  readonly #limit: number;
  readonly #known = new Map<string, InboxEntry[]>();
  #version = Date.now();

  constructor(store: RecordStore, limit = defaultInboxLimit) {
    this.#store = store;
    this.#limit = limit;
  }

  /** The record key of notification `n` of one account. */
  static key(org: string, userId: string, n: number): string {
    return `playground:inbox:${org}:${encodeURIComponent(userId)}:${n}`;
  }

  /** Moves on every added entry and every `touch()`. */
  get version(): number {
    return this.#version;
  }

  /** The number of inboxes this process has read or written. */
  get people(): number {
    return this.#known.size;
  }

  /** Keeps a notification for one account. */
  async add(org: string, userId: string, notification: Notification, at: string): Promise<InboxEntry> {
    const known = await this.all(org, userId);
    const n = await this.#mailbox(org, userId).claim({ at, notification }, { after: known.length });
    const entry: InboxEntry = { n, at, notification };
    if (n === known.length + 1) this.#known.set(`${org}\u0000${userId}`, [...known, entry]);
    this.#version += 1;
    return entry;
  }

  /** Every notification one account was ever sent, oldest first (read from the store). */
  async all(org: string, userId: string): Promise<InboxEntry[]> {
    const mailbox = `${org}\u0000${userId}`;
    const known = [...(this.#known.get(mailbox) ?? [])];
    for await (const { n, value } of this.#mailbox(org, userId).read(known.length + 1, batch))
      known.push({ n, at: value.at, notification: value.notification });
    this.#known.set(mailbox, known);
    return known;
  }

  #mailbox(org: string, userId: string): WriteOnceSequence<{ at: string; notification: Notification }> {
    return new WriteOnceSequence(this.#store, (n) => PlaygroundInbox.key(org, userId, n));
  }

  /**
   * What one account's Notifications list shows, newest first, up to the limit: one entry per
   * vote's progress (the newest tally, updated in place rather than one more line per vote), and
   * none at all for a vote the person was asked to cast, whose card already shows the tally.
   */
  async entries(org: string, userId: string): Promise<InboxEntry[]> {
    const all = await this.all(org, userId);
    const askedToAct = new Set(
      all.filter((entry) => isActionable(entry.notification.kind)).map((entry) => entry.notification.requestId),
    );
    const newestTally = new Map<string, number>();
    for (const entry of all)
      if (entry.notification.kind === 'tally-changed') newestTally.set(entry.notification.requestId, entry.n);
    const shown = all.filter((entry) => {
      if (entry.notification.kind !== 'tally-changed') return true;
      return !askedToAct.has(entry.notification.requestId) && newestTally.get(entry.notification.requestId) === entry.n;
    });
    return shown.reverse().slice(0, this.#limit);
  }

  /** How many notifications one account's list shows. */
  async count(org: string, userId: string): Promise<number> {
    return (await this.entries(org, userId)).length;
  }

  /** Marks that something pages show has changed (a request), though no entry did. */
  touch(): void {
    this.#version += 1;
  }
}
