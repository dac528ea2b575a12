import { describe, expect, it } from 'vitest';
import { identify, organisationFor } from '../../src/teams/teams-identity.ts';

const activity = (overrides: Record<string, unknown> = {}) => ({
  from: { id: '29:mri', aadObjectId: 'aad-1' },
  conversation: { id: 'c', tenantId: 'tenant-a' },
  ...overrides,
});

describe('organisationFor', () => {
  it('prefers TEAMS_ORGS, then DEFAULT_ORG, then the only organisation', () => {
    expect(organisationFor('tenant-a', { orgs: { 'tenant-a': 'allsorts' }, defaultOrg: 'worknlearn' })).toBe(
      'allsorts',
    );
    expect(organisationFor('tenant-b', { orgs: { 'tenant-a': 'allsorts' }, defaultOrg: 'worknlearn' })).toBe(
      'worknlearn',
    );
    expect(organisationFor('tenant-b', { orgs: {}, organisations: ['allsorts'] })).toBe('allsorts');
    expect(organisationFor('tenant-b', { orgs: {}, organisations: ['allsorts', 'worknlearn'] })).toBeUndefined();
  });
});

describe('identify', () => {
  const directory = { orgs: { 'tenant-a': 'allsorts' } };

  it('takes identity from the AAD object id and the tenant from the conversation', () => {
    expect(identify(activity(), directory, { local: false })).toEqual({
      ok: true,
      speaker: { org: 'allsorts', person: { platform: 'teams', userId: 'aad-1' } },
      tenantId: 'tenant-a',
    });
  });

  it('falls back to channelData.tenant.id for the tenant', () => {
    const result = identify(
      activity({ conversation: { id: 'c' }, channelData: { tenant: { id: 'tenant-a' } } }),
      directory,
      { local: false },
    );
    expect(result).toMatchObject({ ok: true, tenantId: 'tenant-a' });
  });

  it('uses from.id only in local mode', () => {
    const noAad = activity({ from: { id: '29:mri' } });
    expect(identify(noAad, directory, { local: false })).toMatchObject({ ok: false, problem: 'no-user' });
    expect(identify(noAad, directory, { local: true })).toMatchObject({
      ok: true,
      speaker: { person: { userId: '29:mri' } },
    });
  });

  it('says which setting links an unknown tenant', () => {
    expect(
      identify(activity({ conversation: { id: 'c', tenantId: 'tenant-z' } }), directory, { local: false }),
    ).toMatchObject({
      ok: false,
      problem: 'unlinked',
      message: expect.stringContaining('TEAMS_ORGS=tenant-z:<organisation>'),
    });
  });
});
