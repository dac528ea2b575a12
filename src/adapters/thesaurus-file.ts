import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PolicyDeskError } from '../core/errors.ts';
import { Thesaurus } from '../core/policy/thesaurus.ts';

/** Where the thesaurus lives in the repository (rebuilt by `npm run build:thesaurus`). */
export const defaultThesaurusFile = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'resources',
  'thesaurus',
  'thesaurus.tsv',
);

/** Loads the thesaurus: one tab-separated line per word (see resources/thesaurus/README.md). */
export function loadThesaurus(file: string = defaultThesaurusFile): Thesaurus {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyDeskError(
      'policy_desk_config_invalid',
      `cannot read the thesaurus ${file} (${(error as NodeJS.ErrnoException).code ?? error}); rebuild it with npm run build:thesaurus`,
      { cause: error },
    );
  }
  return new Thesaurus(text.split('\n'));
}

let shared: Thesaurus | undefined;

/** The thesaurus, loaded once per process. */
export function sharedThesaurus(): Thesaurus {
  shared ??= loadThesaurus();
  return shared;
}
