import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckpoints } from '../../src/core/approvals/audit-chain.ts';
import type { Corpus } from '../../src/core/policy/corpus.ts';
import { allsortsAnswers, corpusWithAccounts } from '../support/conversation-fixture.ts';
import { people, settled, startTeamsHarness, type TeamsHarness, teamsAccounts } from './support/teams-harness.ts';

const trusteesChannel = '19:trustees@thread.tacv2';

/** Allsorts with a Teams channel for the trustees, and the board chosen for checkpoints explicitly. */
async function corpusWithTrusteesChannel(): Promise<Corpus> {
  const corpus = await corpusWithAccounts('allsorts', teamsAccounts);
  const allsorts = corpus.organisations.get('allsorts')!;
  const organisation = allsorts.organisation;
  const roles = {
    ...organisation.roles,
    trustee: { ...organisation.roles.trustee!, channels: { teams: trusteesChannel } },
  };
  const organisations = new Map(corpus.organisations);
  organisations.set('allsorts', {
    ...allsorts,
    organisation: { ...organisation, roles, auditCheckpoints: { role: 'trustee' } },
  });
  return { organisations };
}

describe('audit checkpoints in the trustees’ Teams channel', () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await startTeamsHarness({ corpus: await corpusWithTrusteesChannel(), auditKey: randomBytes(32) });
    // The tenant's service URL is learnt from the first activity, as Teams sends it.
    await h.install(people.sam);
    await settled(h);
  });
  afterAll(async () => h?.close());

  it('posts the signed checkpoint as plain text to the channel through the tenant’s service URL, and it proves the record', async () => {
    const submitted = await h.app.approvals.submit({
      org: 'allsorts',
      flowId: 'photos',
      requester: { platform: 'teams', userId: people.sam.aad },
      answers: allsortsAnswers.photos,
    });
    expect(submitted.ok).toBe(true);
    await h.app.publishCheckpoints();
    const posted = h.connector.messages(trusteesChannel);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatchObject({ type: 'message', textFormat: 'plain' });
    const text = String(posted[0]!.body.text);
    expect(text).toContain('Keep this message.');
    const points = parseCheckpoints(text);
    expect(points).toMatchObject([{ org: 'allsorts', count: 1 }]);
    expect(await h.app.approvals.verifyCheckpoints('allsorts', points)).toMatchObject({ ok: true, checked: 1 });
    // A pasted copy with a changed head is refused.
    const forged = parseCheckpoints(text.replace(/head=(.)/, (_, c: string) => `head=${c === '0' ? '1' : '0'}`));
    expect((await h.app.approvals.verifyCheckpoints('allsorts', forged)).ok).toBe(false);
  });
});
