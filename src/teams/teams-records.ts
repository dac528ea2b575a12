import { z } from 'zod';
import { personRefSchema } from '../core/approvals/people.ts';
import type { RecordStore } from '../core/approvals/ports.ts';
import { WriteOnceSequence } from '../core/records/write-once-sequence.ts';

/**
 * The Teams platform's own write-once records, under `teams:` keys:
 *
 * - `teams:ref:<aadObjectId>` (then `:2`, `:3`…): the person's personal-chat conversation reference,
 *   captured at install or first message; a newer one is added when the service URL or chat changes.
 * - `teams:member:<aadObjectId>` (then `:2`…): where the person was last seen (service URL, tenant,
 *   Teams MRI), enough to open a 1:1 chat and to name them in a card's refresh list.
 * - `teams:service:<org>` (then `:2`…): the service URL, tenant and bot account last seen for an
 *   organisation, to post to its role channels.
 * - `teams:msg:<requestId>:<n>`: every card posted for a request, to redraw each copy in place.
 *
 * Nothing is ever overwritten: a changed value becomes the next version and readers take the latest.
 */

const account = z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() });

/** A conversation reference as stored: what continueConversationAsync needs. */
export const storedReferenceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: account,
  user: account.optional(),
});

/** A stored conversation reference. */
export type StoredReference = z.infer<typeof storedReferenceSchema>;

/** Where a person was last seen: enough to open a 1:1 chat with them. */
export const memberAddressSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  tenantId: z.string().optional(),
  /** The Teams user MRI (29:…), which refresh lists and 1:1 chats need. */
  mri: z.string().min(1),
  bot: account,
});

/** A stored member address. */
export type MemberAddress = z.infer<typeof memberAddressSchema>;

/** Where a person is, seen in a conversation: its service and bot, their MRI, and the tenant. */
export function memberAddress(reference: StoredReference, mri: string, tenantId: string | undefined): MemberAddress {
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    mri,
    bot: reference.bot,
    ...(tenantId ? { tenantId } : {}),
  };
}

/** Where an organisation's Teams tenant is served, and the bot's account there. */
export const orgServiceSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  tenantId: z.string().optional(),
  bot: account,
});

/** A stored organisation service. */
export type OrgService = z.infer<typeof orgServiceSchema>;

/** One card posted for a request: where it is and whose view it shows. */
export const postedCardSchema = z.object({
  conversationId: z.string().min(1),
  activityId: z.string().min(1),
  serviceUrl: z.string().min(1),
  /** A person's own copy (drawn with their buttons), or a copy many people see. */
  viewer: z.union([personRefSchema, z.literal('channel')]),
  reference: storedReferenceSchema,
});

/** A stored posted card. */
export type PostedCard = z.infer<typeof postedCardSchema>;

/** The keys this module writes. */
export const teamsKeys = {
  reference: (userId: string) => `teams:ref:${userId}`,
  member: (userId: string) => `teams:member:${userId}`,
  service: (org: string) => `teams:service:${org}`,
  postedCard: (requestId: string, n: number) => `teams:msg:${requestId}:${n}`,
} as const;

const versionKey = (base: string, n: number): string => (n === 1 ? base : `${base}:${n}`);
const page = 8;

/**
 * A value that can change over time kept as write-once versions `<base>`, `<base>:2`, …: one of
 * the core's write-once sequences per base. The latest version is the current value; a process
 * that lags finds newer versions by reading past what it knows.
 */
class VersionedRecords<T> {
  readonly #known = new Map<string, { n: number; value: T }>();

  constructor(
    private readonly store: RecordStore,
    private readonly schema: z.ZodType<T>,
  ) {}

