import { createAnswerer } from '../adapters/answerer.ts';
import { loadCorpus } from '../adapters/policy-files.ts';
import type { PolicyAnswerer } from '../core/policy/answer.ts';
import { defaultPoliciesDir } from './cli-support.ts';

/** Loads the corpus and builds the answerer, as every answering command does. */
export async function loadAnswerer(policiesDir = defaultPoliciesDir): Promise<PolicyAnswerer> {
  return createAnswerer(await loadCorpus(policiesDir));
}
