/**
 * Which question sets the learned models are trained on: the sets tuned on (docs/answers.md says
 * which, session by session). Every set kept aside measures the models unseen.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus, mergeCorpora } from '../src/adapters/policy-files.ts';
import type { OrganisationCorpus } from '../src/core/policy/corpus.ts';

/** The project's root folder. */
export const root = path.resolve(import.meta.dirname, '..');

/** The organisations whose question sets were tuned on (docs/answers.md says which, session by session). */
export const TUNED_ORGANISATIONS = [
  'wilpshire-wanderers',
  'newcastle-city-juniors',
  'hanworth-villa-fc',
  'nemesis-cheer-and-dance',
  'ries-playhouse',
  'raspberry-pi-foundation',
  'sudbury-rowing-club',
  'give-and-grow-cic',
  'scottish-korfball-association',
  'adventure-ardeche',
  'ealing-and-hammersmith-woodcraft-folk',
  'the-clubhouse',
  'music-performance-academy',
  'merseyside-bmx-club',
  'carrickfergus-junior-gateway',
  'tata-steel-sailing-club',
  'hadleigh-cricket-club',
  'omagh-harriers-ac',
  'sisters-in2-tech-stratford',
  'sparrowpit-methodist-church',
  'sutton-cricket-club',
  'nidd-united-jfc',
];

/** Sets written for a final score only, though named as tune halves: never trained on. */
export const FINAL_SCORE_ONLY = [
  'five-orgs-fresh42-tune.jsonl',
  'five-orgs-fresh44-tune.jsonl',
  'five-orgs-fresh46-tune.jsonl',
  'five-orgs-fresh48-tune.jsonl',
];

/**
 * Sets written to judge a change of this session: never trained on until the change is judged
 * (docs/answers.md says when each became a tuned or an aside set).
 */
export const JUDGING: readonly string[] = [];

/**
 * Whether a file of `test/fixtures/unseen` is one the models are trained on: every `*-tune.jsonl`
 * half of an answer set, the `tune-orgs-fresh*` sets and the sets of the organisations tuned on,
 * less the halves written for a final score only and those being judged.
 */
export const tuned = (file: string): boolean =>
  (file.endsWith('-tune.jsonl') &&
    !file.startsWith('concerns-') &&
    !FINAL_SCORE_ONLY.includes(file) &&
    !JUDGING.includes(file)) ||
  file.startsWith('tune-orgs-fresh') ||
  TUNED_ORGANISATIONS.some((org) => file === `${org}-questions.jsonl`);

/** Every file the models are trained on, by path: the sets `tuned` picks, then the staff questions. */
export function trainingFiles(): string[] {
  const unseen = path.join(root, 'test', 'fixtures', 'unseen');
  return [
    ...readdirSync(unseen)
      .filter(tuned)
      .sort()
      .map((file) => path.join(unseen, file)),
    path.join(root, 'test', 'fixtures', 'staff-questions.jsonl'),
  ];
}

/**
 * The organisations the training sets ask about, from `policies/` and the test fixtures' policies,
 * and which of them are the project's own five (those of `policies/`).
 */
export async function trainingOrganisations(): Promise<{
  organisations: ReadonlyMap<string, OrganisationCorpus>;
  own: ReadonlySet<string>;
}> {
  const loaded = await Promise.all(
    [path.join(root, 'policies'), path.join(root, 'test', 'fixtures', 'unseen-policies')].map(async (dir) => ({
      dir,
      corpus: await loadCorpus(dir),
    })),
  );
  return {
    organisations: mergeCorpora(loaded).organisations,
    own: new Set(loaded[0]!.corpus.organisations.keys()),
  };
}
