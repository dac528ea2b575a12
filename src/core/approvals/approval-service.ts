import { randomBytes, randomUUID } from 'node:crypto';
import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Corpus, OrganisationCorpus } from '../policy/corpus.ts';
import { validateAnswers, type FieldErrors } from './answers.ts';
import { checkpointSigned, hashValue, signCheckpoint, type AuditActor, type AuditCheckpoint, type AuditEntry, type AuditEvent, type AuditEventType, type ChainProblem } from './audit-chain.ts';
import { PolicyDeskError } from '../errors.ts';
import { AuditLog, type AuditMark } from './audit-log.ts';
import type { Flow, VoteRoute } from './flow-schema.ts';
import { keys } from './keys.ts';
import type { Notification, NotificationKind, RoleRef } from './notifications.ts';
import { actorByKey, peopleWithRole, resolveActor, type Actor, type PersonRef } from './people.ts';
import type { Clock, RecordStore } from './ports.ts';
import type { ActorStamp, ClockEventRecord, OutcomeRecord, RequestRecord, VoteRecord } from './records.ts';
import { deciderRoles, deriveView, lapseTime, type RequestRecords, type RequestStatus, type RequestView } from './request-view.ts';
import { maxCommentLength, requestIdPattern, voteLabels } from './rules.ts';
import { StoreEpoch, type EpochRecord } from './store-epoch.ts';
import { WriteOnceSequence } from './write-once-sequence.ts';
import { settledVoteOutcome, finalVoteOutcome, tallyVotes, voteChoices, type Ballot, type VoteChoice, type VoteOutcome, type VoteRules } from './votes.ts';

/** Why a command did not happen: a result for the user to read, never a throw. */
export type ApprovalErrorCode =
  | 'unknown_org'
  | 'unknown_flow'
  | 'unknown_request'
  | 'invalid_answers'
  | 'not_a_decider'
  | 'not_a_voter'
  | 'own_request'
  | 'already_decided'
  | 'already_voted'
  | 'not_pending'
  | 'not_requester'
  | 'no_approver';

/** A refused command: what went wrong, field messages for a form, and the request as it now stands. */
export interface ApprovalError {
  readonly code: ApprovalErrorCode;
  readonly message: string;
  readonly fieldErrors?: FieldErrors;
  readonly request?: RequestView;
}

/** What a command did: the request as it now stands and who to tell what. */
export interface CommandValue {
  readonly request: RequestView;
  readonly notifications: readonly Notification[];
}

/** Every command returns this: recoverable outcomes are results; only store failures throw. */
export type CommandResult = { ok: true; value: CommandValue } | { ok: false; error: ApprovalError };

/** What `tick()` did: every notification to send and every request whose messages changed. */
export interface TickResult {
  readonly notifications: readonly Notification[];
  readonly requests: readonly RequestView[];
}

/** What a person may do with a request now: platforms show these buttons. */
export interface AvailableActions {
  readonly decide: boolean;
  readonly vote: boolean;
  readonly withdraw: boolean;
  /** This person's vote, if they have cast one. */
  readonly myVote?: VoteChoice;
}

/** The audit log of one organisation, checked: the chain, and each record against the entry that audited it. */
export interface AuditVerification {
  readonly org: string;
  readonly ok: boolean;
  readonly entries: number;
  readonly headHash?: string;
  /** The first break in the chain, or a record whose audit entry is gone or does not match it. */
  readonly broken?: ChainProblem & { readonly key?: string };
  /** Records with no audit entry at all: a process died between the write and the audit, or an entry and its marker were removed. */
  readonly unaudited: readonly string[];
  /** Event ids with more than one entry (logs written before each event got one entry). */
  readonly duplicates: readonly string[];
}

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
}

/** The default maximum number of reminders per request. */
export const defaultMaxReminders = 3;

const cacheLimit = 20_000;

/** Makes a request id such as `r-k3m9q2xfa7bc`. */
export function newRequestId(): string {
  const alphabet = 'abcdefghjkmnpqrstvwxyz0123456789';
  return `r-${Array.from(randomBytes(12), (byte) => alphabet[byte % 32]).join('')}`;
}

