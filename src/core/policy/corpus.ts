import type { Flow } from '../approvals/flow-schema.ts';
import type { PolicyProblem } from '../errors.ts';
import { type Organisation, organisationSchema } from '../organisation/organisation-schema.ts';
import { type LocatedYaml, parseLocatedYaml, zodProblems } from '../yaml-source.ts';
import { contactsFactsClause, documentFactsClause } from './facts.ts';
import { parsePolicyMarkdown } from './parse-policy-markdown.ts';
import type { Clause, PolicyDocument } from './policy-types.ts';

/** A text file handed to the core by whatever read it. */
export interface SourceFile {
  /** Path relative to the policies folder, e.g. `allsorts/organisation.yaml`; used in problems. */
  readonly file: string;
  readonly text: string;
}

/** One organisation's folder, as read from disk (or built in a test). */
export interface OrganisationSource {
  readonly slug: string;
  readonly organisation: SourceFile;
  readonly documents: readonly SourceFile[];
}

/** Everything known about one organisation: its settings, documents and every clause. */
export interface OrganisationCorpus {
  readonly organisation: Organisation;
  readonly documents: ReadonlyMap<string, PolicyDocument>;
  /** Policy clauses and fact records, in document order. */
  readonly clauses: readonly Clause[];
  readonly clauseById: ReadonlyMap<string, Clause>;
  /** Flows linked to each clause id. */
  readonly flowsByClause: ReadonlyMap<string, readonly Flow[]>;
  readonly flowById: ReadonlyMap<string, Flow>;
}

/** The whole deployment's policy corpus. */
export interface Corpus {
  readonly organisations: ReadonlyMap<string, OrganisationCorpus>;
}

/** A corpus, or every problem that kept it from loading. */
export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; problems: PolicyProblem[] };

/**
 * Validates and assembles the corpus. All-or-nothing: any problem anywhere means no corpus,
 * so the bot never answers from a half-loaded policy set.
 */
export function buildCorpus(sources: readonly OrganisationSource[]): CorpusResult {
  const problems: PolicyProblem[] = [];
  const organisations = new Map<string, OrganisationCorpus>();
  const documentOwners = new Map<string, string>();

  for (const source of sources) {
    const documents: PolicyDocument[] = [];
    for (const file of source.documents) {
      const parsed = parsePolicyMarkdown(file.text, file.file);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      const { meta } = parsed.document;
      if (meta.organisation !== source.slug) {
        problems.push({
          file: file.file,
          line: 2,
          message: `organisation is "${meta.organisation}" but the file is in the folder "${source.slug}": make them match`,
        });
      }
      const owner = documentOwners.get(meta.id);
      if (owner)
        problems.push({
          file: file.file,
          line: 2,
          message: `document id "${meta.id}" is already used by ${owner}: ids must be unique`,
        });
      documentOwners.set(meta.id, file.file);
      documents.push(parsed.document);
    }
    if (source.documents.length === 0) {
      problems.push({
        file: source.organisation.file,
        line: 1,
        message: `the folder "${source.slug}" has no policy documents (*.md)`,
      });
    }

    const yaml = parseLocatedYaml(source.organisation.text, source.organisation.file);
    if (yaml.problems.length) {
      problems.push(...yaml.problems);
      continue;
    }
    const parsed = organisationSchema.safeParse(yaml.value ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, source.organisation.file, yaml));
      continue;
    }
    const organisation = parsed.data;
    const crossProblems = checkReferences(organisation, source, documents, yaml);
    problems.push(...crossProblems);
    if (crossProblems.length || documents.length !== source.documents.length || documents.length === 0) continue;
    organisations.set(source.slug, assemble(organisation, documents));
  }

  return problems.length ? { ok: false, problems } : { ok: true, corpus: { organisations } };
}

function assemble(organisation: Organisation, documents: readonly PolicyDocument[]): OrganisationCorpus {
  const clauses: Clause[] = [];
  for (const document of documents) {
    clauses.push(...document.clauses, documentFactsClause(document.meta, organisation));
  }
  clauses.push(contactsFactsClause(organisation, documents[0]!.meta.id));

  const flowsByClause = new Map<string, Flow[]>();
  for (const flow of organisation.flows) {
    for (const ref of flow.clauses) {
      const id = `${ref.document}#${ref.clause}`;
      flowsByClause.set(id, [...(flowsByClause.get(id) ?? []), flow]);
    }
  }
  return {
    organisation,
    documents: new Map(documents.map((document) => [document.meta.id, document])),
    clauses,
    clauseById: new Map(clauses.map((clause) => [clause.id, clause])),
    flowsByClause,
    flowById: new Map(organisation.flows.map((flow) => [flow.id, flow])),
  };
}

