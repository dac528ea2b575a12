import type { Organisation } from '../organisation/organisation-schema.ts';
import type { Corpus } from '../policy/corpus.ts';
import { outcomeNotifications } from './addressing.ts';
import type { CommandValue } from './approval-types.ts';
import { type AuditLog, firstAppend } from './audit-log.ts';
import type { VoteRoute } from './flow-schema.ts';
import { keys } from './keys.ts';
import type { Clock, RecordStore } from './ports.ts';
import { auditEventOf, eventIdOf } from './recorded-events.ts';
import type { OutcomeRecord, RequestRecord } from './records.ts';
import type { RequestRepository } from './request-repository.ts';
import { deriveView, type RequestRecords } from './request-view.ts';
import { type Ballot, settledVoteOutcome, tallyVotes, type VoteOutcome, type VoteRules } from './votes.ts';

/**
 * The one terminal transition of a request: whoever's putIfAbsent creates `outcome:<id>` first
 * wins, in any process, and only the winner audits and announces it. Shared by the commands (a
 * decision, a withdrawal, the vote that settles a vote) and the clock (expiry, a vote's close).
 */
export class Outcomes {
  readonly #corpus: Corpus;
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #repo: RequestRepository;
  readonly #audit: AuditLog;

  constructor(options: {
    corpus: Corpus;
    store: RecordStore;
    clock: Clock;
    repository: RequestRepository;
    audit: AuditLog;
  }) {
    this.#corpus = options.corpus;
    this.#store = options.store;
    this.#clock = options.clock;
    this.#repo = options.repository;
    this.#audit = options.audit;
  }

  /** Claims the outcome; true when this call made it. */
  async claim(outcome: OutcomeRecord): Promise<boolean> {
    const claimed = await this.#store.putIfAbsent(keys.outcome(outcome.requestId), outcome);
    if (claimed) this.#repo.rememberOutcome(outcome);
    return claimed;
  }

  /** Claims the outcome of a settled (or closed) vote; only the claimer tells anyone. */
  async closeVote(records: RequestRecords, settled: VoteOutcome): Promise<CommandValue | undefined> {
    const { request } = records;
    const route = request.flow.route as VoteRoute;
    const tally = tallyVotes(ballotsOf(records), { quorum: route.quorum, boardSize: request.electorate!.boardSize });
    const outcome: OutcomeRecord = {
      v: 1,
      requestId: request.id,
      status: settled.status,
      at: this.#clock.now().toISOString(),
      reason: settled.reason,
      tally,
      auditFloor: await this.#audit.floor(request.org),
    };
    if (!(await this.claim(outcome))) return undefined;
    await this.#audit.append(auditEventOf(this.#corpus, request, { kind: 'outcome', outcome }), firstAppend(outcome));
    const view = deriveView({ ...records, outcome }, this.#clock.now());
    return {
      request: view,
      notifications: outcomeNotifications(organisationOf(this.#corpus, request.org), view, request, outcome, []),
      events: [
        { org: request.org, requestId: request.id, eventId: eventIdOf(request.id, { kind: 'outcome', outcome }) },
      ],
    };
  }

  /** How a vote stands once its outcome cannot change, whatever the members still to vote do; undefined while it can. */
  settled(records: RequestRecords): VoteOutcome | undefined {
    const { request } = records;
    if (!request.electorate) return undefined;
    const voted = new Set(records.votes.map((vote) => vote.voter.key));
    const remaining = request.electorate.voters.filter((key) => !voted.has(key));
    return settledVoteOutcome(ballotsOf(records), remaining, voteRules(request));
  }
}

export function ballotsOf(records: RequestRecords): Ballot[] {
  return records.votes.map((vote) => ({ voterKey: vote.voter.key, choice: vote.choice }));
}

export function voteRules(request: RequestRecord): VoteRules {
  const route = request.flow.route as VoteRoute;
  return {
    quorum: route.quorum,
    threshold: route.threshold,
    tie: route.tie,
    boardSize: request.electorate!.boardSize,
    chairKeys: request.electorate!.chairKeys,
  };
}

/** An organisation of the corpus; one no longer in it can still be read, and nobody holds its roles. */
export function organisationOf(corpus: Corpus, org: string): Organisation {
  const found = corpus.organisations.get(org);
  // A request of an organisation no longer in the corpus can still be read; nobody holds its roles.
  return (
    found?.organisation ?? {
      slug: org,
      name: org,
      contacts: {},
      askInstead: ['none'],
      reporting: { summary: '', contacts: ['none'], emergency: '', clauses: [] },
      roles: {},
      people: [],
      flows: [],
    }
  );
}