const fail = (code: ApprovalErrorCode, message: string, extra: Partial<ApprovalError> = {}): CommandResult => ({ ok: false, error: { code, message, ...extra } });
const stamp = (actor: Actor, account: PersonRef): ActorStamp => ({ key: actor.key, name: actor.name, account });
const choiceLabel = (choice: VoteChoice): string => voteLabels[choice];

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
  readonly #completeAfterMs: number;
  readonly #auditKey: Uint8Array | undefined;
  readonly #audit: AuditLog;
  readonly #epoch: StoreEpoch;
  readonly #requests = new Map<string, RequestRecord>();
  readonly #outcomes = new Map<string, OutcomeRecord>();
  readonly #indexes = new Map<string, WriteOnceSequence<string>>();
  readonly #tickFrom = new Map<string, number>();

  constructor(options: ApprovalServiceOptions) {
    this.#corpus = options.corpus;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#newId = options.newId ?? newRequestId;
    this.#maxReminders = options.maxReminders ?? defaultMaxReminders;
    this.#completeAfterMs = options.completeAfterMs ?? 30_000;
    this.#epoch = new StoreEpoch(options.store, () => options.clock.now());
    this.#auditKey = options.auditKey;
    this.#audit = new AuditLog(options.store, { beforeClaim: () => this.#epoch.check(), key: options.auditKey });
  }

  /**
   * Reads the store's epoch record, creating it on a new store: call once at start-up, so that a
   * store reset under this process (Redis restarted empty) is detected and every later write refused.
   * Commands open it themselves when this was not called.
   */
  async openStore(): Promise<void> {
    await this.#epoch.open();
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
  async submit(input: { org: string; flowId: string; requester: PersonRef; answers: unknown; requestId?: string }): Promise<CommandResult> {
    const orgCorpus = this.#corpus.organisations.get(input.org);
    if (!orgCorpus) return fail('unknown_org', `There is no organisation "${input.org}". Known: ${[...this.#corpus.organisations.keys()].join(', ')}.`);
    const flow = orgCorpus.flowById.get(input.flowId);
    if (!flow) return fail('unknown_flow', `"${input.flowId}" is not a request ${orgCorpus.organisation.name} offers. Its requests are: ${orgCorpus.organisation.flows.map((f) => f.id).join(', ') || 'none'}.`);
    const validated = validateAnswers(flow, input.answers);
    if (!validated.ok) return fail('invalid_answers', 'Some answers need fixing before the request can be sent.', { fieldErrors: validated.fieldErrors });
    if (input.requestId !== undefined && !requestIdPattern.test(input.requestId)) {
      return fail('invalid_answers', 'The request id must be 6 to 64 lower-case letters, digits or hyphens.', { fieldErrors: { requestId: 'Use 6 to 64 lower-case letters, digits or hyphens.' } });
    }
    const organisation = orgCorpus.organisation;
    const requester = resolveActor(organisation, input.requester);
    const id = input.requestId ?? this.#newId();

    if (input.requestId !== undefined) {
      const existing = await this.#loadRequest(id);
      if (existing) return this.#repeatSubmit(existing, requester);
    }
    const voters = flow.route.kind === 'vote' ? electorate(organisation, flow.route, requester.key) : undefined;
    if (flow.route.kind === 'vote' && voters!.voters.length < flow.route.quorum) {
      // A vote that can never reach its quorum would only wait for its window to end: say so now.
      return fail('no_approver', `This request needs a vote of the ${flow.route.title ?? this.#roleTitles(organisation, [flow.route.body])} with a quorum of ${flow.route.quorum}, but only ${voters!.voters.length} member(s) who may vote on it are listed in organisation.yaml. Ask your administrator to list the members and their accounts.`);
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
    await this.#index(input.org).claim(id);
    if (!(await this.#store.putIfAbsent(keys.request(id), record))) {
      const existing = await this.#loadRequest(id);
      if (existing) return this.#repeatSubmit(existing, requester);
    }
    this.#cacheRequest(record);
    await this.#audit.append(this.#auditOf(record, { kind: 'submitted' }));

    const view = deriveView({ request: record, votes: [], reminders: [] }, this.#clock.now());
    const notifications =
      flow.route.kind === 'single'
        ? this.#toRoles(organisation, flow.route.roles, [requester.key], { kind: 'approval-needed', view, messageUpdate: false })
        : this.#toKeys(organisation, record.electorate!.voters, { kind: 'vote-needed', view, messageUpdate: false }, [flow.route.body]);
    return { ok: true, value: { request: view, notifications } };
  }

  /** Approves or declines a single-decision request; the first decision wins, a second click is harmless. */
  async decide(input: { org?: string; requestId: string; actor: PersonRef; decision: 'approve' | 'decline'; comment?: string }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    const route = request.flow.route;
    if (route.kind !== 'single') return fail('not_a_decider', `This request is decided by a vote of the ${route.title ?? route.body}: vote instead.`, { request: view });
    if (actor.key === request.requester.key) return fail('own_request', 'You cannot decide your own request.', { request: view });
    const deciders = deciderRoles(route, loaded.escalation !== undefined);
    if (!actor.roles.some((role) => deciders.includes(role))) {
      return fail('not_a_decider', `Only ${this.#roleTitles(organisation, deciders)} can decide this request.`, { request: view });
    }
    if (loaded.outcome) return this.#alreadyDecided(loaded, actor, view);
    if (input.decision !== 'approve' && input.decision !== 'decline') return fail('invalid_answers', 'Choose approve or decline.', { fieldErrors: { decision: 'Choose approve or decline.' }, request: view });
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });
    const comment = input.comment?.trim() ?? '';
    if (comment.length > maxCommentLength) return fail('invalid_answers', `Keep the comment to ${maxCommentLength} characters or fewer.`, { fieldErrors: { comment: `Keep this to ${maxCommentLength} characters or fewer.` }, request: view });

    const outcome: OutcomeRecord = {
      v: 1,
      requestId: request.id,
      status: input.decision === 'approve' ? 'approved' : 'declined',
      at: this.#clock.now().toISOString(),
      by: stamp(actor, input.actor),
      ...(comment ? { comment } : {}),
      reason: 'decision',
    };
    if (!(await this.#claimOutcome(outcome))) {
      const reloaded = (await this.#load(request.id))!;
      return this.#alreadyDecided(reloaded, actor, deriveView(reloaded, this.#clock.now()));
    }
    await this.#audit.append(this.#auditOf(request, { kind: 'outcome', outcome }));
    const after = deriveView({ ...loaded, outcome }, this.#clock.now());
    return { ok: true, value: { request: after, notifications: this.#outcomeNotifications(organisation, after, request, outcome, [actor.key]) } };
  }

  /** Casts a board member's vote. A vote is final once cast; the vote is decided as soon as its outcome cannot change. */
  async vote(input: { org?: string; requestId: string; actor: PersonRef; choice: VoteChoice }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    const route = request.flow.route;
    if (route.kind !== 'vote' || !request.electorate) return fail('not_a_voter', 'This request is decided by one approver, not by a vote.', { request: view });
    if (actor.key === request.requester.key) return fail('own_request', 'You cannot vote on your own request.', { request: view });
    if (!request.electorate.voters.includes(actor.key)) {
      return fail('not_a_voter', `Only members of the ${route.title ?? this.#roleTitles(organisation, [route.body])} when the request was made can vote on it.`, { request: view });
    }
    if (!voteChoices.includes(input.choice)) return fail('invalid_answers', 'Vote for, against or abstain.', { fieldErrors: { choice: 'Vote for, against or abstain.' }, request: view });
    const existingVote = loaded.votes.find((vote) => vote.voter.key === actor.key);
    if (existingVote) return this.#alreadyVoted(request, existingVote, input, view);
    if (loaded.outcome) return this.#alreadyDecided(loaded, actor, view);
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });

    const vote: VoteRecord = { v: 1, requestId: request.id, voter: stamp(actor, input.actor), choice: input.choice, at: this.#clock.now().toISOString() };
    if (!(await this.#store.putIfAbsent(keys.vote(request.id, actor.key), vote))) {
      const other = await this.#store.get<VoteRecord>(keys.vote(request.id, actor.key));
      return this.#alreadyVoted(request, other ?? vote, input, view);
    }
    // Re-reading the votes needs only this vote written, not its audit entry: do both at once.
    const [, reloaded] = await Promise.all([
      this.#audit.append(this.#auditOf(request, { kind: 'vote', vote })),
      this.#load(request.id),
    ]);
    const after = reloaded!;
    const settled = this.#settled(after);
    if (settled) {
      const claimed = await this.#closeVote(after, settled);
      if (claimed) return { ok: true, value: claimed };
    }
    const afterView = deriveView(after, this.#clock.now());
    return { ok: true, value: { request: afterView, notifications: [this.#notification({ org: request.org, role: route.body }, 'tally-changed', afterView, true)] } };
  }

  /** Withdraws a pending request: only its requester can. */
  async withdraw(input: { org?: string; requestId: string; actor: PersonRef }): Promise<CommandResult> {
    const begun = await this.#begin(input.requestId, input.actor, input.org);
    if (!begun.ok) return begun.result;
    const { loaded, request, organisation, actor, view } = begun;
    if (actor.key !== request.requester.key) return fail('not_requester', 'Only the person who made a request can withdraw it.', { request: view });
    if (loaded.outcome) return fail('not_pending', `This request is already ${view.status}: only a pending request can be withdrawn.`, { request: view });
    const closed = this.#closedByTime(request);
    if (closed) return fail('not_pending', closed, { request: view });
    const outcome: OutcomeRecord = { v: 1, requestId: request.id, status: 'withdrawn', at: this.#clock.now().toISOString(), by: stamp(actor, input.actor), reason: 'withdrawn' };
    if (!(await this.#claimOutcome(outcome))) {
      const reloaded = (await this.#load(request.id))!;
      const current = deriveView(reloaded, this.#clock.now());
      if (reloaded.outcome?.status === 'withdrawn' && reloaded.outcome.by?.key === actor.key) return { ok: true, value: { request: current, notifications: [] } };
      return fail('not_pending', `This request is already ${current.status}: only a pending request can be withdrawn.`, { request: current });
    }
    await this.#audit.append(this.#auditOf(request, { kind: 'outcome', outcome }));
    const after = deriveView({ ...loaded, outcome }, this.#clock.now());
    return { ok: true, value: { request: after, notifications: this.#approverNotifications(organisation, after, request, 'withdrawn', [actor.key]) } };
  }

  /**
   * A request as it now stands, or undefined when there is none with this id. With `scope.org`
   * (the organisation of whoever asks), a request of another organisation is undefined too.
   */
  async getRequest(id: string, scope: OrgScope = {}): Promise<RequestView | undefined> {
    const loaded = await this.#load(id);
    if (!loaded || !inScope(loaded.request, scope)) return undefined;
    return deriveView(loaded, this.#clock.now());
  }

  /** Every request of an organisation in submission order, optionally only those with one status. */
  async listRequests(input: { org: string; status?: RequestStatus }): Promise<RequestView[]> {
    const views: RequestView[] = [];
    for await (const { records } of this.#walk(input.org, 1)) {
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
    for await (const { records } of this.#walk(input.org, 1)) {
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
    for await (const { records } of this.#walk(input.org, 1)) {
      if (records?.request.requester.key === key) views.push(deriveView(records, this.#clock.now()));
    }
    return views;
  }

  /** What this person may do with the request now (buttons to show); nothing for a request of another organisation than `scope.org`. */
  async actionsFor(requestId: string, person: PersonRef, scope: OrgScope = {}): Promise<AvailableActions> {
    const loaded = await this.#load(requestId);
    const organisation = loaded && inScope(loaded.request, scope) && this.#corpus.organisations.get(loaded.request.org)?.organisation;
    if (!loaded || !organisation) return { decide: false, vote: false, withdraw: false };
    return this.#actions(organisation, loaded, person);
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
    const now = this.#clock.now();
    for (const [org, orgCorpus] of this.#corpus.organisations) {
      const organisation = orgCorpus.organisation;
      let cursor = this.#tickFrom.get(org) ?? 1;
      let contiguousDone = true;
      for await (const { n, records, audited } of this.#walk(org, cursor, true)) {
        // A request still being written is not done: the cursor must not pass it. Nor is one with a record not yet audited.
        const complete = records ? await this.#complete(organisation, records, audited!, now, notifications, requests) : false;
        const done = records ? (await this.#tickRequest(organisation, records, now, notifications, requests)) && complete : false;
        if (contiguousDone && done) cursor = n + 1;
        else contiguousDone = false;
      }
      this.#tickFrom.set(org, cursor);
    }
    return { notifications, requests };
  }

  /**
   * Checks an organisation's audit record both ways. The chain: every entry's hash, position and
   * link. Every audited event has its record: the record an entry names is there, unchanged (a
   * deleted outcome would otherwise make an approved request pending again, unnoticed), and every
   * audited submission is in the request index. Every record has its audit entry: one whose record
   * hash matches; a record with none is listed as unaudited, and one whose marker points past the
   * end of the log means the log was cut short. Event ids with more than one entry are listed.
   */
  async verifyAudit(org: string): Promise<AuditVerification> {
    const entries: AuditEntry[] = [];
    const chain = await this.#audit.verify(org, entries);
    if (!chain.ok) return { org, ok: false, entries: chain.count, broken: chain.broken, unaudited: [], duplicates: [] };
    const broken = (seq: number, key: string, problem: string): AuditVerification => ({ org, ok: false, entries: chain.count, broken: { seq, key, problem }, unaudited: [], duplicates: [] });

    const byEvent = new Map<string, AuditEntry>();
    const duplicates = new Set<string>();
    for (const entry of entries) {
      if (byEvent.has(entry.eventId)) duplicates.add(entry.eventId);
      else byEvent.set(entry.eventId, entry);
    }

    // Audited event → record: each record an entry wrote is still there, as it was.
    const recorded = entries.filter((entry) => entry.recordKey !== undefined);
    for (let i = 0; i < recorded.length; i += 200) {
      const batch = recorded.slice(i, i + 200);
      const values = await this.#store.getMany<unknown>(batch.map((entry) => entry.recordKey!));
      for (let j = 0; j < batch.length; j++) {
        const entry = batch[j]!;
        const value = values[j];
        if (value === undefined) return broken(entry.seq, entry.recordKey!, `the record ${entry.recordKey} that entry ${entry.seq} audited (${entry.type}) is missing: it was deleted`);
        if (entry.recordHash !== hashValue(value)) return broken(entry.seq, entry.recordKey!, `the record ${entry.recordKey} was changed after entry ${entry.seq} audited it`);
      }
    }

    // Record → audit entry, walking the index (which must reach every audited submission).
    const unaudited: string[] = [];
    const checks: Array<{ key: string; eventId: string; value: unknown }> = [];
    const indexed = new Set<string>();
    for await (const { records } of this.#walk(org, 1)) {
      if (!records) continue;
      const id = records.request.id;
      indexed.add(id);
      checks.push({ key: keys.request(id), eventId: `submitted:${id}`, value: records.request });
      if (records.outcome) checks.push({ key: keys.outcome(id), eventId: `outcome:${id}`, value: records.outcome });
      for (const vote of records.votes) checks.push({ key: keys.vote(id, vote.voter.key), eventId: `vote:${id}:${vote.voter.key}`, value: vote });
      records.reminders.forEach((reminder, i) => checks.push({ key: keys.reminder(id, i + 1), eventId: `reminder:${id}:${i + 1}`, value: reminder }));
      if (records.escalation) checks.push({ key: keys.escalation(id), eventId: `escalation:${id}`, value: records.escalation });
      if (records.lapse) checks.push({ key: keys.lapse(id), eventId: `lapse:${id}`, value: records.lapse });
    }
    for (const entry of entries) {
      if (entry.type === 'submitted' && !indexed.has(entry.requestId)) return broken(entry.seq, keys.request(entry.requestId), `request ${entry.requestId}, submitted in entry ${entry.seq}, is missing from the request index: its index entry was deleted, so no listing shows it`);
    }
    const missing = checks.filter((check) => !byEvent.has(check.eventId));
    for (let i = 0; i < missing.length; i += 200) {
      const batch = missing.slice(i, i + 200);
      const marks = await this.#store.getMany<AuditMark>(batch.map((check) => keys.audited(org, check.eventId)));
      batch.forEach((check, j) => {
        const mark = marks[j];
        if (mark && mark.seq > chain.count) return;
        unaudited.push(check.key);
      });
      const cut = batch.findIndex((_, j) => (marks[j]?.seq ?? 0) > chain.count);
      if (cut !== -1) return broken(marks[cut]!.seq, batch[cut]!.key, `the audit entry for ${batch[cut]!.key} is missing: the log was cut short after entry ${chain.count}`);
    }
    for (const check of checks) {
      const entry = byEvent.get(check.eventId);
      if (entry && entry.recordHash !== hashValue(check.value)) return broken(entry.seq, check.key, `the record ${check.key} was changed after entry ${entry.seq} audited it`);
    }
    return { org, ok: true, entries: chain.count, headHash: chain.headHash, unaudited, duplicates: [...duplicates] };
  }

  /**
   * A signed checkpoint of an organisation's log as it stands (entry count and head hash), to
   * publish where the store cannot rewrite it. Throws without an audit key: a checkpoint anyone
   * could sign proves nothing. Undefined when the chain does not verify.
   */
  async checkpoint(org: string): Promise<AuditCheckpoint | undefined> {
    if (!this.#auditKey) throw new PolicyDeskError('policy_desk_config_invalid', 'a checkpoint needs the audit key: set AUDIT_KEY (in local mode it is kept beside the SQLite file)');
    const chain = await this.#audit.verify(org);
    if (!chain.ok) return undefined;
    return signCheckpoint(this.#auditKey, { org, count: chain.count, head: chain.headHash, at: this.#clock.now().toISOString() });
  }

  /**
   * Proves the log still extends each published checkpoint of `org`: the checkpoint's signature
   * holds under the audit key, and entry `count` of the log (verified) has the checkpoint's head
   * hash. A log cut short, or rewritten (even with recomputed hashes), fails.
   */
  async verifyCheckpoints(org: string, checkpoints: readonly AuditCheckpoint[]): Promise<{ ok: boolean; checked: number; problem?: string }> {
    const mine = checkpoints.filter((point) => point.org === org);
    if (mine.length === 0) return { ok: true, checked: 0 };
    if (!this.#auditKey) return { ok: false, checked: 0, problem: 'checkpoints can only be checked with the audit key: set AUDIT_KEY' };
    const entries: AuditEntry[] = [];
    const chain = await this.#audit.verify(org, entries);
    if (!chain.ok) return { ok: false, checked: 0, problem: `the chain is broken at entry ${chain.broken.seq}: ${chain.broken.problem}` };
    for (const point of mine) {
      if (!checkpointSigned(this.#auditKey, point)) return { ok: false, checked: 0, problem: `the checkpoint of ${point.at} (entry ${point.count}) is not signed with this audit key: it was altered, or made with another key` };
      if (point.count > entries.length) return { ok: false, checked: 0, problem: `the log has ${entries.length} entries but the checkpoint of ${point.at} saw ${point.count}: entries were cut from the end` };
      const entry = point.count === 0 ? undefined : entries[point.count - 1];
      if (point.count > 0 && entry!.hash !== point.head) return { ok: false, checked: 0, problem: `entry ${point.count} is not the one the checkpoint of ${point.at} saw: the log was rewritten` };
    }
    return { ok: true, checked: mine.length };
  }

  /** Every audit entry of an organisation, oldest first. */
  async auditEntries(org: string): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for await (const entry of this.#audit.entries(org)) entries.push(entry);
    return entries;
  }

  // ----- commands' shared steps -----

  async #repeatSubmit(existing: RequestRecord, requester: Actor): Promise<CommandResult> {
    const loaded = (await this.#load(existing.id))!;
    const view = deriveView(loaded, this.#clock.now());
    if (existing.requester.key !== requester.key) return fail('not_requester', 'A different request already has this id.', {});
    // A retry of a submission whose first attempt stopped before its audit entry completes it.
    await this.#audit.ensure(this.#auditOf(existing, { kind: 'submitted' }));
    return { ok: true, value: { request: view, notifications: [] } };
  }

  async #alreadyDecided(loaded: RequestRecords, actor: Actor, view: RequestView): Promise<CommandResult> {
    const outcome = loaded.outcome!;
    if (outcome.by?.key === actor.key && outcome.reason === 'decision') {
      await this.#audit.ensure(this.#auditOf(loaded.request, { kind: 'outcome', outcome }));
    }
    const who = outcome.by && outcome.status !== 'withdrawn' ? ` by ${outcome.by.key === actor.key ? 'you' : outcome.by.name}` : '';
    return fail('already_decided', `This request was already ${outcome.status}${who}.`, { request: view });
  }

  async #alreadyVoted(request: RequestRecord, existing: VoteRecord, input: { actor: PersonRef; choice: VoteChoice }, view: RequestView): Promise<CommandResult> {
    await this.#audit.ensure(this.#auditOf(request, { kind: 'vote', vote: existing }));
    if (existing.choice === input.choice) return fail('already_voted', `You already voted ${choiceLabel(existing.choice)}.`, { request: view });
    // Votes are final once cast; an attempt to change one is refused and audited.
    await this.#audit.append(this.#event(request, 'vote-change-refused', `votechange:${request.id}:${existing.voter.key}:${randomUUID()}`, this.#clock.now().toISOString(), input.actor, { existing: existing.choice, attempted: input.choice }));
    return fail('already_voted', `You already voted ${choiceLabel(existing.choice)}, and a vote cannot be changed once cast.`, { request: view });
  }

  /** What every command on a request starts from: its records, organisation, the acting person and the current view. */
  async #begin(
    requestId: string,
    account: PersonRef,
    org: string | undefined,
  ): Promise<{ ok: true; loaded: RequestRecords; request: RequestRecord; organisation: Organisation; actor: Actor; view: RequestView } | { ok: false; result: CommandResult }> {
    const loaded = await this.#load(requestId);
    // Another organisation's request is, to this speaker, no request at all: no view, no answers, none of its roles.
    if (!loaded || !inScope(loaded.request, { org })) return { ok: false, result: this.#unknown(requestId) };
    this.#epoch.assertCurrent();
    const organisation = this.#organisation(loaded.request.org);
    return { ok: true, loaded, request: loaded.request, organisation, actor: resolveActor(organisation, account), view: deriveView(loaded, this.#clock.now()) };
  }

  #unknown(id: string): CommandResult {
    return fail('unknown_request', `There is no request "${id}". Check the id.`);
  }

  async #claimOutcome(outcome: OutcomeRecord): Promise<boolean> {
    const claimed = await this.#store.putIfAbsent(keys.outcome(outcome.requestId), outcome);
    if (claimed) this.#outcomes.set(outcome.requestId, outcome);
    return claimed;
  }

  /** Claims the outcome of a settled (or closed) vote; only the claimer tells anyone. */
  async #closeVote(records: RequestRecords, settled: VoteOutcome): Promise<CommandValue | undefined> {
    const { request } = records;
    const route = request.flow.route as VoteRoute;
    const tally = tallyVotes(ballotsOf(records), { quorum: route.quorum, boardSize: request.electorate!.boardSize });
    const outcome: OutcomeRecord = { v: 1, requestId: request.id, status: settled.status, at: this.#clock.now().toISOString(), reason: settled.reason, tally };
    if (!(await this.#claimOutcome(outcome))) return undefined;
    await this.#audit.append(this.#auditOf(request, { kind: 'outcome', outcome }));
    const view = deriveView({ ...records, outcome }, this.#clock.now());
    return { request: view, notifications: this.#outcomeNotifications(this.#organisation(request.org), view, request, outcome, []) };
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
    return route.kind === 'vote' ? `Voting on this request closed at ${new Date(end).toISOString()}.` : `This request expired at ${new Date(end).toISOString()} without a decision.`;
  }

  #settled(records: RequestRecords): VoteOutcome | undefined {
    const { request } = records;
    if (!request.electorate) return undefined;
    const voted = new Set(records.votes.map((vote) => vote.voter.key));
    const remaining = request.electorate.voters.filter((key) => !voted.has(key));
    return settledVoteOutcome(ballotsOf(records), remaining, voteRules(request));
  }

  // ----- the clock -----

  /** Handles one request for tick(); true when nothing more can ever happen to it. */
  async #tickRequest(organisation: Organisation, records: RequestRecords, now: Date, notifications: Notification[], changed: RequestView[]): Promise<boolean> {
    this.#epoch.assertCurrent();
    const { request } = records;
    const route = request.flow.route;
    const elapsed = now.getTime() - Date.parse(request.submittedAt);

    if (records.outcome) {
      const lapsesAt = lapseTime(records);
      if (lapsesAt === undefined) return true;
      if (records.lapse) return true;
      if (now.getTime() < lapsesAt) return false;
      const lapse: ClockEventRecord = { v: 1, requestId: request.id, at: now.toISOString(), to: [request.requester.key] };
      if (await this.#store.putIfAbsent(keys.lapse(request.id), lapse)) {
        await this.#audit.append(this.#auditOf(request, { kind: 'lapse', lapse, lapsesAt }));
        const view = deriveView({ ...records, lapse }, now);
        notifications.push(...this.#toRequester(organisation, request, { kind: 'lapsed', view, messageUpdate: true }));
        changed.push(view);
      }
      return true;
    }

    if (route.kind === 'vote') {
      const settled = elapsed >= route.window ? finalVoteOutcome(ballotsOf(records), voteRules(request)) : this.#settled(records);
      if (settled) {
        const closed = await this.#closeVote(records, settled);
        if (closed) {
          notifications.push(...closed.notifications);
          changed.push(closed.request);
        }
        return true;
      }
    } else if (route.expireAfter !== undefined && elapsed >= route.expireAfter) {
      const outcome: OutcomeRecord = { v: 1, requestId: request.id, status: 'expired', at: now.toISOString(), reason: 'expire-after' };
      if (await this.#claimOutcome(outcome)) {
        await this.#audit.append(this.#auditOf(request, { kind: 'outcome', outcome }));
        const view = deriveView({ ...records, outcome }, now);
        notifications.push(...this.#outcomeNotifications(organisation, view, request, outcome, []));
        changed.push(view);
      }
      return lapseTime({ request, outcome }) === undefined;
    }

    if (route.kind === 'single' && route.escalateAfter !== undefined && route.escalateTo && !records.escalation && elapsed >= route.escalateAfter) {
      const escalation: ClockEventRecord = { v: 1, requestId: request.id, at: now.toISOString(), to: route.escalateTo };
      if (await this.#store.putIfAbsent(keys.escalation(request.id), escalation)) {
        await this.#audit.append(this.#auditOf(request, { kind: 'escalation', escalation }));
        const view = deriveView({ ...records, escalation }, now);
        notifications.push(...this.#toRoles(organisation, route.escalateTo, [request.requester.key], { kind: 'escalated', view, messageUpdate: true }));
        changed.push(view);
      }
    }

    const next = records.reminders.length + 1;
    if (route.remindAfter !== undefined && next <= this.#maxReminders && elapsed >= next * route.remindAfter) {
      const voted = new Set(records.votes.map((vote) => vote.voter.key));
      const targets = route.kind === 'vote' ? request.electorate!.voters.filter((key) => !voted.has(key)) : deciderRoles(route, records.escalation !== undefined);
      const reminder: ClockEventRecord = { v: 1, requestId: request.id, at: now.toISOString(), to: targets };
      if (await this.#store.putIfAbsent(keys.reminder(request.id, next), reminder)) {
        await this.#audit.append(this.#auditOf(request, { kind: 'reminder', n: next, reminder }));
        const view = deriveView({ ...records, reminders: [...records.reminders, reminder] }, now);
        const spec = { kind: 'reminder' as const, view, messageUpdate: false, reminder: next };
        notifications.push(...(route.kind === 'vote' ? this.#toKeys(organisation, targets, spec, [route.body]) : this.#toRoles(organisation, targets, [request.requester.key], spec)));
      }
    }
    return false;
  }

  /**
   * The outbox: finishes the follow-up work of every record of a request that has no audit entry
   * and is older than `completeAfterMs` (its process stopped between the record and its audit: a
   * vote settled, an outcome the clock claimed, a decision never retried). The entry is appended
   * (once, whatever else is doing the same), and the notifications the record should have sent are
   * returned with the clock's. True when every record of the request is audited.
   */
  async #complete(organisation: Organisation, records: RequestRecords, audited: ReadonlySet<string>, now: Date, notifications: Notification[], changed: RequestView[]): Promise<boolean> {
    const { request } = records;
    let complete = true;
    let touched = false;
    for (const item of recordedItems(records)) {
      const eventId = eventIdOf(request.id, item);
      if (audited.has(eventId)) continue;
      if (now.getTime() - Date.parse(itemAt(request, item)) < this.#completeAfterMs) {
        complete = false;
        continue;
      }
      await this.#audit.append(this.#auditOf(request, item));
      notifications.push(...this.#recoveredNotifications(organisation, records, item, now));
      touched = true;
    }
    if (touched) changed.push(deriveView(records, now));
    return complete;
  }

  /** What a record would have told people had its process not stopped before announcing it. */
  #recoveredNotifications(organisation: Organisation, records: RequestRecords, item: RecordedItem, now: Date): Notification[] {
    const { request } = records;
    const route = request.flow.route;
    const view = deriveView(records, now);
    switch (item.kind) {
      case 'submitted':
        if (records.outcome) return [];
        return route.kind === 'single'
          ? this.#toRoles(organisation, route.roles, [request.requester.key], { kind: 'approval-needed', view, messageUpdate: false })
          : this.#toKeys(organisation, request.electorate!.voters, { kind: 'vote-needed', view, messageUpdate: false }, [route.body]);
      case 'outcome': {
        const { outcome } = item;
        if (outcome.reason === 'withdrawn') return this.#approverNotifications(organisation, view, request, 'withdrawn', [outcome.by!.key]);
        return this.#outcomeNotifications(organisation, view, request, outcome, outcome.by && outcome.reason === 'decision' ? [outcome.by.key] : []);
      }
      case 'vote':
        return route.kind === 'vote' ? [this.#notification({ org: request.org, role: route.body }, 'tally-changed', view, true)] : [];
      case 'escalation':
        return records.outcome ? [] : this.#toRoles(organisation, item.escalation.to, [request.requester.key], { kind: 'escalated', view, messageUpdate: true });
      case 'reminder': {
        if (records.outcome) return [];
        const spec = { kind: 'reminder' as const, view, messageUpdate: false, reminder: item.n };
        return route.kind === 'vote' ? this.#toKeys(organisation, item.reminder.to, spec, [route.body]) : this.#toRoles(organisation, item.reminder.to, [request.requester.key], spec);
      }
      case 'lapse':
        return this.#toRequester(organisation, request, { kind: 'lapsed', view, messageUpdate: true });
    }
  }

  // ----- reading -----

  async #loadRequest(id: string): Promise<RequestRecord | undefined> {
    const cached = this.#requests.get(id);
    if (cached) return cached;
    const record = await this.#store.get<RequestRecord>(keys.request(id));
    if (record) this.#cacheRequest(record);
    return record;
  }

  #cacheRequest(record: RequestRecord): void {
    if (this.#requests.size >= cacheLimit) this.#requests.clear();
    this.#requests.set(record.id, record);
  }

  /** Reads a request and every record its state derives from, in one round trip after the (cached) request. */
  async #load(id: string): Promise<RequestRecords | undefined> {
    return (await this.#loadMany([id]))[0];
  }

  /** Reads many requests' records in two round trips at most: the uncached request records, then everything derived from them. */
  async #loadMany(ids: readonly string[]): Promise<Array<RequestRecords | undefined>> {
    const valid = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 100;
    const found = new Map<string, RequestRecord>();
    const uncached: string[] = [];
    for (const id of ids) {
      if (!valid(id)) continue;
      const cached = this.#requests.get(id);
      if (cached) found.set(id, cached);
      else uncached.push(id);
    }
    if (uncached.length) {
      const records = await this.#store.getMany<RequestRecord>(uncached.map((id) => keys.request(id)));
      records.forEach((record, i) => {
        if (!record) return;
        found.set(uncached[i]!, record);
        this.#cacheRequest(record);
      });
    }
    const plans = ids.map((id) => {
      const request = found.get(id);
      if (!request) return undefined;
      const voters = request.electorate?.voters ?? [];
      const reminders = request.flow.route.remindAfter !== undefined ? this.#maxReminders : 0;
      const wanted = [keys.outcome(id), keys.escalation(id), keys.lapse(id), ...voters.map((key) => keys.vote(id, key)), ...Array.from({ length: reminders }, (_, i) => keys.reminder(id, i + 1))];
      return { request, voters: voters.length, wanted };
    });
    const flat = plans.flatMap((plan) => plan?.wanted ?? []);
    // The store's epoch rides along with every read of records, so a reset store is noticed at no extra round trip.
    const values = flat.length ? await this.#store.getMany<unknown>([...flat, this.#epoch.key]) : [];
    if (flat.length) this.#epoch.observe(values[flat.length] as EpochRecord | undefined);
    let offset = 0;
    return plans.map((plan) => {
      if (!plan) return undefined;
      const mine = values.slice(offset, offset + plan.wanted.length);
      offset += plan.wanted.length;
      const id = plan.request.id;
      const outcome = this.#outcomes.get(id) ?? (mine[0] as OutcomeRecord | undefined);
      if (outcome && !this.#outcomes.has(id)) {
        if (this.#outcomes.size >= cacheLimit) this.#outcomes.clear();
        this.#outcomes.set(id, outcome);
      }
      const votes = mine.slice(3, 3 + plan.voters).filter((value): value is VoteRecord => value !== undefined);
      const reminders: ClockEventRecord[] = [];
      for (const value of mine.slice(3 + plan.voters)) {
        if (value === undefined) break;
        reminders.push(value as ClockEventRecord);
      }
      return {
        request: plan.request,
        ...(outcome ? { outcome } : {}),
        votes,
        reminders,
        ...(mine[1] ? { escalation: mine[1] as ClockEventRecord } : {}),
        ...(mine[2] ? { lapse: mine[2] as ClockEventRecord } : {}),
      };
    });
  }

  /**
   * Walks an organisation's request index in submission order from `from` until the index ends,
   * loading 50 requests per batch. An entry whose record is missing (a submission still being
   * written, or one that never finished) comes back without records; a repeated id is skipped.
   */
  async *#walk(org: string, from: number, withAudited = false): AsyncGenerator<{ n: number; records?: RequestRecords; audited?: ReadonlySet<string> }> {
    const seen = new Set<string>();
    for (let start = from; ; start += 50) {
      const ids = await this.#store.getMany<string>(Array.from({ length: 50 }, (_, i) => keys.requestIndex(org, start + i)));
      const end = ids.indexOf(undefined);
      const page = (end === -1 ? ids : ids.slice(0, end)) as string[];
      const fresh = page.map((id) => {
        if (seen.has(id)) return '';
        seen.add(id);
        return id;
      });
      const loaded = await this.#loadMany(fresh);
      // The clock's work also needs to know which records have their audit entry: one read for the page.
      const audited = new Set<string>();
      if (withAudited) {
        const eventIds = loaded.flatMap((records) => (records ? recordedEventIds(records) : []));
        const marks = eventIds.length ? await this.#store.getMany<AuditMark>(eventIds.map((eventId) => keys.audited(org, eventId))) : [];
        eventIds.forEach((eventId, i) => {
          if (marks[i]) audited.add(eventId);
        });
      }
      for (let i = 0; i < page.length; i++) {
        if (fresh[i] === '') continue;
        const records = loaded[i];
        yield records ? { n: start + i, records, ...(withAudited ? { audited } : {}) } : { n: start + i };
      }
      if (end !== -1) return;
    }
  }

  /** An organisation's request index: one write-once sequence, claimed only while the store's epoch holds. */
  #index(org: string): WriteOnceSequence<string> {
    let sequence = this.#indexes.get(org);
    if (!sequence) {
      sequence = new WriteOnceSequence<string>(this.#store, (n) => keys.requestIndex(org, n), { beforeClaim: () => this.#epoch.check() });
      this.#indexes.set(org, sequence);
    }
    return sequence;
  }

  // ----- who may do what -----

  #organisation(org: string): Organisation {
    const found = this.#corpus.organisations.get(org);
    // A request of an organisation no longer in the corpus can still be read; nobody holds its roles.
    return found?.organisation ?? { slug: org, name: org, contacts: {}, askInstead: ['none'], reporting: { summary: '', contacts: ['none'], emergency: '', clauses: [] }, roles: {}, people: [], flows: [] };
  }

  #roleTitles(organisation: Organisation, roles: readonly string[]): string {
    const titles = roles.map((role) => organisation.roles[role]?.title ?? role);
    return titles.length <= 1 ? (titles[0] ?? 'the named approver') : `${titles.slice(0, -1).join(', ')} or ${titles.at(-1)}`;
  }

  #actions(organisation: Organisation, records: RequestRecords, person: PersonRef): AvailableActions {
    const actor = resolveActor(organisation, person);
    const { request } = records;
    const route = request.flow.route;
    const pending = !records.outcome;
    const own = actor.key === request.requester.key;
    const myVote = records.votes.find((vote) => vote.voter.key === actor.key)?.choice;
    const decide = pending && !own && route.kind === 'single' && actor.roles.some((role) => deciderRoles(route, records.escalation !== undefined).includes(role));
    const vote = pending && !own && route.kind === 'vote' && !myVote && (request.electorate?.voters.includes(actor.key) ?? false);
    return { decide, vote, withdraw: pending && own, ...(myVote ? { myVote } : {}) };
  }

  // ----- notifications -----

  #notification(to: PersonRef | RoleRef, kind: NotificationKind, view: RequestView, messageUpdate: boolean, extra: Partial<Notification> = {}): Notification {
    return { to, kind, org: view.org, requestId: view.id, messageUpdate, status: view.status, ...extra };
  }

  #toRoles(organisation: Organisation, roles: readonly string[], excludeKeys: readonly string[], spec: NotificationSpec): Notification[] {
    const out: Notification[] = [];
    const done = new Set<string>(excludeKeys);
    for (const role of roles) {
      const holders = peopleWithRole(organisation, role);
      if (holders.length === 0) out.push(this.#notification({ org: organisation.slug, role }, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
      for (const holder of holders) {
        if (done.has(holder.key)) continue;
        done.add(holder.key);
        for (const account of holder.accounts) out.push(this.#notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
      }
    }
    return out;
  }

  #toKeys(organisation: Organisation, personKeys: readonly string[], spec: NotificationSpec, fallbackRoles: readonly string[]): Notification[] {
    const out: Notification[] = [];
    for (const key of personKeys) {
      for (const account of actorByKey(organisation, key)?.accounts ?? []) out.push(this.#notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
    }
    if (personKeys.length === 0) for (const role of fallbackRoles) out.push(this.#notification({ org: organisation.slug, role }, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
    return out;
  }

  #toRequester(organisation: Organisation, request: RequestRecord, spec: NotificationSpec): Notification[] {
    const accounts = actorByKey(organisation, request.requester.key)?.accounts ?? [request.requester.account];
    return accounts.map((account) => this.#notification(account, spec.kind, spec.view, spec.messageUpdate, extraOf(spec)));
  }

  /** The requester hears the outcome (with conditions when approved); the other approvers or voters hear who decided. */
  #outcomeNotifications(organisation: Organisation, view: RequestView, request: RequestRecord, outcome: OutcomeRecord, excludeKeys: readonly string[]): Notification[] {
    const kind: NotificationKind = outcome.status === 'expired' ? 'expired' : 'decided';
    const detail: Partial<Notification> = {
      ...(outcome.by ? { decidedBy: outcome.by.name } : {}),
      ...(outcome.comment ? { comment: outcome.comment } : {}),
      ...(outcome.status === 'approved' ? { conditions: view.conditions } : {}),
      ...(outcome.status === 'approved' && view.validUntil ? { validUntil: view.validUntil } : {}),
      ...(view.tally ? { tally: view.tally } : {}),
      reason: outcome.reason,
    };
    const toRequester = this.#toRequester(organisation, request, { kind, view, messageUpdate: true, detail });
    const others = this.#approverNotifications(organisation, view, request, kind === 'expired' ? 'expired' : 'decided-by-other', excludeKeys, detail);
    return [...toRequester, ...others];
  }

  #approverNotifications(organisation: Organisation, view: RequestView, request: RequestRecord, kind: NotificationKind, excludeKeys: readonly string[], detail: Partial<Notification> = {}): Notification[] {
    const route = request.flow.route;
    const spec: NotificationSpec = { kind, view, messageUpdate: true, detail };
    if (route.kind === 'vote') return this.#toKeys(organisation, request.electorate!.voters.filter((key) => !excludeKeys.includes(key)), spec, [route.body]);
    return this.#toRoles(organisation, deciderRoles(route, view.route.kind === 'single' && view.route.escalated), [request.requester.key, ...excludeKeys], spec);
  }

  /**
   * The audit event for a record, built from the record alone: the live path and the recovery of
   * an event whose process stopped before auditing it (see #complete) write the same entry.
   */
  #auditOf(request: RequestRecord, item: RecordedItem): AuditEvent {
    const clock: AuditActor = { platform: 'system', userId: 'clock' };
    const id = request.id;
    switch (item.kind) {
      case 'submitted':
        return this.#event(request, 'submitted', `submitted:${id}`, request.submittedAt, request.requester.account, {}, keys.request(id), request);
      case 'vote':
        return this.#event(request, 'voted', `vote:${id}:${item.vote.voter.key}`, item.vote.at, item.vote.voter.account, { choice: item.vote.choice }, keys.vote(id, item.vote.voter.key), item.vote);
      case 'reminder':
        return this.#event(request, 'reminded', `reminder:${id}:${item.n}`, item.reminder.at, clock, { n: item.n, to: item.reminder.to.join(' ') }, keys.reminder(id, item.n), item.reminder);
      case 'escalation':
        return this.#event(request, 'escalated', `escalation:${id}`, item.escalation.at, clock, { to: item.escalation.to.join(' ') }, keys.escalation(id), item.escalation);
      case 'lapse':
        return this.#event(request, 'lapsed', `lapse:${id}`, item.lapse.at, clock, { lapsesAt: new Date(item.lapsesAt).toISOString() }, keys.lapse(id), item.lapse);
      case 'outcome': {
        const { outcome } = item;
        const at = outcome.at;
        const key = keys.outcome(id);
        if (outcome.reason === 'decision') return this.#event(request, 'decided', `outcome:${id}`, at, outcome.by!.account, { status: outcome.status, reason: outcome.reason, comment: Boolean(outcome.comment) }, key, outcome);
        if (outcome.reason === 'withdrawn') return this.#event(request, 'withdrawn', `outcome:${id}`, at, outcome.by!.account, { status: 'withdrawn' }, key, outcome);
        if (outcome.reason === 'expire-after') return this.#event(request, 'expired', `outcome:${id}`, at, clock, { status: 'expired', reason: 'expire-after' }, key, outcome);
        const tally = outcome.tally ?? { for: 0, against: 0, abstain: 0 };
        return this.#event(request, outcome.status === 'expired' ? 'expired' : 'decided', `outcome:${id}`, at, { platform: 'system', userId: 'vote' }, { status: outcome.status, reason: outcome.reason, for: tally.for, against: tally.against, abstain: tally.abstain }, key, outcome);
      }
    }
  }

  #event(request: RequestRecord, type: AuditEventType, eventId: string, at: string, actor: PersonRef | AuditActor, detail: AuditEvent['detail'], recordKey?: string, record?: unknown): AuditEvent {
    const current = this.#corpus.organisations.get(request.org);
    return {
      org: request.org,
      type,
      eventId,
      at,
      actor: { platform: actor.platform, userId: actor.userId },
      requestId: request.id,
      flowId: request.flow.id,
      clauses: request.clauses,
      // The versions in force now: for the submission these are the versions the request was made under.
      policyVersions: current ? policyVersions(current, request.flow) : request.policyVersions,
      detail,
      ...(recordKey ? { recordKey, recordHash: hashValue(record) } : {}),
    };
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

/** Every record a request has, in the order they were written. */
function recordedItems(records: RequestRecords): RecordedItem[] {
  const items: RecordedItem[] = [{ kind: 'submitted' }];
  for (const vote of records.votes) items.push({ kind: 'vote', vote });
  records.reminders.forEach((reminder, i) => items.push({ kind: 'reminder', n: i + 1, reminder }));
  if (records.escalation) items.push({ kind: 'escalation', escalation: records.escalation });
  if (records.outcome) items.push({ kind: 'outcome', outcome: records.outcome });
  const lapsesAt = lapseTime(records);
  if (records.lapse && lapsesAt !== undefined) items.push({ kind: 'lapse', lapse: records.lapse, lapsesAt });
  return items;
}

/** The audit event id of a record (see #auditOf). */
function eventIdOf(requestId: string, item: RecordedItem): string {
  switch (item.kind) {
    case 'submitted':
      return `submitted:${requestId}`;
    case 'outcome':
      return `outcome:${requestId}`;
    case 'vote':
      return `vote:${requestId}:${item.vote.voter.key}`;
    case 'reminder':
      return `reminder:${requestId}:${item.n}`;
    case 'escalation':
      return `escalation:${requestId}`;
    case 'lapse':
      return `lapse:${requestId}`;
  }
}

/** When a record was written. */
function itemAt(request: RequestRecord, item: RecordedItem): string {
  switch (item.kind) {
    case 'submitted':
      return request.submittedAt;
    case 'outcome':
      return item.outcome.at;
    case 'vote':
      return item.vote.at;
    case 'reminder':
      return item.reminder.at;
    case 'escalation':
      return item.escalation.at;
    case 'lapse':
      return item.lapse.at;
  }
}

/** The audit event ids of every record a request has. */
function recordedEventIds(records: RequestRecords): string[] {
  return recordedItems(records).map((item) => eventIdOf(records.request.id, item));
}

/** A record of a request, as the audit sees it. */
type RecordedItem =
  | { readonly kind: 'submitted' }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeRecord }
  | { readonly kind: 'vote'; readonly vote: VoteRecord }
  | { readonly kind: 'reminder'; readonly n: number; readonly reminder: ClockEventRecord }
  | { readonly kind: 'escalation'; readonly escalation: ClockEventRecord }
  | { readonly kind: 'lapse'; readonly lapse: ClockEventRecord; readonly lapsesAt: number };

interface NotificationSpec {
  readonly kind: NotificationKind;
  readonly view: RequestView;
  readonly messageUpdate: boolean;
  readonly reminder?: number;
  readonly detail?: Partial<Notification>;
}

function extraOf(spec: NotificationSpec): Partial<Notification> {
  return { ...(spec.detail ?? {}), ...(spec.reminder !== undefined ? { reminder: spec.reminder } : {}) };
}

function ballotsOf(records: RequestRecords): Ballot[] {
  return records.votes.map((vote) => ({ voterKey: vote.voter.key, choice: vote.choice }));
}

function voteRules(request: RequestRecord): VoteRules {
  const route = request.flow.route as VoteRoute;
  return { quorum: route.quorum, threshold: route.threshold, tie: route.tie, boardSize: request.electorate!.boardSize, chairKeys: request.electorate!.chairKeys };
}

/** Who may vote: every holder of the body role except the requester; the chair; the whole board's size. */
function electorate(organisation: Organisation, route: VoteRoute, requesterKey: string): NonNullable<RequestRecord['electorate']> {
  const board = peopleWithRole(organisation, route.body);
  const voters = board.filter((member) => member.key !== requesterKey);
  return {
    voters: voters.map((member) => member.key),
    names: Object.fromEntries(board.map((member) => [member.key, member.name])),
    chairKeys: route.chair ? peopleWithRole(organisation, route.chair).map((chair) => chair.key) : [],
    boardSize: board.length,
  };
}

/** The version hash of every document a flow's clauses come from. */
function policyVersions(orgCorpus: OrganisationCorpus, flow: Flow): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const ref of flow.clauses) {
    const document = orgCorpus.documents.get(ref.document);
    if (document) versions[ref.document] = document.versionHash;
  }
  return versions;
}
