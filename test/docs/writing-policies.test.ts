import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { flowSchema, voteRouteSchema } from '../../src/core/approvals/flow-schema.ts';
import { organisationSchema } from '../../src/core/organisation/organisation-schema.ts';

const guide = readFileSync(path.join(import.meta.dirname, '../../docs/writing-policies.md'), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('docs/writing-policies.md', () => {
  it('shows a flow the schema accepts', () => {
    const { flows } = parse(yamlBlocks.find((block) => block.startsWith('flows:'))!);
    const result = flowSchema.safeParse(flows[0]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('shows a vote route the schema accepts', () => {
    const block = yamlBlocks.find((candidate) => candidate.includes('kind: vote'))!.replace(/^ {4}/gm, '');
    expect(voteRouteSchema.safeParse(parse(block).route).error?.issues ?? []).toEqual([]);
  });

  it('shows roles and people the schema accepts', () => {
    const { roles, people } = parse(yamlBlocks.find((block) => block.startsWith('roles:'))!);
    const result = organisationSchema.shape.roles.safeParse(roles);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(organisationSchema.shape.people.safeParse(people).error?.issues ?? []).toEqual([]);
  });
});