  /** The latest version, or undefined when there is none. */
  async latest(base: string): Promise<T | undefined> {
    let current = this.#known.get(base);
    let newest: { n: number; value: unknown } | undefined;
    for await (const slot of this.#sequence(base).read((current?.n ?? 0) + 1, page)) newest = slot;
    if (newest) current = { n: newest.n, value: this.schema.parse(newest.value) };
    if (current) this.#known.set(base, current);
    return current?.value;
  }

  /** Adds `value` as the next version unless the latest one is `same`; true when a version was written. */
  async remember(base: string, value: T, same: (a: T, b: T) => boolean): Promise<boolean> {
    const known = this.#known.get(base);
    if (known && same(known.value, value)) return false;
    const latest = await this.latest(base);
    if (latest !== undefined && same(latest, value)) return false;
    // Another process may write the next version first: if it says the same, we are done.
    const n = await this.#sequence(base).claim(value, {
      after: this.#known.get(base)?.n ?? 0,
      yieldTo: (taken) => same(this.schema.parse(taken), value),
    });
    if (n === undefined) return false;
    this.#known.set(base, { n, value });
    return true;
  }

  #sequence(base: string): WriteOnceSequence<T> {
    return new WriteOnceSequence<T>(this.store, (n) => versionKey(base, n));
  }
}

const sameReference = (a: StoredReference, b: StoredReference): boolean =>
  a.serviceUrl === b.serviceUrl &&
  a.conversation.id === b.conversation.id &&
  a.bot.id === b.bot.id &&
  a.user?.id === b.user?.id;
const sameMember = (a: MemberAddress, b: MemberAddress): boolean =>
  a.serviceUrl === b.serviceUrl && a.mri === b.mri && a.tenantId === b.tenantId && a.bot.id === b.bot.id;
const sameService = (a: OrgService, b: OrgService): boolean =>
  a.serviceUrl === b.serviceUrl && a.bot.id === b.bot.id && a.tenantId === b.tenantId;

/** The Teams platform's records over the shared write-once store. */
export class TeamsRecords {
  readonly #references: VersionedRecords<StoredReference>;
  readonly #members: VersionedRecords<MemberAddress>;
  readonly #services: VersionedRecords<OrgService>;

  constructor(private readonly store: RecordStore) {
    this.#references = new VersionedRecords(store, storedReferenceSchema);
    this.#members = new VersionedRecords(store, memberAddressSchema);
    this.#services = new VersionedRecords(store, orgServiceSchema);
  }

  /** Keeps a person's personal-chat reference; true when it was new or changed. */
  rememberPersonalChat(userId: string, reference: StoredReference): Promise<boolean> {
    return this.#references.remember(teamsKeys.reference(userId), reference, sameReference);
  }

  /** The person's latest personal-chat reference. */
  personalChat(userId: string): Promise<StoredReference | undefined> {
    return this.#references.latest(teamsKeys.reference(userId));
  }

  /** Keeps where a person was seen; true when it was new or changed. */
  rememberMember(userId: string, address: MemberAddress): Promise<boolean> {
    return this.#members.remember(teamsKeys.member(userId), address, sameMember);
  }

  /** Where the person was last seen. */
  member(userId: string): Promise<MemberAddress | undefined> {
    return this.#members.latest(teamsKeys.member(userId));
  }

  /** Keeps where an organisation's tenant is served; true when it was new or changed. */
  rememberService(org: string, service: OrgService): Promise<boolean> {
    return this.#services.remember(teamsKeys.service(org), service, sameService);
  }

  /** Where an organisation's tenant was last seen served. */
  service(org: string): Promise<OrgService | undefined> {
    return this.#services.latest(teamsKeys.service(org));
  }

  /** Records a card posted for a request, under the next free number (once per message). */
  async addPostedCard(requestId: string, card: PostedCard): Promise<void> {
    const existing = await this.postedCards(requestId);
    if (existing.some((other) => other.activityId === card.activityId && other.conversationId === card.conversationId))
      return;
    await this.#postedCards(requestId).claim(card, { after: existing.length });
  }

  /** Every card posted for a request, in the order posted. */
  async postedCards(requestId: string): Promise<PostedCard[]> {
    const cards: PostedCard[] = [];
    for await (const { value } of this.#postedCards(requestId).read(1, page)) cards.push(postedCardSchema.parse(value));
    return cards;
  }

  #postedCards(requestId: string): WriteOnceSequence<PostedCard> {
    return new WriteOnceSequence<PostedCard>(this.store, (n) => teamsKeys.postedCard(requestId, n));
  }
}
