import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Corpus } from '../policy/corpus.ts';
import {
  approverNotifications,
  notification,
  outcomeNotifications,
  toKeys,
  toRequester,
  toRoles,
} from './addressing.ts';
import type { FollowUpEvent, TickResult } from './approval-types.ts';
import { type AuditLog, firstAppend, retryAppend } from './audit-log.ts';
import { keys } from './keys.ts';
import type { Notification } from './notifications.ts';
import type { DeliveryLedger } from './outbox.ts';
import { ballotsOf, type Outcomes, voteRules } from './outcomes.ts';
import type { Clock, RecordStore } from './ports.ts';
import { auditEventOf, eventIdOf, itemAt, type RecordedItem, recordedItems } from './recorded-events.ts';
import type { ClockEventRecord, OutcomeRecord } from './records.ts';
import type { RequestRepository } from './request-repository.ts';
import { deciderRoles, deriveView, lapseTime, type RequestRecords, type RequestView } from './request-view.ts';
import type { StoreEpoch } from './store-epoch.ts';
import { finalVoteOutcome } from './votes.ts';

/** What one tick collects: the notifications, the requests whose messages changed, the events to mark delivered. */
interface TickOutput {
  readonly notifications: Notification[];
  readonly changed: RequestView[];
  readonly events: FollowUpEvent[];
}

/**
 * The clock's work, run by every process (the app calls `tick()` every minute or so): each event
 * is claimed with a write-once key, so several processes ticking together do each once. Walks
 * each organisation's request index from a cursor that never passes a request with work left.
 */
export class ClockWork {
  readonly #corpus: Corpus;
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #repo: RequestRepository;
  readonly #audit: AuditLog;
  readonly #epoch: StoreEpoch;
  readonly #outcomes: Outcomes;
  readonly #maxReminders: number;
  readonly #completeAfterMs: number;
  readonly #deliveries: DeliveryLedger | undefined;
  readonly #tickFrom = new Map<string, number>();

  constructor(options: {
    corpus: Corpus;
    store: RecordStore;
    clock: Clock;
    repository: RequestRepository;
    audit: AuditLog;
    epoch: StoreEpoch;
    outcomes: Outcomes;
    maxReminders: number;
    completeAfterMs: number;
    deliveries?: DeliveryLedger;
  }) {
    this.#corpus = options.corpus;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#repo = options.repository;
    this.#audit = options.audit;
    this.#epoch = options.epoch;
    this.#outcomes = options.outcomes;
    this.#maxReminders = options.maxReminders;
    this.#completeAfterMs = options.completeAfterMs;
    this.#deliveries = options.deliveries;
  }

