import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/adapters/answerer.ts';
import { readPolicySources } from '../../../src/adapters/policy-files.ts';
import { buildCorpus } from '../../../src/core/policy/corpus.ts';

const policies = path.join(import.meta.dirname, '../../../policies');
// Allsorts with one more contact, as a club's organisation.yaml would list its welfare officer
// (a made-up name and number).
const yaml = readFileSync(path.join(policies, 'allsorts/organisation.yaml'), 'utf8').replace(
  /^contacts:\n/m,
  'contacts:\n  welfare-officer:\n    title: Club Welfare Officer\n    name: Sam Example\n    phone: 01234 567890\n',
);
const result = buildCorpus([
  {
    slug: 'allsorts',
    organisation: { file: 'allsorts/organisation.yaml', text: yaml },
    documents: [
      {
        file: 'allsorts/mobile-phone-social-networking.md',
        text: readFileSync(path.join(policies, 'allsorts/mobile-phone-social-networking.md'), 'utf8'),
      },
    ],
  },
]);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
const answerer = createAnswerer(result.corpus);

describe('a question for someone the organisation lists as a contact', () => {
  it('is answered from its contacts, however much it reads like office chat', () => {
    const answer = answerer.answer('allsorts', 'whos the club welfare officer and hows best to reach him');
    expect(answer.verdict).not.toBe('no-answer');
    expect(answer.citations[0]!.clause).toBe('Contacts');
    expect(answer.citations[0]!.text).toContain('Club Welfare Officer: Sam Example, 01234 567890');
  });

  it('still refuses office chat the contacts record only brushes against', () => {
    expect(answerer.answer('allsorts', 'who do i ask to swap my saturday shift on the rota?').verdict).toBe(
      'no-answer',
    );
  });
});

describe('a question for a listed contact whose best match is a line of the policy', () => {
  it('is answered when the contacts record is among the first matches, not only the first', async () => {
    // An outdoor centre's policies (test data, not shipped): its reporting section names the
    // officer in a line of its own, and organisation.yaml lists the officer's number.
    const { sources } = await readPolicySources(path.join(import.meta.dirname, '../../fixtures/unseen-policies'));
    const built = buildCorpus(sources.filter((source) => source.slug === 'adventure-ardeche'));
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const answer = createAnswerer(built.corpus).answer(
      'adventure-ardeche',
      'whats the number for the safeguarding officer',
    );
    expect(answer.verdict).not.toBe('no-answer');
    expect(answer.citations.map((citation) => citation.clause)).toContain('Contacts');
  });
});

describe('a question for a safeguarding role by the abbreviation staff use', () => {
  it('finds the policy line that names the role in full', async () => {
    // Online Courses' policy text writes "Designated Safeguarding Lead (Sarah Rands)", never "DSL"
    // (one "also asked as" phrasing has "dsl"): "who's the dsl?" met little of it and was refused.
    const { sources } = await readPolicySources(policies);
    const built = buildCorpus(sources.filter((source) => source.slug === 'online-courses'));
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const answer = createAnswerer(built.corpus).answer('online-courses', "who's the dsl?");
    expect(answer.verdict).not.toBe('no-answer');
    expect(answer.citations[0]!.text).toContain('Designated Safeguarding Lead (Sarah Rands)');
  });
});
