import { displayAnswer } from './answers.ts';
import type { PersonRef } from './people.ts';
import type { ClockEventRecord, OutcomeRecord, OutcomeStatus, RequestRecord, VoteRecord } from './records.ts';
import { type Tally, tallyVotes, type VoteChoice } from './votes.ts';

/** Where a request stands. `lapsed` is an approval whose `lasts` time has run out. */
export type RequestStatus = 'pending' | OutcomeStatus | 'lapsed';

/** A person as a view shows them. */
export interface PersonView {
  readonly key: string;
  readonly name: string;
  readonly account: PersonRef;
}

/** One line of a request's history, audit-style. */
export interface HistoryEvent {
  readonly at: string;
  readonly type: 'submitted' | 'voted' | 'reminded' | 'escalated' | 'decided' | 'withdrawn' | 'expired' | 'lapsed';
  readonly actor?: string;
  readonly detail?: string;
}

/** Everything a platform needs to draw a request: serialisable, with young people by initials only. */
export interface RequestView {
  readonly id: string;
  readonly org: string;
  readonly flow: { readonly id: string; readonly title: string };
  readonly route:
    | {
        readonly kind: 'single';
        readonly roles: readonly string[];
        readonly escalated: boolean;
        readonly escalateTo: readonly string[];
      }
    | { readonly kind: 'vote'; readonly body: string; readonly title?: string; readonly closesAt: string };
  readonly requester: PersonView;
  /** Field label and display value, in form order. */
  readonly answers: ReadonlyArray<{ readonly fieldId: string; readonly label: string; readonly value: string }>;
  readonly status: RequestStatus;
  readonly submittedAt: string;
  readonly decidedAt?: string;
  readonly decidedBy?: PersonView;
  readonly comment?: string;
  /** Why it ended: decision, withdrawn, expire-after, majority, chair-casting-vote, tie, no-quorum. */
  readonly reason?: string;
  readonly votes: ReadonlyArray<{ readonly voter: PersonView; readonly choice: VoteChoice; readonly at: string }>;
  readonly tally?: Tally;
  /** Verbatim conditions shown with an approval, with the clause that imposes each. */
  readonly conditions: ReadonlyArray<{ readonly text: string; readonly clause?: string }>;
  readonly clauses: readonly string[];
  readonly policyVersions: Readonly<Record<string, string>>;
  /** When a pending single-decision request expires (flow `expireAfter`). */
  readonly expiresAt?: string;
  /** When a granted permission lapses (flow `lasts`, counted from the request's own date; or its "until" date). */
  readonly lapsesAt?: string;
  /** For an approval (and a lapsed one): the end of the permission, to show with it. The same instant as `lapsesAt`. */
  readonly validUntil?: string;
  readonly history: readonly HistoryEvent[];
}

/** The records a request's state is derived from. */
export interface RequestRecords {
  readonly request: RequestRecord;
  readonly outcome?: OutcomeRecord;
  readonly votes: readonly VoteRecord[];
  readonly reminders: readonly ClockEventRecord[];
  readonly escalation?: ClockEventRecord;
  readonly lapse?: ClockEventRecord;
}

const iso = (ms: number): string => new Date(ms).toISOString();

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The date a request asks for, from its own answers: an "until" date (a date field with id
 * `until`, or labelled "Until …") is the last day of the permission; otherwise the first date
 * field is the day it is for (the trip, the call). Days are UTC.
 */
export function requestedDate(
  request: Pick<RequestRecord, 'flow' | 'answers'>,
): { readonly kind: 'until' | 'on'; readonly day: number } | undefined {
  const dated = request.flow.fields.filter(
    (field) => field.type === 'date' && typeof request.answers[field.id] === 'string',
  );
  const until = dated.find((field) => field.id === 'until' || /^until\b/i.test(field.label));
  const chosen = until ?? dated[0];
  if (!chosen) return undefined;
  const day = Date.parse(`${request.answers[chosen.id] as string}T00:00:00Z`);
  return Number.isNaN(day) ? undefined : { kind: until ? 'until' : 'on', day };
}

/**
 * When an approval lapses. A request with an "until" date lasts to the end of that day. Otherwise
 * the flow's `lasts` counts from the later of the decision and the start of the day the request is
 * for, so a permission never lapses before the date it was asked for: photos for 12 December
 * approved on 2 December last until the end of 12 December with `lasts: 1d`.
 */
export function lapseTime(records: Pick<RequestRecords, 'request' | 'outcome'>): number | undefined {
  const { request, outcome } = records;
  if (outcome?.status !== 'approved') return undefined;
  const asked = requestedDate(request);
  if (asked?.kind === 'until') return asked.day + dayMs;
  if (request.flow.lasts === undefined) return undefined;
  return Math.max(Date.parse(outcome.at), asked?.day ?? Number.NEGATIVE_INFINITY) + request.flow.lasts;
}