  /**
   * Does what time demands, once across every process sharing the store: reminders after
   * `remindAfter`, escalation after `escalateAfter`, expiry after `expireAfter`, a vote's close at
   * the window's end (quorum checked, tie rule applied), and a granted permission's lapse.
   */
  async tick(): Promise<TickResult> {
    // A store reset under this process: its cursors are stale, and the clock must not write.
    await this.#epoch.check();
    const notifications: Notification[] = [];
    const requests: RequestView[] = [];
    const events: FollowUpEvent[] = [];
    const now = this.#clock.now();
    const tracking = this.#deliveries?.opened ?? false;
    for (const [org, orgCorpus] of this.#corpus.organisations) {
      const organisation = orgCorpus.organisation;
      let cursor = this.#tickFrom.get(org) ?? 1;
      let contiguousDone = true;
      for await (const { n, records, audited, delivered } of this.#repo.walk(org, cursor, true, tracking)) {
        // A request still being written is not done: the cursor must not pass it. Nor is one with a record not yet audited or delivered.
        const complete = records
          ? await this.#complete(organisation, records, audited!, delivered, now, {
              notifications,
              changed: requests,
              events,
            })
          : false;
        const done = records
          ? (await this.#tickRequest(organisation, records, now, { notifications, changed: requests, events })) &&
            complete
          : false;
        if (contiguousDone && done) cursor = n + 1;
        else contiguousDone = false;
      }
      this.#tickFrom.set(org, cursor);
    }
    return { notifications, requests, events };
  }

  /** Handles one request for tick(); true when nothing more can ever happen to it. */
  async #tickRequest(
    organisation: Organisation,
    records: RequestRecords,
    now: Date,
    out: TickOutput,
  ): Promise<boolean> {
    this.#epoch.assertCurrent();
    const { notifications, changed } = out;
    const { request } = records;
    const followUp = (item: RecordedItem): void =>
      void out.events.push({ org: request.org, requestId: request.id, eventId: eventIdOf(request.id, item) });
    const route = request.flow.route;
    const elapsed = now.getTime() - Date.parse(request.submittedAt);

    if (records.outcome) {
      const lapsesAt = lapseTime(records);
      if (lapsesAt === undefined) return true;
      if (records.lapse) return true;
      if (now.getTime() < lapsesAt) return false;
      const lapse: ClockEventRecord = {
        v: 1,
        requestId: request.id,
        at: now.toISOString(),
        to: [request.requester.key],
      };
      if (await this.#store.putIfAbsent(keys.lapse(request.id), lapse)) {
        await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'lapse', lapse, lapsesAt }));
        followUp({ kind: 'lapse', lapse, lapsesAt });
        const view = deriveView({ ...records, lapse }, now);
        notifications.push(...toRequester(organisation, request, { kind: 'lapsed', view, messageUpdate: true }));
        changed.push(view);
      }
      return true;
    }

    if (route.kind === 'vote') {
      const settled =
        elapsed >= route.window
          ? finalVoteOutcome(ballotsOf(records), voteRules(request))
          : this.#outcomes.settled(records);
      if (settled) {
        const closed = await this.#outcomes.closeVote(records, settled);
        if (closed) {
          notifications.push(...closed.notifications);
          changed.push(closed.request);
          out.events.push(...closed.events);
        }
        return true;
      }
    } else if (route.expireAfter !== undefined && elapsed >= route.expireAfter) {
      const outcome: OutcomeRecord = {
        v: 1,
        requestId: request.id,
        status: 'expired',
        at: now.toISOString(),
        reason: 'expire-after',
        auditFloor: await this.#audit.floor(request.org),
      };
      if (await this.#outcomes.claim(outcome)) {
        await this.#audit.append(
          auditEventOf(this.#corpus, request, { kind: 'outcome', outcome }),
          firstAppend(outcome),
        );
        followUp({ kind: 'outcome', outcome });
        const view = deriveView({ ...records, outcome }, now);
        notifications.push(...outcomeNotifications(organisation, view, request, outcome, []));
        changed.push(view);
      }
      return lapseTime({ request, outcome }) === undefined;
    }

    if (
      route.kind === 'single' &&
      route.escalateAfter !== undefined &&
      route.escalateTo &&
      !records.escalation &&
      elapsed >= route.escalateAfter
    ) {
      const escalation: ClockEventRecord = { v: 1, requestId: request.id, at: now.toISOString(), to: route.escalateTo };
      if (await this.#store.putIfAbsent(keys.escalation(request.id), escalation)) {
        await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'escalation', escalation }));
        followUp({ kind: 'escalation', escalation });
        const view = deriveView({ ...records, escalation }, now);
        notifications.push(
          ...toRoles(organisation, route.escalateTo, [request.requester.key], {
            kind: 'escalated',
            view,
            messageUpdate: true,
          }),
        );
        changed.push(view);
      }
    }

    const next = records.reminders.length + 1;
    if (route.remindAfter !== undefined && next <= this.#maxReminders && elapsed >= next * route.remindAfter) {
      const voted = new Set(records.votes.map((vote) => vote.voter.key));
      const targets =
        route.kind === 'vote'
          ? request.electorate!.voters.filter((key) => !voted.has(key))
          : deciderRoles(route, records.escalation !== undefined);
      const reminder: ClockEventRecord = { v: 1, requestId: request.id, at: now.toISOString(), to: targets };
      if (await this.#store.putIfAbsent(keys.reminder(request.id, next), reminder)) {
        await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'reminder', n: next, reminder }));
        followUp({ kind: 'reminder', n: next, reminder });
        const view = deriveView({ ...records, reminders: [...records.reminders, reminder] }, now);
        const spec = { kind: 'reminder' as const, view, messageUpdate: false, reminder: next };
        notifications.push(
          ...(route.kind === 'vote'
            ? toKeys(organisation, targets, spec, [route.body])
            : toRoles(organisation, targets, [request.requester.key], spec)),
        );
      }
    }
    return false;
  }

  /**
   * The outbox: finishes the follow-up work of every record of a request that has no audit entry,
   * or (with deliveries tracked) whose notifications were never marked delivered, and is older than
   * `completeAfterMs` (its process stopped between the record and its audit or its delivery: a
   * vote settled, an outcome the clock claimed, a decision never retried, a command whose process
   * died before its background delivery). A missing entry is appended (once, whatever else is doing
   * the same), and the notifications the record should have sent are returned with the clock's,
   * with the event to mark delivered. True when every record of the request is done.
   */
  async #complete(
    organisation: Organisation,
    records: RequestRecords,
    audited: ReadonlySet<string>,
    delivered: ReadonlySet<string> | undefined,
    now: Date,
    out: TickOutput,
  ): Promise<boolean> {
    const { request } = records;
    let complete = true;
    let touched = false;
    for (const item of recordedItems(records)) {
      const eventId = eventIdOf(request.id, item);
      const at = itemAt(request, item);
      const toDeliver = delivered !== undefined && !delivered.has(eventId) && this.#deliveries!.tracks(at);
      if (audited.has(eventId) && !toDeliver) continue;
      if (now.getTime() - Date.parse(at) < this.#completeAfterMs) {
        complete = false;
        continue;
      }
      if (!audited.has(eventId)) {
        // A vote or an outcome keeps its own floor; the other records' first appends claimed theirs.
        const record = item.kind === 'vote' ? item.vote : item.kind === 'outcome' ? item.outcome : {};
        await this.#audit.append(auditEventOf(this.#corpus, request, item), retryAppend(record));
      }
      out.notifications.push(...this.#recoveredNotifications(organisation, records, item, now));
      out.events.push({ org: request.org, requestId: request.id, eventId });
      touched = true;
    }
    if (touched) out.changed.push(deriveView(records, now));
    return complete;
  }

  /** What a record would have told people had its process not stopped before announcing it. */
  #recoveredNotifications(
    organisation: Organisation,
    records: RequestRecords,
    item: RecordedItem,
    now: Date,
  ): Notification[] {
    const { request } = records;
    const route = request.flow.route;
    const view = deriveView(records, now);
    switch (item.kind) {
      case 'submitted':
        if (records.outcome) return [];
        return route.kind === 'single'
          ? toRoles(organisation, route.roles, [request.requester.key], {
              kind: 'approval-needed',
              view,
              messageUpdate: false,
            })
          : toKeys(organisation, request.electorate!.voters, { kind: 'vote-needed', view, messageUpdate: false }, [
              route.body,
            ]);
      case 'outcome': {
        const { outcome } = item;
        if (outcome.reason === 'withdrawn')
          return approverNotifications(organisation, view, request, 'withdrawn', [outcome.by!.key]);
        return outcomeNotifications(
          organisation,
          view,
          request,
          outcome,
          outcome.by && outcome.reason === 'decision' ? [outcome.by.key] : [],
        );
      }
      case 'vote':
        return route.kind === 'vote'
          ? [notification({ org: request.org, role: route.body }, 'tally-changed', view, true)]
          : [];
      case 'escalation':
        return records.outcome
          ? []
          : toRoles(organisation, item.escalation.to, [request.requester.key], {
              kind: 'escalated',
              view,
              messageUpdate: true,
            });
      case 'reminder': {
        if (records.outcome) return [];
        const spec = { kind: 'reminder' as const, view, messageUpdate: false, reminder: item.n };
        return route.kind === 'vote'
          ? toKeys(organisation, item.reminder.to, spec, [route.body])
          : toRoles(organisation, item.reminder.to, [request.requester.key], spec);
      }
      case 'lapse':
        return toRequester(organisation, request, { kind: 'lapsed', view, messageUpdate: true });
    }
  }
}
