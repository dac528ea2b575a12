import type { Contact } from '../organisation/organisation-schema.ts';
import type { OrganisationCorpus } from './corpus.ts';

/** A contact as shown in answers. */
export interface ContactCard extends Contact {
  readonly id: string;
}

/** The contacts of `ids` from organisation.yaml, as shown in answers. */
export function contactCards(corpus: OrganisationCorpus, ids: readonly string[]): ContactCard[] {
  return ids.map((id) => ({ id, ...corpus.organisation.contacts[id]! }));
}
