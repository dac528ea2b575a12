import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkpointRole, organisationSchema } from '../../../src/core/organisation/organisation-schema.ts';
import { shippedCorpus } from '../../support/conversation-fixture.ts';

describe('auditCheckpoints in organisation.yaml', () => {
  it('defaults to the trustee role, and names another role when set', async () => {
    const allsorts = (await shippedCorpus()).organisations.get('allsorts')!.organisation;
    expect(checkpointRole(allsorts)).toBe('trustee');
    expect(checkpointRole({ ...allsorts, auditCheckpoints: { role: 'chair' } })).toBe('chair');
    expect(checkpointRole({ roles: { staff: { title: 'Staff' } } })).toBeUndefined();
  });

  it('refuses a role the organisation does not list, naming the field', async () => {
    const raw = parse(
      readFileSync(path.join(import.meta.dirname, '../../../policies/allsorts/organisation.yaml'), 'utf8'),
    ) as Record<string, unknown>;
    expect(organisationSchema.safeParse({ ...raw, auditCheckpoints: { role: 'chair' } }).success).toBe(true);
    const result = organisationSchema.safeParse({ ...raw, auditCheckpoints: { role: 'board' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ['auditCheckpoints', 'role'],
        message: expect.stringContaining('"board" is not one of the roles listed under roles:'),
      }),
    ]);
  });
});
