import { z } from 'zod';
import type { Organisation, Person } from '../organisation/organisation-schema.ts';

/** The platforms a person can act from. */
export const platforms = ['slack', 'teams', 'playground', 'cli'] as const;

/** A platform the bot talks on. */
export type Platform = (typeof platforms)[number];

/** One account on one platform: how a person is identified in every command. */
export const personRefSchema = z.strictObject({
  platform: z.enum(platforms),
  userId: z.string().min(1).max(200),
});

/** A platform account (Slack member id, Teams AAD object id, playground name). */
export type PersonRef = z.infer<typeof personRefSchema>;

/** A person as the approvals core sees them: one human, possibly with accounts on several platforms. */
export interface Actor {
  /** Stable key for "the same human": the listed person's slug, or `platform:userId` for someone not listed. */
  readonly key: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** Every account of this person (just the one used, for someone not listed). */
  readonly accounts: readonly PersonRef[];
  /** The listed person, when organisation.yaml names them. */
  readonly person?: Person;
}

/** Every account of a listed person, in a fixed platform order. */
export function accountsOf(person: Person): PersonRef[] {
  const refs: PersonRef[] = [];
  if (person.accounts.slack) refs.push({ platform: 'slack', userId: person.accounts.slack });
  if (person.accounts.teams) refs.push({ platform: 'teams', userId: person.accounts.teams });
  if (person.accounts.playground) refs.push({ platform: 'playground', userId: person.accounts.playground });
  return refs;
}

const keysCache = new WeakMap<readonly Person[], readonly string[]>();

/** The keys of every listed person, in organisation.yaml order; a clash of slugs gets a numeric suffix. Worked out once per people list. */
export function personKeys(organisation: Organisation): string[] {
  const cached = keysCache.get(organisation.people);
  if (cached) return [...cached];
  const computed = computePersonKeys(organisation);
  keysCache.set(organisation.people, computed);
  return [...computed];
}

function computePersonKeys(organisation: Organisation): string[] {
  const seen = new Map<string, number>();
  return organisation.people.map((person) => {
    const base = slugify(person.name) || 'person';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Resolves an account to the person organisation.yaml lists for it, or to an unlisted actor with no roles. */
export function resolveActor(organisation: Organisation, ref: PersonRef): Actor {
  const keys = personKeys(organisation);
  const index = organisation.people.findIndex((person) =>
    accountsOf(person).some((account) => account.platform === ref.platform && account.userId === ref.userId),
  );
  if (index === -1)
    return { key: `${ref.platform}:${ref.userId}`, name: `${ref.platform}:${ref.userId}`, roles: [], accounts: [ref] };
  const person = organisation.people[index]!;
  return { key: keys[index]!, name: person.name, roles: person.roles, accounts: accountsOf(person), person };
}

/** Every listed person holding `role`, with all their accounts: how a platform turns a role notification into people. */
export function peopleWithRole(organisation: Organisation, role: string): Actor[] {
  const keys = personKeys(organisation);
  return organisation.people.flatMap((person, i) =>
    person.roles.includes(role)
      ? [{ key: keys[i]!, name: person.name, roles: person.roles, accounts: accountsOf(person), person }]
      : [],
  );
}

/** The listed person with this key, if any. */
export function actorByKey(organisation: Organisation, key: string): Actor | undefined {
  const keys = personKeys(organisation);
  const index = keys.indexOf(key);
  if (index === -1) return undefined;
  const person = organisation.people[index]!;
  return { key, name: person.name, roles: person.roles, accounts: accountsOf(person), person };
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
