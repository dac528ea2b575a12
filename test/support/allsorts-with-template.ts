import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AnswerOptions, PolicyAnswerer } from '../../src/core/policy/answer.ts';
import { buildCorpus } from '../../src/core/policy/corpus.ts';

const policies = path.join(import.meta.dirname, '../../policies');

/**
 * An answerer for Allsorts with a template-style policy beside its own (the policy its
 * organisation.yaml cites), for tests that need wording no shipped policy has. Bare: no word
 * vectors, thesaurus or everyday words.
 */
export function allsortsWithTemplate(
  file: string,
  templateDoc: string,
  options: Partial<AnswerOptions> = {},
): PolicyAnswerer {
  const result = buildCorpus([
    {
      slug: 'allsorts',
      organisation: {
        file: 'allsorts/organisation.yaml',
        text: readFileSync(path.join(policies, 'allsorts/organisation.yaml'), 'utf8'),
      },
      documents: [
        {
          file: 'allsorts/mobile-phone-social-networking.md',
          text: readFileSync(path.join(policies, 'allsorts/mobile-phone-social-networking.md'), 'utf8'),
        },
        { file: `allsorts/${file}`, text: templateDoc },
      ],
    },
  ]);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return new PolicyAnswerer(result.corpus, options);
}
