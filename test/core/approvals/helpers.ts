import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ApprovalService, type CommandResult } from '../../../src/core/approvals/approval-service.ts';
import type { Flow } from '../../../src/core/approvals/flow-schema.ts';
import type { PersonRef } from '../../../src/core/approvals/people.ts';
import type { Person } from '../../../src/core/organisation/organisation-schema.ts';
import type { Corpus } from '../../../src/core/policy/corpus.ts';
import { shippedCorpus } from '../../support/conversation-fixture.ts';
import { ManualClock } from '../../support/manual-clock.ts';

export { shippedCorpus };

/** A playground account. */
export const pg = (userId: string): PersonRef => ({ platform: 'playground', userId });

/** The shipped corpus with one organisation's people or flows replaced. */
export async function corpusWith(
  org: string,
  change: { people?: Person[]; flows?: (flows: readonly Flow[]) => Flow[] },
): Promise<Corpus> {
  const base = await shippedCorpus();
  const orgCorpus = base.organisations.get(org)!;
  const flows = change.flows ? change.flows(orgCorpus.organisation.flows) : orgCorpus.organisation.flows;
  const organisation = { ...orgCorpus.organisation, ...(change.people ? { people: change.people } : {}), flows };
  const organisations = new Map(base.organisations);
  organisations.set(org, { ...orgCorpus, organisation, flowById: new Map(flows.map((flow) => [flow.id, flow])) });
  return { organisations };
}

/** An in-memory store whose backing map the test holds, to edit the "database" behind the app's back. */
export class TamperableStore extends MemoryRecordStore {
  readonly raw: Map<string, string>;

  constructor(raw = new Map<string, string>()) {
    super(raw);
    this.raw = raw;
  }

  /** Replaces a stored value, as someone with direct database access could. */
  tamper(key: string, value: unknown): void {
    this.raw.set(key, JSON.stringify(value));
  }

  /** Removes a stored value, as someone with direct database access could. */
  remove(key: string): void {
    this.raw.delete(key);
  }
}

/** A service over a fresh in-memory store and a manual clock. */
export async function setup(
  corpus?: Corpus,
): Promise<{ service: ApprovalService; store: TamperableStore; clock: ManualClock; corpus: Corpus }> {
  const store = new TamperableStore();
  const clock = new ManualClock('2025-03-03T09:00:00Z');
  const used = corpus ?? (await shippedCorpus());
  let n = 0;
  const service = new ApprovalService({
    corpus: used,
    store,
    clock,
    newId: () => `req-${String(++n).padStart(4, '0')}`,
  });
  return { service, store, clock, corpus: used };
}

/** Valid answers for each shipped Allsorts flow. */
export const allsortsAnswers = {
  photos: {
    activity: 'Summer trip',
    date: '2025-07-14',
    subject: 'Group activities at the park',
    'parental-consent': true,
    'allsorts-phone': true,
  },
  'work-phone-sharing': { borrower: 'Chris (staff)', reason: 'Their phone is broken', until: '2025-03-10' },
  'keep-contact-details': { 'young-person': 'J.S.', reason: 'Arranging a work placement' },
  'premium-international-calls': { call: 'France', reason: 'Booking the exchange trip', date: '2025-03-04' },
  'trustee-contact': {
    'young-person': 'AB',
    purpose: 'Mentoring towards employment',
    'parent-agreement': { agreed: true, who: 'Parent', how: 'In writing' },
  },
} as const;

/** Unwraps a successful command result, failing the test with the error otherwise. */
export function ok(result: CommandResult): Extract<CommandResult, { ok: true }>['value'] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Unwraps a refused command's error code. */
export function errorCode(result: CommandResult): string {
  if (result.ok) throw new Error('expected the command to be refused');
  return result.error.code;
}

/** Sam (staff at Allsorts) asks to take photos, with the shipped answers; returns the request id. */
export async function submitPhotos(service: ApprovalService): Promise<string> {
  return ok(
    await service.submit({ org: 'allsorts', flowId: 'photos', requester: pg('sam'), answers: allsortsAnswers.photos }),
  ).request.id;
}