/** Derives a request's view from its records at `now`. */
export function deriveView(records: RequestRecords, now: Date): RequestView {
  const { request, outcome, votes } = records;
  const flow = request.flow;
  const submitted = Date.parse(request.submittedAt);
  const lapsesAtMs = lapseTime(records);
  let status: RequestStatus = outcome?.status ?? 'pending';
  if (status === 'approved' && lapsesAtMs !== undefined && (records.lapse || now.getTime() >= lapsesAtMs))
    status = 'lapsed';

  const answers = flow.fields.flatMap((field) => {
    const value = request.answers[field.id];
    return value === undefined ? [] : [{ fieldId: field.id, label: field.label, value: displayAnswer(field, value) }];
  });
  const route: RequestView['route'] =
    flow.route.kind === 'single'
      ? {
          kind: 'single',
          roles: flow.route.roles,
          escalated: records.escalation !== undefined,
          escalateTo: flow.route.escalateTo ?? [],
        }
      : {
          kind: 'vote',
          body: flow.route.body,
          ...(flow.route.title ? { title: flow.route.title } : {}),
          closesAt: iso(submitted + flow.route.window),
        };
  const sortedVotes = [...votes].sort((a, b) => a.at.localeCompare(b.at));
  const tally =
    flow.route.kind === 'vote'
      ? // Every recorded vote counts in the tally, including one cast in the instant the outcome was settled: it cannot change a settled outcome.
        tallyVotes(
          sortedVotes.map((vote) => ({ voterKey: vote.voter.key, choice: vote.choice })),
          {
            quorum: flow.route.quorum,
            boardSize: request.electorate?.boardSize ?? 0,
            ...(request.electorate ? { eligible: request.electorate.voters.length } : {}),
          },
        )
      : undefined;

  const history: HistoryEvent[] = [{ at: request.submittedAt, type: 'submitted', actor: request.requester.name }];
  for (const vote of sortedVotes)
    history.push({ at: vote.at, type: 'voted', actor: vote.voter.name, detail: vote.choice });
  for (const reminder of records.reminders)
    history.push({ at: reminder.at, type: 'reminded', detail: reminder.to.join(', ') });
  if (records.escalation)
    history.push({ at: records.escalation.at, type: 'escalated', detail: records.escalation.to.join(', ') });
  if (outcome) {
    const type = outcome.status === 'withdrawn' ? 'withdrawn' : outcome.status === 'expired' ? 'expired' : 'decided';
    history.push({
      at: outcome.at,
      type,
      ...(outcome.by ? { actor: outcome.by.name } : {}),
      detail: type === 'decided' ? `${outcome.status} (${outcome.reason})` : outcome.reason,
    });
  }
  if (records.lapse) history.push({ at: records.lapse.at, type: 'lapsed' });
  history.sort((a, b) => a.at.localeCompare(b.at));

  return {
    id: request.id,
    org: request.org,
    flow: { id: flow.id, title: flow.title },
    route,
    requester: { key: request.requester.key, name: request.requester.name, account: request.requester.account },
    answers,
    status,
    submittedAt: request.submittedAt,
    ...(outcome && outcome.status !== 'withdrawn' ? { decidedAt: outcome.at } : {}),
    ...(outcome?.by && outcome.status !== 'withdrawn'
      ? { decidedBy: { key: outcome.by.key, name: outcome.by.name, account: outcome.by.account } }
      : {}),
    ...(outcome?.comment ? { comment: outcome.comment } : {}),
    ...(outcome ? { reason: outcome.reason } : {}),
    votes: sortedVotes.map((vote) => ({
      voter: { key: vote.voter.key, name: vote.voter.name, account: vote.voter.account },
      choice: vote.choice,
      at: vote.at,
    })),
    ...(tally ? { tally } : {}),
    conditions: flow.conditions.map((condition) => ({
      text: condition.text,
      ...(condition.clause ? { clause: `${condition.clause.document}#${condition.clause.clause}` } : {}),
    })),
    clauses: request.clauses,
    policyVersions: request.policyVersions,
    ...(flow.route.kind === 'single' && flow.route.expireAfter !== undefined
      ? { expiresAt: iso(submitted + flow.route.expireAfter) }
      : {}),
    ...(lapsesAtMs !== undefined ? { lapsesAt: iso(lapsesAtMs), validUntil: iso(lapsesAtMs) } : {}),
    history,
  };
}

/** Who decides a single-decision request: its roles, plus the backup roles once it has been escalated. */
export function deciderRoles(
  route: { readonly roles: readonly string[]; readonly escalateTo?: readonly string[] },
  escalated: boolean,
): string[] {
  return [...route.roles, ...(escalated ? (route.escalateTo ?? []) : [])];
}

/** The roles that may act on a request now: the vote's body, or its deciders. */
export function actingRoles(view: Pick<RequestView, 'route'>): string[] {
  const route = view.route;
  return route.kind === 'vote' ? [route.body] : deciderRoles(route, route.escalated);
}
