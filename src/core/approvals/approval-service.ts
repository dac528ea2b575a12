import { randomBytes, randomUUID } from 'node:crypto';
import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Corpus } from '../policy/corpus.ts';
import { approverNotifications, notification, outcomeNotifications, toKeys, toRoles } from './addressing.ts';
import { validateAnswers } from './answers.ts';
import type {
  ApprovalError,
  ApprovalErrorCode,
  AvailableActions,
  CommandResult,
  FollowUpEvent,
  TickResult,
} from './approval-types.ts';
import type { AuditCheckpoint, AuditEntry } from './audit-chain.ts';
import { AuditLog, firstAppend, retryAppend } from './audit-log.ts';
import { type AuditVerification, AuditVerifier } from './audit-verification.ts';
import { ClockWork } from './clock-work.ts';
import type { Flow, VoteRoute } from './flow-schema.ts';
import { keys } from './keys.ts';
import { DeliveryLedger } from './outbox.ts';
import { Outcomes, organisationOf } from './outcomes.ts';
import { type Actor, type PersonRef, peopleWithRole, resolveActor } from './people.ts';
import type { Clock, RecordStore } from './ports.ts';
import { auditEvent, auditEventOf, eventIdOf, policyVersions, type RecordedItem } from './recorded-events.ts';
import type { ActorStamp, OutcomeRecord, RequestRecord, VoteRecord } from './records.ts';
import { RequestRepository } from './request-repository.ts';
import { deciderRoles, deriveView, type RequestRecords, type RequestStatus, type RequestView } from './request-view.ts';
import { maxCommentLength, requestIdPattern, voteLabels } from './rules.ts';
import { StoreEpoch } from './store-epoch.ts';
import { type VoteChoice, voteChoices } from './votes.ts';

export type {
  ApprovalError,
  ApprovalErrorCode,
  AvailableActions,
  CommandResult,
  CommandValue,
  FollowUpEvent,
  TickResult,
} from './approval-types.ts';
export type { AuditVerification } from './audit-verification.ts';

/** Settings for the approval service. */
export interface ApprovalServiceOptions {
  /** The validated policy corpus: flows, roles, people, document versions. */
  readonly corpus: Corpus;
  readonly store: RecordStore;
  readonly clock: Clock;
  /** Makes request ids; the default is `r-` and 12 random base-32 characters. */
  readonly newId?: () => string;
  /** Reminders sent at most per request (default 3): every `remindAfter`, until decided. */
  readonly maxReminders?: number;
  /**
   * How old (ms, by the clock) a record with no audit entry must be before the clock's work
   * completes it (default 30 s): younger, it may still be in flight in the process that wrote it.
   */
  readonly completeAfterMs?: number;
  /**
   * The audit key (AUDIT_KEY; in local mode a file beside the SQLite file), never kept in the store:
   * seals each new audit entry with an HMAC and signs checkpoints. Without it, entries are plain
   * SHA-256 hash-chained (v1), which whoever can write to the store can recompute.
   */
  readonly auditKey?: Uint8Array;
  /**
   * Track the delivery of notifications (the outbox's `delivered:` markers): the caller delivers
   * each command's notifications in the background and marks them (markDelivered); the clock's
   * work delivers those of records left unmarked for `completeAfterMs`. Off, a caller that
   * delivers in the command (the CLIs, tests of the core) never sees them again.
   */
  readonly trackDeliveries?: boolean;
}

/** The default maximum number of reminders per request. */
export const defaultMaxReminders = 3;

/** Makes a request id such as `r-k3m9q2xfa7bc`. */
export function newRequestId(): string {
  const alphabet = 'abcdefghjkmnpqrstvwxyz0123456789';
  return `r-${Array.from(randomBytes(12), (byte) => alphabet[byte % 32]).join('')}`;
}

const fail = (code: ApprovalErrorCode, message: string, extra: Partial<ApprovalError> = {}): CommandResult => ({
  ok: false,
  error: { code, message, ...extra },
});
const stamp = (actor: Actor, account: PersonRef): ActorStamp => ({ key: actor.key, name: actor.name, account });
const choiceLabel = (choice: VoteChoice): string => voteLabels[choice];
const followUp = (request: RequestRecord, item: RecordedItem): FollowUpEvent => ({
  org: request.org,
  requestId: request.id,
  eventId: eventIdOf(request.id, item),
});

