import { createAnswerer } from '../../src/adapters/answerer.ts';
import { loadCorpus } from '../../src/adapters/policy-files.ts';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { defaultPoliciesDir } from '../../src/cli/cli-support.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import type { Notification } from '../../src/core/approvals/notifications.ts';
import type { RecordStore } from '../../src/core/approvals/ports.ts';
import type { RequestView } from '../../src/core/approvals/request-view.ts';
import { Conversation, type Notifier } from '../../src/core/conversation/conversation.ts';
import type { Person } from '../../src/core/organisation/organisation-schema.ts';
import type { Corpus } from '../../src/core/policy/corpus.ts';
import { ManualClock } from './manual-clock.ts';

let shipped: Promise<Corpus> | undefined;

/** The corpus shipped in policies/, loaded once per test file. */
export function shippedCorpus(): Promise<Corpus> {
  shipped ??= loadCorpus(defaultPoliciesDir);
  return shipped;
}

/** Extra platform accounts for the shipped Allsorts people, by name: `{ 'Alex (activity leader)': { slack: 'U_ALEX' } }`. */
export type AccountPatch = Readonly<Record<string, { readonly slack?: string; readonly teams?: string }>>;

/** The shipped corpus with Slack / Teams accounts added to one organisation's people. */
export async function corpusWithAccounts(org: string, accounts: AccountPatch): Promise<Corpus> {
  const base = await shippedCorpus();
  const orgCorpus = base.organisations.get(org)!;
  const unknown = Object.keys(accounts).filter(
    (name) => !orgCorpus.organisation.people.some((person) => person.name === name),
  );
  if (unknown.length) throw new Error(`no such people in ${org}: ${unknown.join(', ')}`);
  const people: Person[] = orgCorpus.organisation.people.map((person) => ({
    ...person,
    accounts: { ...person.accounts, ...accounts[person.name] },
  }));
  const organisations = new Map(base.organisations);
  organisations.set(org, { ...orgCorpus, organisation: { ...orgCorpus.organisation, people } });
  return { organisations };
}

/** A notifier that records what it was asked to deliver. */
export class RecordingNotifier implements Notifier {
  readonly deliveries: Array<{ notifications: readonly Notification[]; changed: readonly RequestView[] }> = [];

  async deliver(notifications: readonly Notification[], changed: readonly RequestView[]): Promise<void> {
    this.deliveries.push({ notifications, changed });
  }

  /** Every notification delivered so far. */
  get notifications(): Notification[] {
    return this.deliveries.flatMap((delivery) => delivery.notifications);
  }
}

/** A whole conversation core over an in-memory store and a manual clock. */
export async function conversationFixture(
  options: { corpus?: Corpus; store?: RecordStore; clock?: ManualClock; notifier?: Notifier } = {},
) {
  const corpus = options.corpus ?? (await shippedCorpus());
  const store = options.store ?? new MemoryRecordStore();
  const clock = options.clock ?? new ManualClock('2026-03-02T09:00:00Z');
  const notifier = options.notifier ?? new RecordingNotifier();
  let requests = 0;
  let answers = 0;
  const approvals = new ApprovalService({
    corpus,
    store,
    clock,
    newId: () => `req-${String(++requests).padStart(4, '0')}`,
  });
  const conversation = new Conversation({
    corpus,
    answerer: createAnswerer(corpus),
    approvals,
    store,
    clock,
    notifier,
    newId: () => `ans-${++answers}`,
  });
  return { conversation, approvals, corpus, store, clock, notifier };
}

/** Valid answers for each shipped Allsorts flow. */
export const allsortsAnswers = {
  photos: {
    activity: 'Summer trip',
    date: '2026-07-14',
    subject: 'Group activities at the park',
    'parental-consent': true,
    'allsorts-phone': true,
  },
  'work-phone-sharing': { borrower: 'Chris (staff)', reason: 'Their phone is broken', until: '2026-03-10' },
  'keep-contact-details': { 'young-person': 'J.S.', reason: 'Arranging a work placement' },
  'premium-international-calls': { call: 'France', reason: 'Booking the exchange trip', date: '2026-03-04' },
  'trustee-contact': {
    'young-person': 'AB',
    purpose: 'Mentoring towards employment',
    'parent-agreement': { agreed: true, who: 'Parent', how: 'In writing' },
  },
} as const;
