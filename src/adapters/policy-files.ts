import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PolicyDeskError, type PolicyProblem, PolicyValidationError } from '../core/errors.ts';
import { buildCorpus, type Corpus, type OrganisationCorpus, type OrganisationSource } from '../core/policy/corpus.ts';

/**
 * Reads every `policies/<org>/` folder: its organisation.yaml and its Markdown documents. A folder
 * that holds an organisation.yaml itself is read as that one organisation, named by the folder
 * (`--policies policies/allsorts` checks Allsorts alone).
 */
export async function readPolicySources(
  policiesDir: string,
): Promise<{ sources: OrganisationSource[]; problems: PolicyProblem[] }> {
  const problems: PolicyProblem[] = [];
  let entries;
  try {
    entries = await readdir(policiesDir, { withFileTypes: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : String(error);
    return {
      sources: [],
      problems: [{ file: policiesDir, line: 1, message: `cannot read the policies folder: ${reason}` }],
    };
  }
  const oneOrganisation = entries.some((e) => e.isFile() && e.name === 'organisation.yaml');
  const resolved = path.resolve(policiesDir);
  const parent = oneOrganisation ? path.dirname(resolved) : resolved;
  // Problems name files as the user would type them: relative to the working directory.
  const base = path.relative(process.cwd(), parent) || '.';
  const folders = oneOrganisation
    ? [path.basename(resolved)]
    : entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b));
  const sources: OrganisationSource[] = [];
  for (const name of folders) {
    const folder = path.join(parent, name);
    const files = (await readdir(folder)).sort();
    if (!files.includes('organisation.yaml')) {
      problems.push({
        file: `${base}/${name}/organisation.yaml`,
        line: 1,
        message: 'missing: every organisation folder needs an organisation.yaml (see docs/writing-policies.md)',
      });
      continue;
    }
    const read = async (file: string) => ({
      file: `${base}/${name}/${file}`,
      text: await readFile(path.join(folder, file), 'utf8'),
    });
    sources.push({
      slug: name,
      organisation: await read('organisation.yaml'),
      documents: await Promise.all(files.filter((file) => file.endsWith('.md')).map(read)),
    });
  }
  if (sources.length === 0 && problems.length === 0) {
    problems.push({
      file: policiesDir,
      line: 1,
      message: 'no organisation folders found: add policies/<org>/organisation.yaml and its documents',
    });
  }
  return { sources, problems };
}

/** Loads and validates the whole corpus; throws a PolicyValidationError listing every problem. */
export async function loadCorpus(policiesDir: string): Promise<Corpus> {
  const { sources, problems } = await readPolicySources(policiesDir);
  const result = buildCorpus(sources);
  const all = [...problems, ...(result.ok ? [] : result.problems)];
  if (all.length || !result.ok) throw new PolicyValidationError(all);
  return result.corpus;
}

/**
 * Corpora loaded from several policies folders, read as one (a question set over the project's
 * organisations and others); an organisation found in two of them is an error, naming both.
 */
export function mergeCorpora(loaded: ReadonlyArray<{ readonly dir: string; readonly corpus: Corpus }>): Corpus {
  const organisations = new Map<string, OrganisationCorpus>();
  const foundIn = new Map<string, string>();
  for (const { dir, corpus } of loaded) {
    for (const [id, organisation] of corpus.organisations) {
      const first = foundIn.get(id);
      if (first !== undefined)
        throw new PolicyDeskError(
          'policy_desk_policy_invalid',
          `organisation "${id}" is in two policies folders, ${first} and ${dir}: give each organisation once`,
        );
      foundIn.set(id, dir);
      organisations.set(id, organisation);
    }
  }
  return { organisations };
}

/** Loads several policies folders as one corpus (`mergeCorpora`). */
export async function loadCorpora(dirs: readonly string[]): Promise<Corpus> {
  return mergeCorpora(await Promise.all(dirs.map(async (dir) => ({ dir, corpus: await loadCorpus(dir) }))));
}