/**
 * Runs permission requests for every organisation in the corpus: submission, single decisions,
 * board votes, withdrawal, and the clock's reminders, escalation, expiry and lapse. Every write is
 * a putIfAbsent of an immutable record, so several processes can share one store; state is
 * derived from the records on every read.
 *
 * @example
 * const service = new ApprovalService({ corpus, store, clock: systemClock });
 * const result = await service.submit({ org: 'allsorts', flowId: 'photos', requester: { platform: 'slack', userId: 'U1' }, answers });
 * if (result.ok) for (const n of result.value.notifications) deliver(n);
 */
export class ApprovalService {
  readonly #corpus: Corpus;
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #newId: () => string;
  readonly #maxReminders: number;
  readonly #audit: AuditLog;
  readonly #epoch: StoreEpoch;
  readonly #repo: RequestRepository;
  readonly #verification: AuditVerifier;
  readonly #outcomes: Outcomes;
  readonly #clockWork: ClockWork;
  readonly #deliveries: DeliveryLedger | undefined;

  constructor(options: ApprovalServiceOptions) {
    this.#corpus = options.corpus;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#newId = options.newId ?? newRequestId;
    this.#maxReminders = options.maxReminders ?? defaultMaxReminders;
    this.#epoch = new StoreEpoch(options.store, () => options.clock.now());
    this.#repo = new RequestRepository(options.store, this.#epoch, this.#maxReminders);
    // An audit entry follows a read of its request's records, which carried the epoch along: a fresh confirmation saves a read.
    this.#audit = new AuditLog(options.store, { beforeClaim: () => this.#epoch.checkRecent(), key: options.auditKey });
    this.#verification = new AuditVerifier({
      store: options.store,
      audit: this.#audit,
      repository: this.#repo,
      key: options.auditKey,
    });
    this.#outcomes = new Outcomes({
      corpus: options.corpus,
      store: options.store,
      clock: options.clock,
      repository: this.#repo,
      audit: this.#audit,
    });
    this.#deliveries = options.trackDeliveries ? new DeliveryLedger(options.store, options.clock) : undefined;
    this.#clockWork = new ClockWork({
      corpus: options.corpus,
      store: options.store,
      clock: options.clock,
      repository: this.#repo,
      audit: this.#audit,
      epoch: this.#epoch,
      outcomes: this.#outcomes,
      maxReminders: this.#maxReminders,
      completeAfterMs: options.completeAfterMs ?? 30_000,
      ...(this.#deliveries ? { deliveries: this.#deliveries } : {}),
    });
  }

  /**
   * Reads the store's epoch record, creating it on a new store: call once at start-up, so that a
   * store reset under this process (Redis restarted empty) is detected and every later write refused.
   * Commands open it themselves when this was not called.
   */
  async openStore(): Promise<void> {
    await this.#epoch.open();
    await this.#deliveries?.open();
  }

  /** Marks events' notifications delivered (they were handed to every platform): the outbox's work for them is done. */
  async markDelivered(events: readonly FollowUpEvent[]): Promise<void> {
    await this.#deliveries?.markDelivered(events);
  }

  /** Why this process refuses to write (the store was reset under it), or undefined when all is well: for /healthz. */
  async storeProblem(): Promise<string | undefined> {
    return this.#epoch.problem();
  }

  /** The flows an organisation offers, or undefined for an unknown organisation. */
  flows(org: string): readonly Flow[] | undefined {
    return this.#corpus.organisations.get(org)?.organisation.flows;
  }

  /** Every listed person holding `role` in `org`, with all their accounts: how a platform resolves a role notification. */
  peopleWithRole(org: string, role: string): Actor[] {
    const organisation = this.#corpus.organisations.get(org)?.organisation;
    return organisation ? peopleWithRole(organisation, role) : [];
  }

  /** Submits a request. Pass `requestId` (e.g. derived from the platform's form submission id) to make a retry idempotent. */
  async submit(input: {
    org: string;
    flowId: string;
    requester: PersonRef;
    answers: unknown;
    requestId?: string;
  }): Promise<CommandResult> {
    const orgCorpus = this.#corpus.organisations.get(input.org);
    if (!orgCorpus)
      return fail(
        'unknown_org',
        `There is no organisation "${input.org}". Known: ${[...this.#corpus.organisations.keys()].join(', ')}.`,
      );
    const flow = orgCorpus.flowById.get(input.flowId);
    if (!flow)
      return fail(
        'unknown_flow',
        `"${input.flowId}" is not a request ${orgCorpus.organisation.name} offers. Its requests are: ${orgCorpus.organisation.flows.map((f) => f.id).join(', ') || 'none'}.`,
      );
    const validated = validateAnswers(flow, input.answers, this.#clock.now());
    if (!validated.ok)
      return fail('invalid_answers', 'Some answers need fixing before the request can be sent.', {
        fieldErrors: validated.fieldErrors,
      });
    if (input.requestId !== undefined && !requestIdPattern.test(input.requestId)) {
      return fail('invalid_answers', 'The request id must be 6 to 64 lower-case letters, digits or hyphens.', {
        fieldErrors: { requestId: 'Use 6 to 64 lower-case letters, digits or hyphens.' },
      });
    }
    const organisation = orgCorpus.organisation;
    const requester = resolveActor(organisation, input.requester);
    const id = input.requestId ?? this.#newId();

    if (input.requestId !== undefined) {
      const existing = await this.#repo.loadRequest(id);
      if (existing) return this.#repeatSubmit(existing, requester);
    }
    const voters = flow.route.kind === 'vote' ? electorate(organisation, flow.route, requester.key) : undefined;
    if (flow.route.kind === 'vote' && voters!.voters.length < flow.route.quorum) {
      // A vote that can never reach its quorum would only wait for its window to end: say so now.
      return fail(
        'no_approver',
        `This request needs a vote of the ${flow.route.title ?? this.#roleTitles(organisation, [flow.route.body])} with a quorum of ${flow.route.quorum}, but only ${voters!.voters.length} member(s) who may vote on it are listed in organisation.yaml. Ask your administrator to list the members and their accounts.`,
      );
    }

    const now = this.#clock.now().toISOString();
    const record: RequestRecord = {
      v: 1,
      id,
      org: input.org,
      flow,
      requester: stamp(requester, input.requester),
      answers: validated.answers,
      submittedAt: now,
      clauses: flow.clauses.map((ref) => `${ref.document}#${ref.clause}`),
      policyVersions: policyVersions(orgCorpus, flow),
      ...(voters ? { electorate: voters } : {}),
    };
    // Index first, then the record: a crash in between leaves an index entry that listing skips, never an unlisted request.
    await this.#repo.index(input.org).claim(id);
    if (!(await this.#store.putIfAbsent(keys.request(id), record))) {
      const existing = await this.#repo.loadRequest(id);
      if (existing) return this.#repeatSubmit(existing, requester);
    }
    this.#repo.cacheRequest(record);
    await this.#audit.append(auditEventOf(this.#corpus, record, { kind: 'submitted' }));

    const view = deriveView({ request: record, votes: [], reminders: [] }, this.#clock.now());
    const notifications =
      flow.route.kind === 'single'
        ? toRoles(organisation, flow.route.roles, [requester.key], {
            kind: 'approval-needed',
            view,
            messageUpdate: false,
          })
        : toKeys(organisation, record.electorate!.voters, { kind: 'vote-needed', view, messageUpdate: false }, [
            flow.route.body,
          ]);
    return { ok: true, value: { request: view, notifications, events: [followUp(record, { kind: 'submitted' })] } };
  }

  /** Approves or declines a single-decision request; the first decision wins, a second click is harmless. */
  async decide(input: {
    org?: string;
    requestId: string;
    actor: PersonRef;
    decision: 'approve' | 'decline';
    comment?: string;
  }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    const route = request.flow.route;
    if (route.kind !== 'single')
      return fail(
        'not_a_decider',
        `This request is decided by a vote of the ${route.title ?? route.body}: vote instead.`,
        { request: view },
      );
    if (actor.key === request.requester.key)
      return fail('own_request', 'You cannot decide your own request.', { request: view });
    const deciders = deciderRoles(route, loaded.escalation !== undefined);
    if (!actor.roles.some((role) => deciders.includes(role))) {
      return fail('not_a_decider', `Only ${this.#roleTitles(organisation, deciders)} can decide this request.`, {
        request: view,
      });
    }
    if (loaded.outcome) return this.#alreadyDecided(loaded, actor, view);
    if (input.decision !== 'approve' && input.decision !== 'decline')
      return fail('invalid_answers', 'Choose approve or decline.', {
        fieldErrors: { decision: 'Choose approve or decline.' },
        request: view,
      });
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });
    const comment = input.comment?.trim() ?? '';
    if (comment.length > maxCommentLength)
      return fail('invalid_answers', `Keep the comment to ${maxCommentLength} characters or fewer.`, {
        fieldErrors: { comment: `Keep this to ${maxCommentLength} characters or fewer.` },
        request: view,
      });

    const outcome: OutcomeRecord = {
      v: 1,
      requestId: request.id,
      status: input.decision === 'approve' ? 'approved' : 'declined',
      at: this.#clock.now().toISOString(),
      by: stamp(actor, input.actor),
      ...(comment ? { comment } : {}),
      reason: 'decision',
      auditFloor: await this.#audit.floor(request.org),
    };
    if (!(await this.#outcomes.claim(outcome))) {
      const reloaded = (await this.#repo.load(request.id))!;
      return this.#alreadyDecided(reloaded, actor, deriveView(reloaded, this.#clock.now()));
    }
    await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'outcome', outcome }), firstAppend(outcome));
    const after = deriveView({ ...loaded, outcome }, this.#clock.now());
    return {
      ok: true,
      value: {
        request: after,
        notifications: outcomeNotifications(organisation, after, request, outcome, [actor.key]),
        events: [followUp(request, { kind: 'outcome', outcome })],
      },
    };
  }

  /** Casts a board member's vote. A vote is final once cast; the vote is decided as soon as its outcome cannot change. */
  async vote(input: { org?: string; requestId: string; actor: PersonRef; choice: VoteChoice }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    const route = request.flow.route;
    if (route.kind !== 'vote' || !request.electorate)
      return fail('not_a_voter', 'This request is decided by one approver, not by a vote.', { request: view });
    if (actor.key === request.requester.key)
      return fail('own_request', 'You cannot vote on your own request.', { request: view });
    if (!request.electorate.voters.includes(actor.key)) {
      return fail(
        'not_a_voter',
        `Only members of the ${route.title ?? this.#roleTitles(organisation, [route.body])} when the request was made can vote on it.`,
        { request: view },
      );
    }
    if (!voteChoices.includes(input.choice))
      return fail('invalid_answers', 'Vote for, against or abstain.', {
        fieldErrors: { choice: 'Vote for, against or abstain.' },
        request: view,
      });
    const existingVote = loaded.votes.find((vote) => vote.voter.key === actor.key);
    if (existingVote) return this.#alreadyVoted(request, existingVote, input, view);
    if (loaded.outcome) return this.#alreadyDecided(loaded, actor, view);
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });

    // The vote carries the audit log's head as its floor: its entry can only come after it, so the busiest command needs no separate audit claim.
    const auditFloor = await this.#audit.floor(request.org);
    const vote: VoteRecord = {
      v: 1,
      requestId: request.id,
      voter: stamp(actor, input.actor),
      choice: input.choice,
      at: this.#clock.now().toISOString(),
      auditFloor,
    };
    if (!(await this.#store.putIfAbsent(keys.vote(request.id, actor.key), vote))) {
      const other = await this.#store.get<VoteRecord>(keys.vote(request.id, actor.key));
      return this.#alreadyVoted(request, other ?? vote, input, view);
    }
    // Re-reading the votes needs only this vote written, not its audit entry: do both at once.
    const [, reloaded] = await Promise.all([
      this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'vote', vote }), firstAppend(vote)),
      this.#repo.load(request.id),
    ]);
    const after = reloaded!;
    const settled = this.#outcomes.settled(after);
    if (settled) {
      const claimed = await this.#outcomes.closeVote(after, settled);
      // The outcome's notifications redraw every copy of the vote too: they follow up the vote as well.
      if (claimed)
        return {
          ok: true,
          value: { ...claimed, events: [followUp(request, { kind: 'vote', vote }), ...claimed.events] },
        };
    }
    const afterView = deriveView(after, this.#clock.now());
    return {
      ok: true,
      value: {
        request: afterView,
        notifications: [notification({ org: request.org, role: route.body }, 'tally-changed', afterView, true)],
        events: [followUp(request, { kind: 'vote', vote })],
      },
    };
  }

  /** Withdraws a pending request: only its requester can. */
  async withdraw(input: { org?: string; requestId: string; actor: PersonRef }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    if (actor.key !== request.requester.key)
      return fail('not_requester', 'Only the person who made a request can withdraw it.', { request: view });
    if (loaded.outcome)
      return fail('not_pending', `This request is already ${view.status}: only a pending request can be withdrawn.`, {
        request: view,
      });
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });
    const outcome: OutcomeRecord = {
      v: 1,
      requestId: request.id,
      status: 'withdrawn',
      at: this.#clock.now().toISOString(),
      by: stamp(actor, input.actor),
      reason: 'withdrawn',
      auditFloor: await this.#audit.floor(request.org),
    };
    if (!(await this.#outcomes.claim(outcome))) {
      const reloaded = (await this.#repo.load(request.id))!;
      const current = deriveView(reloaded, this.#clock.now());
      if (reloaded.outcome?.status === 'withdrawn' && reloaded.outcome.by?.key === actor.key)
        return { ok: true, value: { request: current, notifications: [], events: [] } };
      return fail(
        'not_pending',
        `This request is already ${current.status}: only a pending request can be withdrawn.`,
        { request: current },
      );
    }
    await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'outcome', outcome }), firstAppend(outcome));
    const after = deriveView({ ...loaded, outcome }, this.#clock.now());
    return {
      ok: true,
      value: {
        request: after,
        notifications: approverNotifications(organisation, after, request, 'withdrawn', [actor.key]),
        events: [followUp(request, { kind: 'outcome', outcome })],
      },
    };
  }

  /**
   * A request as it now stands, or undefined when there is none with this id. With `scope.org`
   * (the organisation of whoever asks), a request of another organisation is undefined too.
   */
  async getRequest(id: string, scope: OrgScope = {}): Promise<RequestView | undefined> {
    const loaded = await this.#repo.load(id);
    if (!loaded || !inScope(loaded.request, scope)) return undefined;
    return deriveView(loaded, this.#clock.now());
  }

  /** Every request of an organisation in submission order, optionally only those with one status. */
  async listRequests(input: { org: string; status?: RequestStatus }): Promise<RequestView[]> {
    const views: RequestView[] = [];
    for await (const { records } of this.#repo.walk(input.org, 1)) {
      if (!records) continue;
      const view = deriveView(records, this.#clock.now());
      if (!input.status || view.status === input.status) views.push(view);
    }
    return views;
  }

  /** Pending requests this person can act on now: decide (their role, not their own) or vote (not yet voted). */
  async listAwaiting(input: { org: string; person: PersonRef }): Promise<RequestView[]> {
    const organisation = this.#corpus.organisations.get(input.org)?.organisation;
    if (!organisation) return [];
    const views: RequestView[] = [];
    for await (const { records } of this.#repo.walk(input.org, 1)) {
      if (!records || records.outcome) continue;
      const actions = this.#actions(organisation, records, input.person);
      if (actions.decide || actions.vote) views.push(deriveView(records, this.#clock.now()));
    }
    return views;
  }

  /** Requests this person made, newest last. */
  async listMine(input: { org: string; person: PersonRef }): Promise<RequestView[]> {
    const organisation = this.#corpus.organisations.get(input.org)?.organisation;
    if (!organisation) return [];
    const key = resolveActor(organisation, input.person).key;
    const views: RequestView[] = [];
    for await (const { records } of this.#repo.walk(input.org, 1)) {
      if (records?.request.requester.key === key) views.push(deriveView(records, this.#clock.now()));
    }
    return views;
  }

  /** What this person may do with the request now (buttons to show); nothing for a request of another organisation than `scope.org`. */
  async actionsFor(requestId: string, person: PersonRef, scope: OrgScope = {}): Promise<AvailableActions> {
    const loaded = await this.#repo.load(requestId);
    const organisation =
      loaded && inScope(loaded.request, scope) && this.#corpus.organisations.get(loaded.request.org)?.organisation;
    if (!loaded || !organisation) return { decide: false, vote: false, withdraw: false };
    return this.#actions(organisation, loaded, person);
  }

  /**
   * Does what time demands, once across every process sharing the store: reminders after
   * `remindAfter`, escalation after `escalateAfter`, expiry after `expireAfter`, a vote's close at
   * the window's end (quorum checked, tie rule applied), a granted permission's lapse, and the
   * follow-up work of records whose process stopped before finishing it (see clock-work.ts).
   */
  async tick(): Promise<TickResult> {
    return this.#clockWork.tick();
  }

  /**
   * Checks an organisation's audit record both ways: the chain; every audited event has its record,
   * unchanged, and every submission is in the index; every record has its audit entry. See
   * audit-verification.ts.
   */
  async verifyAudit(org: string): Promise<AuditVerification> {
    return this.#verification.verifyAudit(org);
  }

  /** A signed checkpoint of an organisation's log as it stands, to publish where the store cannot rewrite it (needs the audit key). */
  async checkpoint(org: string): Promise<AuditCheckpoint | undefined> {
    return this.#verification.checkpoint(org, this.#clock.now());
  }

  /** Proves the log still extends each published checkpoint of `org` (needs the audit key). */
  async verifyCheckpoints(
    org: string,
    checkpoints: readonly AuditCheckpoint[],
  ): Promise<{ ok: boolean; checked: number; problem?: string }> {
    return this.#verification.verifyCheckpoints(org, checkpoints);
  }

  /** Every audit entry of an organisation, oldest first. */
  async auditEntries(org: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for await (const entry of this.#audit.entries(org)) entries.push(entry);
    return entries;
  }

  // ----- commands' shared steps -----

  async #repeatSubmit(existing: RequestRecord, requester: Actor): Promise<CommandResult> {
    const loaded = (await this.#repo.load(existing.id))!;
    const view = deriveView(loaded, this.#clock.now());
    if (existing.requester.key !== requester.key)
      return fail('not_requester', 'A different request already has this id.', {});
    // A retry of a submission whose first attempt stopped before its audit entry completes it.
    await this.#audit.ensure(auditEventOf(this.#corpus, existing, { kind: 'submitted' }));
    return { ok: true, value: { request: view, notifications: [], events: [] } };
  }

  async #alreadyDecided(loaded: RequestRecords, actor: Actor, view: RequestView): Promise<CommandResult> {
    const outcome = loaded.outcome!;
    if (outcome.by?.key === actor.key && outcome.reason === 'decision') {
      await this.#audit.ensure(
        auditEventOf(this.#corpus, loaded.request, { kind: 'outcome', outcome }),
        retryAppend(outcome),
      );
    }
    const who =
      outcome.by && outcome.status !== 'withdrawn'
        ? ` by ${outcome.by.key === actor.key ? 'you' : outcome.by.name}`
        : '';
    return fail('already_decided', `This request was already ${outcome.status}${who}.`, { request: view });
  }

  async #alreadyVoted(
    request: RequestRecord,
    existing: VoteRecord,
    input: { actor: PersonRef; choice: VoteChoice },
    view: RequestView,
  ): Promise<CommandResult> {
    await this.#audit.ensure(
      auditEventOf(this.#corpus, request, { kind: 'vote', vote: existing }),
      retryAppend(existing),
    );
    if (existing.choice === input.choice)
      return fail('already_voted', `You already voted ${choiceLabel(existing.choice)}.`, { request: view });
    // Votes are final once cast; an attempt to change one is refused and audited.
    await this.#audit.append(
      auditEvent(
        this.#corpus,
        request,
        'vote-change-refused',
        `votechange:${request.id}:${existing.voter.key}:${randomUUID()}`,
        this.#clock.now().toISOString(),
        input.actor,
        { existing: existing.choice, attempted: input.choice },
      ),
    );
    return fail(
      'already_voted',
      `You already voted ${choiceLabel(existing.choice)}, and a vote cannot be changed once cast.`,
      { request: view },
    );
  }

  /** What every command on a request starts from: its records, organisation, the acting person and the current view. */
  async #begin(
    requestId: string,
    account: PersonRef,
    org: string | undefined,
  ): Promise<
    | {
        ok: true;
        loaded: RequestRecords;
        request: RequestRecord;
        organisation: Organisation;
        actor: Actor;
        view: RequestView;
      }
    | { ok: false; result: CommandResult }
  > {
    const loaded = await this.#repo.load(requestId);
    // Another organisation's request is, to this speaker, no request at all: no view, no answers, none of its roles.
    if (!loaded || !inScope(loaded.request, { org })) return { ok: false, result: this.#unknown(requestId) };
    this.#epoch.assertCurrent();
    const organisation = organisationOf(this.#corpus, loaded.request.org);
    return {
      ok: true,
      loaded,
      request: loaded.request,
      organisation,
      actor: resolveActor(organisation, account),
      view: deriveView(loaded, this.#clock.now()),
    };
  }

  #unknown(id: string): CommandResult {
    return fail('unknown_request', `There is no request "${id}". Check the id.`);
  }

  /**
   * Why a request still without an outcome takes no more decisions, votes or withdrawals: its
   * vote window or its expireAfter has passed. The next tick() records how it ended and tells everyone.
   */
  #closedByTime(request: RequestRecord): string | undefined {
    const route = request.flow.route;
    const limit = route.kind === 'vote' ? route.window : route.expireAfter;
    if (limit === undefined) return undefined;
    const end = Date.parse(request.submittedAt) + limit;
    if (this.#clock.now().getTime() < end) return undefined;
    return route.kind === 'vote'
      ? `Voting on this request closed at ${new Date(end).toISOString()}.`
      : `This request expired at ${new Date(end).toISOString()} without a decision.`;
  }

  // ----- who may do what -----

  #roleTitles(organisation: Organisation, roles: readonly string[]): string {
    const titles = roles.map((role) => organisation.roles[role]?.title ?? role);
    return titles.length <= 1
      ? (titles[0] ?? 'the named approver')
      : `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}`;
  }

  #actions(organisation: Organisation, records: RequestRecords, person: PersonRef): AvailableActions {
    const actor = resolveActor(organisation, person);
    const { request } = records;
    const route = request.flow.route;
    const pending = !records.outcome;
    const own = actor.key === request.requester.key;
    const myVote = records.votes.find((vote) => vote.voter.key === actor.key)?.choice;
    const decide =
      pending &&
      !own &&
      route.kind === 'single' &&
      actor.roles.some((role) => deciderRoles(route, records.escalation !== undefined).includes(role));
    const vote =
      pending && !own && route.kind === 'vote' && !myVote && (request.electorate?.voters.includes(actor.key) ?? false);
    return { decide, vote, withdraw: pending && own, ...(myVote ? { myVote } : {}) };
  }
}

/** Whose view a query or command is: the organisation the platform resolved for the speaker (their workspace, tenant or chosen organisation). */
export interface OrgScope {
  readonly org?: string | undefined;
}

/** A request is in scope when no organisation is given, or when it is the request's own. */
function inScope(request: RequestRecord, scope: OrgScope): boolean {
  return scope.org === undefined || scope.org === request.org;
}

/** Who may vote: every holder of the body role except the requester; the chair; the whole board's size. */
function electorate(
  organisation: Organisation,
  route: VoteRoute,
  requesterKey: string,
): NonNullable<RequestRecord['electorate']> {
  const board = peopleWithRole(organisation, route.body);
  const voters = board.filter((member) => member.key !== requesterKey);
  return {
    voters: voters.map((member) => member.key),
    names: Object.fromEntries(board.map((member) => [member.key, member.name])),
    chairKeys: route.chair ? peopleWithRole(organisation, route.chair).map((chair) => chair.key) : [],
    boardSize: board.length,
  };
}
