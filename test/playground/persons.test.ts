import { describe, expect, it } from 'vitest';
import { playgroundPersons, resolvePlaygroundPerson } from '../../src/playground/persons.ts';
import { shippedCorpus } from '../support/conversation-fixture.ts';

const allsorts = async () => (await shippedCorpus()).organisations.get('allsorts')!.organisation;

describe('playgroundPersons', () => {
  it('lists everyone with a playground account, with their role titles', async () => {
    const persons = playgroundPersons(await allsorts());
    expect(persons).toHaveLength(11);
    expect(persons[0]).toEqual({ id: 'sam', name: 'Sam (staff)', roles: ['Staff member or volunteer'] });
    expect(persons.find((person) => person.id === 'priya')!.roles).toEqual(['Trustee', 'Chair of the trustee board']);
  });
});

describe('resolvePlaygroundPerson', () => {
  it('accepts a listed account and a guest name, and nothing else', async () => {
    const organisation = await allsorts();
    expect(resolvePlaygroundPerson(organisation, 'alex')).toEqual({ platform: 'playground', userId: 'alex' });
    expect(resolvePlaygroundPerson(organisation, 'guest:Jamie Lee')).toEqual({
      platform: 'playground',
      userId: 'guest:Jamie Lee',
    });
    expect(resolvePlaygroundPerson(organisation, 'mallory')).toBeUndefined();
    expect(resolvePlaygroundPerson(organisation, 'guest:')).toBeUndefined();
    expect(resolvePlaygroundPerson(organisation, 'guest:<script>')).toBeUndefined();
    expect(resolvePlaygroundPerson(organisation, `guest:${'a'.repeat(41)}`)).toBeUndefined();
  });
});