/** Checks every name one part of organisation.yaml uses against where it is defined. */
function checkReferences(
  organisation: Organisation,
  source: OrganisationSource,
  documents: readonly PolicyDocument[],
  yaml: LocatedYaml,
): PolicyProblem[] {
  const file = source.organisation.file;
  const problems: PolicyProblem[] = [];
  const at = (path: PropertyKey[], message: string): void => {
    problems.push({ file, line: yaml.lineOf(path), message });
  };
  const roles = new Set(Object.keys(organisation.roles));
  const contacts = new Set(Object.keys(organisation.contacts));
  const labels = new Map(
    documents.map((document) => [
      document.meta.id,
      new Map(document.clauses.map((clause) => [clause.label, clause.text])),
    ]),
  );
  const checkClause = (path: PropertyKey[], ref: { document: string; clause: string; quote?: string }): void => {
    const known = labels.get(ref.document);
    if (!known)
      at(
        [...path, 'document'],
        `unknown document "${ref.document}"; this organisation's documents are: ${[...labels.keys()].join(', ')}`,
      );
    else if (!known.has(ref.clause))
      at(
        [...path, 'clause'],
        `document "${ref.document}" has no clause "${ref.clause}" (run npm run check:policies -- --labels ${source.slug} to list them)`,
      );
    else if (ref.quote && !comparable(known.get(ref.clause)!).includes(comparable(ref.quote))) {
      at(
        [...path, 'quote'],
        `clause "${ref.clause}" of "${ref.document}" does not contain "${ref.quote}": the link may point at a renumbered clause; fix the clause label or the quote`,
      );
    }
  };
  const checkRole = (path: PropertyKey[], role: string): void => {
    if (!roles.has(role)) at(path, `unknown role "${role}"; define it under roles (known: ${[...roles].join(', ')})`);
  };

  if (organisation.slug !== source.slug)
    at(['slug'], `slug is "${organisation.slug}" but the folder is "${source.slug}": make them match`);
  organisation.askInstead.forEach((id, i) => {
    if (!contacts.has(id)) at(['askInstead', i], `unknown contact "${id}"; define it under contacts`);
  });
  organisation.reporting.contacts.forEach((id, i) => {
    if (!contacts.has(id)) at(['reporting', 'contacts', i], `unknown contact "${id}"; define it under contacts`);
  });
  organisation.reporting.clauses.forEach((ref, i) => checkClause(['reporting', 'clauses', i], ref));
  for (const [kind, route] of Object.entries(organisation.reporting.routes ?? {})) {
    route?.contacts.forEach((id, i) => {
      if (!contacts.has(id))
        at(['reporting', 'routes', kind, 'contacts', i], `unknown contact "${id}"; define it under contacts`);
    });
  }

  const accounts = new Map<string, string>();
  organisation.people.forEach((person, p) => {
    person.roles.forEach((role, r) => checkRole(['people', p, 'roles', r], role));
    for (const [platform, id] of Object.entries(person.accounts)) {
      const key = `${platform}:${id}`;
      const other = accounts.get(key);
      if (other)
        at(['people', p, 'accounts', platform], `the ${platform} account "${id}" is already given to ${other}`);
      accounts.set(key, person.name);
    }
  });

  const flowIds = new Set<string>();
  organisation.flows.forEach((flow, f) => {
    if (flowIds.has(flow.id)) at(['flows', f, 'id'], `duplicate flow id "${flow.id}"`);
    flowIds.add(flow.id);
    flow.clauses.forEach((ref, c) => checkClause(['flows', f, 'clauses', c], ref));
    flow.conditions.forEach((condition, c) => {
      if (condition.clause) checkClause(['flows', f, 'conditions', c, 'clause'], condition.clause);
    });
    const fieldIds = new Set<string>();
    flow.fields.forEach((field, i) => {
      if (fieldIds.has(field.id))
        at(['flows', f, 'fields', i, 'id'], `duplicate field id "${field.id}" in flow "${flow.id}"`);
      fieldIds.add(field.id);
    });
    const route = flow.route;
    if (route.kind === 'single') {
      route.roles.forEach((role, r) => checkRole(['flows', f, 'route', 'roles', r], role));
      route.escalateTo?.forEach((role, r) => checkRole(['flows', f, 'route', 'escalateTo', r], role));
      if (route.escalateAfter !== undefined && !route.escalateTo)
        at(['flows', f, 'route', 'escalateAfter'], 'escalateAfter needs escalateTo: the roles to escalate to');
    } else {
      checkRole(['flows', f, 'route', 'body'], route.body);
      if (route.chair) checkRole(['flows', f, 'route', 'chair'], route.chair);
      if (route.tie === 'chair-casting-vote' && !route.chair)
        at(['flows', f, 'route', 'tie'], 'tie: chair-casting-vote needs chair: the role that holds the casting vote');
      const members = organisation.people.filter((person) => person.roles.includes(route.body)).length;
      if (members > 0 && route.quorum > members)
        at(
          ['flows', f, 'route', 'quorum'],
          `quorum ${route.quorum} is more than the ${members} holders of "${route.body}"`,
        );
    }
  });
  return problems;
}

/** Text compared the way a reader would: quote marks, list markers and spacing unified. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[•◦]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
