import { PolicyDeskError } from '../core/errors.ts';
import type { PolicyAnswerer } from '../core/policy/answer.ts';
import type { OrganisationCorpus } from '../core/policy/corpus.ts';
import { defaultPoliciesDir } from './cli-support.ts';

/**
 * Loads the corpus and builds the answerer, as every answering command does. Several policies
 * folders are read as one corpus (a question set over the project's organisations and others);
 * an organisation found in two of them is an error, naming both.
 */
export async function loadAnswerer(
  policiesDirs: string | readonly string[] = defaultPoliciesDir,
): Promise<PolicyAnswerer> {
  const dirs =
    typeof policiesDirs === 'string' ? [policiesDirs] : policiesDirs.length ? policiesDirs : [defaultPoliciesDir];
  // Loaded when first needed, not when the command starts: `--help` and a usage mistake answer
  // without reading the word vectors, the models and the disclosure patterns.
  const [{ createAnswerer }, { loadCorpus }] = await Promise.all([
    import('../adapters/answerer.ts'),
    import('../adapters/policy-files.ts'),
  ]);
  const corpora = await Promise.all(dirs.map((dir) => loadCorpus(dir)));
  const organisations = new Map<string, OrganisationCorpus>();
  const foundIn = new Map<string, string>();
  corpora.forEach((corpus, i) => {
    for (const [id, organisation] of corpus.organisations) {
      const first = foundIn.get(id);
      if (first !== undefined)
        throw new PolicyDeskError(
          'policy_desk_policy_invalid',
          `organisation "${id}" is in two policies folders, ${first} and ${dirs[i]}: give each organisation once`,
        );
      foundIn.set(id, dirs[i]!);
      organisations.set(id, organisation);
    }
  });
  return createAnswerer({ organisations });
}
