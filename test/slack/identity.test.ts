import { describe, expect, it } from 'vitest';
import { speakerResolver } from '../../src/slack/identity.ts';
import { conversationFixture } from '../support/conversation-fixture.ts';

describe('speakerResolver', () => {
  it('maps a workspace by SLACK_ORGS first, then DEFAULT_ORG, then the only organisation', async () => {
    const { conversation } = await conversationFixture();
    const resolve = speakerResolver(conversation, { orgs: { T1: 'worknlearn' }, defaultOrg: 'allsorts' });
    expect(resolve('T1', 'U1')).toEqual({
      ok: true,
      speaker: { org: 'worknlearn', person: { platform: 'slack', userId: 'U1' } },
    });
    expect(resolve('T2', 'U1')).toMatchObject({ ok: true, speaker: { org: 'allsorts' } });
    expect(speakerResolver(conversation, { orgs: {}, organisations: ['allsorts'] })('T9', 'U1')).toMatchObject({
      ok: true,
      speaker: { org: 'allsorts' },
    });
  });

  it('says which setting to set for a workspace linked to nothing, or to an organisation that does not exist', async () => {
    const { conversation } = await conversationFixture();
    const none = speakerResolver(conversation, { orgs: {} })('T9', 'U1');
    expect(none).toMatchObject({ ok: false, notice: { tone: 'error' } });
    if (!none.ok) expect(none.notice.text).toContain('SLACK_ORGS=T9:<organisation>');
    const wrong = speakerResolver(conversation, { orgs: { T9: 'nowhere' } })('T9', 'U1');
    if (wrong.ok) throw new Error('expected a notice');
    expect(wrong.notice.text).toContain('linked to "nowhere"');
  });
});
