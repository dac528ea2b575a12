import type { PersonRef } from '../core/approvals/people.ts';
import type { Organisation } from '../core/organisation/organisation-schema.ts';

/** Someone the playground lets you act as: a person organisation.yaml lists with a playground account. */
export interface PlaygroundPerson {
  /** Their `accounts.playground`: the userId every command carries. */
  readonly id: string;
  readonly name: string;
  /** Their role titles, as the organisation names them. */
  readonly roles: readonly string[];
}

/** A guest's person id is this prefix and the name they typed. */
export const guestPrefix = 'guest:';

/** What a guest may call themselves: a letter or digit first, then letters, digits, spaces, . ' - (40 at most). */
export const guestNamePattern = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,39}$/u;

/** Everyone listed with a playground account, in organisation.yaml order, with their role titles. */
export function playgroundPersons(organisation: Organisation): PlaygroundPerson[] {
  return organisation.people.flatMap((person) =>
    person.accounts.playground
      ? [
          {
            id: person.accounts.playground,
            name: person.name,
            roles: person.roles.map((role) => organisation.roles[role]?.title ?? role),
          },
        ]
      : [],
  );
}

/**
 * The account a playground person id stands for: a listed person's playground account, or a guest
 * (`guest:<name>`, no roles). Undefined for anything else, so nobody acts under an id the page never offered.
 */
export function resolvePlaygroundPerson(organisation: Organisation, id: string): PersonRef | undefined {
  if (organisation.people.some((person) => person.accounts.playground === id))
    return { platform: 'playground', userId: id };
  if (id.startsWith(guestPrefix) && guestNamePattern.test(id.slice(guestPrefix.length)))
    return { platform: 'playground', userId: id };
  return undefined;
}
