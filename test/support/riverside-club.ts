import { buildCorpus, type Corpus } from '../../src/core/policy/corpus.ts';

/** The safeguarding lead of the small test club, and any other contacts a test adds (YAML, two-space indented). */
const LEAD = `  lead:
    title: Safeguarding lead
    name: Kim Ray
`;

/**
 * A small club written for tests (not any organisation's wording), `riverside-club`, with one
 * policy document and a safeguarding lead; `contacts` adds contacts before the lead.
 */
export function riversideClub(document: { file: string; text: string }, contacts = ''): Corpus {
  const organisation = `slug: riverside-club
name: Riverside Club
contacts:
${contacts}${LEAD}askInstead: [lead]
reporting:
  summary: Tell the safeguarding lead today.
  contacts: [lead]
  emergency: If someone is in immediate danger, call 999 now.
roles: {}
`;
  const result = buildCorpus([
    {
      slug: 'riverside-club',
      organisation: { file: 'riverside-club/organisation.yaml', text: organisation },
      documents: [{ file: `riverside-club/${document.file}`, text: document.text }],
    },
  ]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.corpus;
}
