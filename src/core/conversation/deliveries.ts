import type { FollowUpEvent } from '../approvals/approval-types.ts';
import type { Notification } from '../approvals/notifications.ts';
import type { RequestView } from '../approvals/request-view.ts';
import { KeyedQueue } from '../records/keyed-queue.ts';

/** One batch of follow-up work: notifications to send, requests to redraw, and the events they follow up. */
export interface DeliveryBatch {
  readonly notifications: readonly Notification[];
  readonly changed: readonly RequestView[];
  readonly events: readonly FollowUpEvent[];
}

/** What the deliveries need: where notifications go, and where their events are marked delivered. */
export interface DeliveriesOptions {
  readonly deliver: (notifications: readonly Notification[], changed: readonly RequestView[]) => Promise<void>;
  readonly markDelivered: (events: readonly FollowUpEvent[]) => Promise<void>;
  /** Called with a delivery that threw (its events stay unmarked, so the clock's outbox work delivers them later). */
  readonly onError: (error: unknown, requestId: string) => void;
}

/**
 * Delivers notifications in the background, after the command that caused them has returned:
 * commands answer once their records are durable, and no platform's delivery (a slow Teams
 * connector, Slack's rate limits) holds up a reply on any platform. Each request's batches go one
 * after another (KeyedQueue), so a redraw never overtakes a newer one; different requests go at
 * once. A batch delivered is marked (the outbox's `delivered:` markers); one that fails, or whose
 * process stops first, is left unmarked, and the clock's work of whichever process is free
 * delivers it once it is old enough.
 */
export class Deliveries {
  readonly #options: DeliveriesOptions;
  readonly #queue = new KeyedQueue();

  constructor(options: DeliveriesOptions) {
    this.#options = options;
  }

  /** Queues a batch and returns at once; the promise settles when it is delivered (or failed, logged). */
  send(batch: DeliveryBatch): Promise<void> {
    const byRequest = new Map<
      string,
      { notifications: Notification[]; changed: RequestView[]; events: FollowUpEvent[] }
    >();
    const of = (requestId: string) => {
      let found = byRequest.get(requestId);
      if (!found) {
        found = { notifications: [], changed: [], events: [] };
        byRequest.set(requestId, found);
      }
      return found;
    };
    for (const view of batch.changed) of(view.id).changed.push(view);
    for (const notification of batch.notifications) of(notification.requestId).notifications.push(notification);
    for (const event of batch.events) of(event.requestId).events.push(event);
    return Promise.all(
      [...byRequest].map(([requestId, work]) =>
        this.#queue.run(requestId, async () => {
          try {
            if (work.notifications.length || work.changed.length)
              await this.#options.deliver(work.notifications, work.changed);
            if (work.events.length) await this.#options.markDelivered(work.events);
          } catch (error) {
            this.#options.onError(error, requestId);
          }
        }),
      ),
    ).then(() => undefined);
  }

  /** Resolves once everything queued for this request so far is delivered (for a platform that wants to wait, within its own time). */
  delivered(requestId: string): Promise<void> {
    return this.#queue.run(requestId, async () => undefined);
  }

  /** Resolves once every queued batch is delivered (at stop, before the store closes). */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /** How many requests have deliveries queued or running. */
  get pending(): number {
    return this.#queue.busy;
  }
}
