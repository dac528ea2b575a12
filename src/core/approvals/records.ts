import type { Answers } from './answers.ts';
import type { Flow } from './flow-schema.ts';
import type { PersonRef } from './people.ts';
import type { Tally, VoteChoice, VoteReason } from './votes.ts';

/** The terminal states a request can reach; `lapsed` is derived later for an approval whose time has run out. */
export type OutcomeStatus = 'approved' | 'declined' | 'withdrawn' | 'expired';

/** Who did something: their person key, display name and the account they used. */
export interface ActorStamp {
  readonly key: string;
  readonly name: string;
  readonly account: PersonRef;
}

/** `request:<id>`: written once at submission; the flow and the voters are fixed then. */
export interface RequestRecord {
  readonly v: 1;
  readonly id: string;
  readonly org: string;
  /** The flow as it stood at submission, so a later edit of organisation.yaml does not change the rules mid-request. */
  readonly flow: Flow;
  readonly requester: ActorStamp;
  readonly answers: Answers;
  readonly submittedAt: string;
  /** Clause ids (`<document>#<label>`) that require the flow. */
  readonly clauses: readonly string[];
  /** Version hash of each policy document in force at submission. */
  readonly policyVersions: Readonly<Record<string, string>>;
  /** For a vote: the person keys who may vote (the body less the requester), the chair, and the board size. */
  readonly electorate?: {
    readonly voters: readonly string[];
    readonly names: Readonly<Record<string, string>>;
    readonly chairKeys: readonly string[];
    readonly boardSize: number;
  };
}

/** `outcome:<id>`: the one terminal transition, claimed by whoever gets there first. */
export interface OutcomeRecord {
  readonly v: 1;
  readonly requestId: string;
  readonly status: OutcomeStatus;
  readonly at: string;
  /** The decider or the requester who withdrew; absent when the clock or the vote decided. */
  readonly by?: ActorStamp;
  readonly comment?: string;
  /** Why: `decision`, `withdrawn`, `expire-after`, or the vote's reason. */
  readonly reason: 'decision' | 'withdrawn' | 'expire-after' | VoteReason;
  readonly tally?: Tally;
  /** The audit log's head when the outcome was claimed: its entry comes after it (see VoteRecord.auditFloor). */
  readonly auditFloor?: number;
}

/** `vote:<id>:<person>`: one vote, final once cast. */
export interface VoteRecord {
  readonly v: 1;
  readonly requestId: string;
  readonly voter: ActorStamp;
  readonly choice: VoteChoice;
  readonly at: string;
  /** The audit log's head when the vote was written: its entry comes after it (where a retry looks), so the vote needs no separate audit claim. */
  readonly auditFloor?: number;
}

/** `reminder:<id>:<n>`, `escalation:<id>`, `lapse:<id>`: events the clock caused. */
export interface ClockEventRecord {
  readonly v: 1;
  readonly requestId: string;
  readonly at: string;
  /** Roles or person keys told. */
  readonly to: readonly string[];
}
