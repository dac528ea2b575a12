import type { RecordStore } from '../core/approvals/ports.ts';
import { WriteOnceSequence } from '../core/records/write-once-sequence.ts';

/** One Slack message posted for a request: where it is and whom it was drawn for. */
export interface MessageCopy {
  readonly channel: string;
  readonly ts: string;
  /** The Slack user id it was drawn for (their buttons), or `'channel'` for a shared channel copy. */
  readonly viewer: string;
  /** The requester's own copy, or one posted to someone who decides or votes (or their channel). */
  readonly audience: 'requester' | 'decider';
  /** The first line it was posted with ("Sam asks for your approval…"), kept when it is redrawn. */
  readonly intro?: string;
}

/** A copy with its sequence number. */
export interface NumberedCopy {
  readonly n: number;
  readonly copy: MessageCopy;
}

const page = 8;
// Copies of this many requests are cached; older ones are read from the store again when needed.
const maxCachedRequests = 10_000;

/**
 * Where every Slack message for a request was posted: `slack:msg:<requestId>:<n>`, the core's
 * write-once sequence (slots claimed by putIfAbsent, never a read-modify-write list), so several
 * processes can post copies of one request and each can later redraw all of them in place.
 */
export class MessageLog {
  readonly #store: RecordStore;
  // Copies are immutable once written, so what was read stays true; only later copies are re-read.
  readonly #known = new Map<string, NumberedCopy[]>();

  constructor(store: RecordStore) {
    this.#store = store;
  }

  /** The record key of copy `n` of a request. */
  static key(requestId: string, n: number): string {
    return `slack:msg:${requestId}:${n}`;
  }

  /** Records a posted message; returns its sequence number. */
  async add(requestId: string, copy: MessageCopy): Promise<number> {
    const known = await this.list(requestId);
    const n = await this.#sequence(requestId).claim(copy, { after: known.length });
    this.#remember(requestId, n, copy);
    return n;
  }

  /** Every message recorded for a request, in the order they were posted. */
  async list(requestId: string): Promise<NumberedCopy[]> {
    const known = [...(this.#known.get(requestId) ?? [])];
    for await (const { n, value } of this.#sequence(requestId).read(known.length + 1, page))
      known.push({ n, copy: value });
    this.#cache(requestId, known);
    return known;
  }

  #sequence(requestId: string): WriteOnceSequence<MessageCopy> {
    return new WriteOnceSequence<MessageCopy>(this.#store, (n) => MessageLog.key(requestId, n));
  }

  /** Claims the right to post the outcome under copy `n`: true once, for one caller in one process. */
  claimOutcome(requestId: string, n: number, at: string): Promise<boolean> {
    return this.#store.putIfAbsent(`slack:outcome:${requestId}:${n}`, { at });
  }

  /** Claims the right to post the requester's own copy of a new request: true once, however often the form is submitted. */
  claimRequesterCopy(requestId: string, at: string): Promise<boolean> {
    return this.#store.putIfAbsent(`slack:requester-copy:${requestId}`, { at });
  }

  #remember(requestId: string, n: number, copy: MessageCopy): void {
    const known = this.#known.get(requestId) ?? [];
    // Only a contiguous run is cached: a copy another process posted in between must still be read.
    if (n === known.length + 1) this.#cache(requestId, [...known, { n, copy }]);
  }

  #cache(requestId: string, copies: NumberedCopy[]): void {
    this.#known.delete(requestId);
    this.#known.set(requestId, copies);
    if (this.#known.size > maxCachedRequests) this.#known.delete(this.#known.keys().next().value!);
  }
}
