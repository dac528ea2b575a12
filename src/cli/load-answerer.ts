import type { PolicyAnswerer } from '../core/policy/answer.ts';
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
  const [{ createAnswerer }, { loadCorpora }] = await Promise.all([
    import('../adapters/answerer.ts'),
    import('../adapters/policy-files.ts'),
  ]);
  return createAnswerer(await loadCorpora(dirs));
}
