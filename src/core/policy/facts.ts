import type { Organisation } from '../organisation/organisation-schema.ts';
import { memoise } from './memoise.ts';
import type { Clause, PolicyDocumentMeta } from './policy-types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for people: `2023`, `September 2023`, `13 September 2021`. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The last instant (UTC) covered by a partial date: the end of its year, month or day. */
export function endOfPartialDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return new Date(Date.UTC(year + 1, 0, 1) - 1);
  if (day === undefined) return new Date(Date.UTC(year, month, 1) - 1);
  return new Date(Date.UTC(year, month - 1, day + 1) - 1);
}

/** The last instant of a review date, in milliseconds, remembered: every citation of a document checks it. */
const endOfReview = memoise((review: string): number => endOfPartialDate(review).getTime(), 1000);

/** True when the document names a review date and that date has passed at `now`. */
export function isReviewOverdue(meta: PolicyDocumentMeta, now: Date): boolean {
  return meta.review !== undefined && now.getTime() > endOfReview(meta.review);
}

/** The document's own facts (version, approval, review) as a searchable record. */
export function documentFactsClause(meta: PolicyDocumentMeta, organisation: Organisation): Clause {
  const parts = [`${meta.title}, a policy of ${organisation.name}.`];
  if (meta.version) parts.push(`Version: ${meta.version}.`);
  if (meta.approved || meta.approvedBy) {
    parts.push(
      `Approved${meta.approvedBy ? ` by ${meta.approvedBy}` : ''}${meta.approved ? ` in ${formatPartialDate(meta.approved)}` : ''}.`,
    );
  }
  if (meta.updated) parts.push(`Last updated: ${formatPartialDate(meta.updated)}.`);
  if (meta.review) parts.push(`Review date: ${formatPartialDate(meta.review)}.`);
  if (meta.reviewer) parts.push(`Reviewer: ${meta.reviewer}.`);
  return {
    id: `${meta.id}#Document details`,
    documentId: meta.id,
    label: 'Document details',
    section: 'Document details',
    text: parts.join(' '),
    line: 1,
    kind: 'facts',
  };
}

/** The label of the record of an organisation's contacts (see {@link contactsFactsClause}). */
export const CONTACTS_LABEL = 'Contacts';

/** Who to contact, from organisation.yaml, as a searchable record attached to the first document. */
export function contactsFactsClause(organisation: Organisation, documentId: string): Clause {
  const lines = Object.values(organisation.contacts).map((contact) => {
    const details = [contact.name, contact.email, contact.phone, contact.notes].filter(Boolean).join(', ');
    return `${contact.title}${details ? `: ${details}` : ''}.`;
  });
  return {
    id: `${documentId}#Contacts`,
    documentId,
    label: CONTACTS_LABEL,
    section: CONTACTS_LABEL,
    text: `Who to contact at ${organisation.name}:\n${lines.join('\n')}`,
    line: 1,
    kind: 'facts',
  };
}
