import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type OrganisationSource } from '../../../src/core/policy/corpus.ts';

const policies = path.join(import.meta.dirname, '../../../policies');
const allsortsYaml = readFileSync(path.join(policies, 'allsorts/organisation.yaml'), 'utf8');
const allsortsDoc = readFileSync(path.join(policies, 'allsorts/mobile-phone-social-networking.md'), 'utf8');

function source(yaml: string, doc = allsortsDoc): OrganisationSource {
  return {
    slug: 'allsorts',
    organisation: { file: 'allsorts/organisation.yaml', text: yaml },
    documents: [{ file: 'allsorts/policy.md', text: doc }],
  };
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('buildCorpus', () => {
  it('loads the sample organisation', () => {
    const result = buildCorpus([source(allsortsYaml)]);
    expect(result.ok).toBe(true);
  });

  it('names the file and line of a flow that cites a clause the document does not have', () => {
    const yaml = allsortsYaml.replace(/clause: "?3\.5"?/, 'clause: "9.9"');
    const result = buildCorpus([source(yaml)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'allsorts/organisation.yaml', line: lineOf(yaml, '"9.9"') });
    expect(result.problems[0]!.message).toMatch(/has no clause "9.9"/);
  });

  it('checks that a flow link’s quote is in the linked clause, so a renumbered clause cannot carry the link silently', () => {
    const linked = 'clause: "3.5", quote: "Allsorts staff, trustees, volunteers and visitors should" }';
    expect(allsortsYaml).toContain(linked);
    expect(buildCorpus([source(allsortsYaml)]).ok).toBe(true);
    const moved = allsortsYaml.replace(linked, 'clause: "3.4", quote: "should never keep a child or young" }');
    const result = buildCorpus([source(moved)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({
      file: 'allsorts/organisation.yaml',
      line: lineOf(moved, 'clause: "3.4", quote'),
    });
    expect(result.problems[0]!.message).toMatch(
      /clause "3.4" of "allsorts-mobile-phone-policy" does not contain "should never keep a child or young"/,
    );
  });

  it('names the line of a route that uses an undefined role', () => {
    const yaml = allsortsYaml.replace('roles: [manager]', 'roles: [finance-director]');
    const result = buildCorpus([source(yaml)]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/unknown role "finance-director"/);
  });

  it('reports a schema problem with the field path', () => {
    const yaml = allsortsYaml.replace(/window: \S+/, 'window: next week');
    const result = buildCorpus([source(yaml)]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.message).toMatch(/flows\.\d+\.route\.window: write a duration/);
      expect(result.problems[0]!.line).toBe(lineOf(yaml, 'window: next week'));
    }
  });

  it('loads nothing when any document of the organisation is broken', () => {
    const result = buildCorpus([
      source(allsortsYaml, allsortsDoc.replace('numbering: numbered', 'numbering: sometimes')),
    ]);
    expect(result.ok).toBe(false);
  });
});
