import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/adapters/answerer.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ApprovalService } from '../../../src/core/approvals/approval-service.ts';
import type { Notification } from '../../../src/core/approvals/notifications.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import type { RequestView } from '../../../src/core/approvals/request-view.ts';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { Conversation, type Notifier } from '../../../src/core/conversation/conversation.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';
import { allsortsAnswers, RecordingNotifier, shippedCorpus } from '../../support/conversation-fixture.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });
const sam = { org: 'allsorts', person: pg('sam') };
const alex = { org: 'allsorts', person: pg('alex') };

/** A notifier that holds every delivery until released: a slow platform. */
class GatedNotifier implements Notifier {
  readonly started: string[] = [];
  #release!: () => void;
  readonly #gate = new Promise<void>((resolve) => (this.#release = resolve));

  async deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    this.started.push(...notifications.map((n) => n.kind), ...changed.map(() => 'redraw'));
    await this.#gate;
  }

  release(): void {
    this.#release();
  }
}

/** One bot process over a shared store: its own service (delivery tracked, as the app runs it) and conversation. */
async function process_(
  corpus: Corpus,
  store: RecordStore,
  clock: ManualClock,
  notifier: Notifier,
  trackDeliveries = true,
) {
  const approvals = new ApprovalService({
    corpus,
    store,
    clock,
    trackDeliveries,
    newId: (() => {
      let n = 0;
      return () => `req-${clock.now().getTime()}-${++n}`;
    })(),
  });
  await approvals.openStore();
  const errors: unknown[] = [];
  const conversation = new Conversation({
    corpus,
    answerer: createAnswerer(corpus),
    approvals,
    store,
    clock,
    notifier,
    newId: () => 'ans',
    onDeliveryError: (error) => errors.push(error),
  });
  return { approvals, conversation, errors };
}

describe('notifications through the outbox, in the background', () => {
  it('a command returns once its records are durable, before a slow platform has delivered; the event is marked delivered after', async () => {
    const corpus = await shippedCorpus();
    const store = new MemoryRecordStore();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    const notifier = new GatedNotifier();
    const { conversation } = await process_(corpus, store, clock, notifier);

    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const id = submitted.request.id;
    // Returned with the delivery still held: the request is recorded, nothing is marked delivered yet.
    expect(notifier.started).toContain('approval-needed');
    expect(await store.get(`request:${id}`)).toBeDefined();
    expect(await store.get(`delivered:allsorts:submitted:${id}`)).toBeUndefined();

    // A decision on the same request is recorded too, while the first delivery still waits (its delivery queues behind).
    const decided = await conversation.handleAction(alex, ActionId.approve, { request: id });
    expect(decided[0]).toMatchObject({ tone: 'success' });
    expect(notifier.started.filter((kind) => kind === 'decided')).toEqual([]);

    notifier.release();
    await conversation.delivered(id);
    expect(notifier.started).toContain('decided');
    expect(await store.get(`delivered:allsorts:submitted:${id}`)).toMatchObject({ at: expect.any(String) });
    expect(await store.get(`delivered:allsorts:outcome:${id}`)).toMatchObject({ at: expect.any(String) });
  });

  it('a process that stopped before delivering: the next process’s clock delivers once the event is 30 s old, once', async () => {
    const corpus = await shippedCorpus();
    const store = new MemoryRecordStore();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    // The first process records the request and the decision, then stops before any delivery lands.
    const first = await process_(corpus, store, clock, new GatedNotifier());
    const submitted = await first.conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    await first.conversation.handleAction(alex, ActionId.approve, { request: submitted.request.id });

    const notifier = new RecordingNotifier();
    const next = await process_(corpus, store, clock, notifier);
    // Younger than 30 s: its own process may still be delivering it.
    clock.advance(10_000);
    await next.conversation.tick();
    expect(notifier.notifications).toEqual([]);

    clock.advance(30_000);
    await next.conversation.tick();
    // The outcome is what stands: the requester hears the decision, the other approver who decided
    // (no approval-needed for a request already decided).
    expect(notifier.notifications.map((n) => n.kind).sort()).toEqual(['decided', 'decided-by-other']);
    expect(notifier.notifications.find((n) => n.kind === 'decided')!.to).toEqual(pg('sam'));
    expect(notifier.deliveries.flatMap((d) => d.changed.map((view) => view.status))).toEqual(['approved']);
    expect(await store.get(`delivered:allsorts:outcome:${submitted.request.id}`)).toBeDefined();

    await next.conversation.tick();
    expect(notifier.notifications).toHaveLength(2);
  });

  it('a delivery that throws stays unmarked, and the clock delivers it again', async () => {
    const corpus = await shippedCorpus();
    const store = new MemoryRecordStore();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    let failing = true;
    const delivered: string[] = [];
    const notifier: Notifier = {
      async deliver(notifications) {
        if (failing) throw new Error('the platform is down');
        delivered.push(...notifications.map((n) => n.kind));
      },
    };
    const { conversation, errors } = await process_(corpus, store, clock, notifier);
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.delivered(submitted.request.id);
    expect(errors).toHaveLength(1);
    expect(await store.get(`delivered:allsorts:submitted:${submitted.request.id}`)).toBeUndefined();

    failing = false;
    clock.advance(31_000);
    await conversation.tick();
    expect(delivered.sort()).toEqual(['approval-needed', 'approval-needed']);
    expect(await store.get(`delivered:allsorts:submitted:${submitted.request.id}`)).toBeDefined();
  });

  it('events from before the store tracked deliveries are never delivered again', async () => {
    const corpus = await shippedCorpus();
    const store = new MemoryRecordStore();
    const clock = new ManualClock('2026-03-02T09:00:00Z');
    // An older deployment delivered in the command and wrote no markers.
    const old = await process_(corpus, store, clock, new RecordingNotifier(), false);
    const submitted = await old.conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    expect(submitted.ok).toBe(true);

    clock.advance(60_000);
    const notifier = new RecordingNotifier();
    const upgraded = await process_(corpus, store, clock, notifier);
    clock.advance(60_000);
    await upgraded.conversation.tick();
    expect(notifier.notifications).toEqual([]);
  });
});
