import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { botScopes } from '../../../src/slack/install-routes.ts';
import { installLink } from '../../../src/slack/workspaces.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { mrkdwnOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, oauthEnv, SlackHarness, slackIds } from '../support/slack-harness.ts';

let harness: SlackHarness;

/** Polls until `check` gives a value (listeners finish after Slack's request is acknowledged). */
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  harness = await SlackHarness.start({ oauth: true });
});

afterAll(async () => {
  await harness.stop();
});

const workspaces = {
  allsorts: {
    teamId: 'T_ONE',
    teamName: 'Allsorts Gloucestershire',
    token: 'xoxb-one-1111',
    botUserId: 'U_BOT_ONE',
    botId: 'B_ONE',
    installer: 'U_ADMIN_ONE',
  },
  worknlearn: {
    teamId: 'T_TWO',
    teamName: 'Worknlearn',
    token: 'xoxb-two-2222',
    botUserId: 'U_BOT_TWO',
    botId: 'B_TWO',
    installer: 'U_ADMIN_TWO',
  },
} as const;

/** Runs Slack's install flow as a browser would: the install link, Slack's authorize page (skipped: it only hands back a code), the redirect. */
async function install(org: keyof typeof workspaces, code: string): Promise<{ status: number; text: string }> {
  const start = await fetch(`${harness.origin}${installLink(oauthEnv.SLACK_STATE_SECRET, org)}`, {
    redirect: 'manual',
  });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.searchParams.get('client_id')).toBe(oauthEnv.SLACK_CLIENT_ID);
  expect(authorize.searchParams.get('scope')!.split(',').sort()).toEqual([...botScopes].sort());
  const state = authorize.searchParams.get('state')!;
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  harness.double.grantCode(code, workspaces[org]);
  const back = await fetch(`${harness.origin}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
  });
  return { status: back.status, text: await back.text() };
}

const question = 'Can I text this young person?';
const dmTo = (team: string, user: string, ts: string) => {
  harness.team = team;
  return harness.event({ type: 'message', channel_type: 'im', channel: `D_${user}`, user, text: question, ts });
};
const postsWith = (token: string, since: number) => (calls: readonly RecordedCall[]) =>
  calls.slice(since).find((c) => c.method === 'chat.postMessage' && c.authorization === `Bearer ${token}`);

describe('Slack install flow: several workspaces', () => {
  it('installs two workspaces through /slack/install and /slack/oauth_redirect (oauth.v2.access on the Web API double)', async () => {
    const one = await install('allsorts', 'code-one');
    expect(one.status).toBe(200);
    expect(one.text).toContain('Policy Desk is now in Allsorts Gloucestershire');
    const two = await install('worknlearn', 'code-two');
    expect(two.status).toBe(200);
    expect(two.text).toContain('Policy Desk is now in Worknlearn');
    expect(harness.double.callsTo('oauth.v2.access').map((c) => c.body.code)).toEqual(['code-one', 'code-two']);
    // Kept in Policy Desk's own store, with the organisation its install link named.
    expect(await harness.store.get('slack:install:T:T_ONE:1')).toMatchObject({
      installation: { team: { id: 'T_ONE' }, bot: { token: 'xoxb-one-1111' }, metadata: '{"org":"allsorts"}' },
    });
    expect(await harness.store.get('slack:install:T:T_TWO:1')).toMatchObject({
      installation: { team: { id: 'T_TWO' }, metadata: '{"org":"worknlearn"}' },
    });
  });

  it('answers each workspace with its own token, from its own organisation’s policies', async () => {
    const since = harness.double.calls.length;
    await dmTo('T_ONE', 'U_SAM', '1700000000.000100');
    await dmTo('T_TWO', 'U_WORKER', '1700000000.000200');
    const one = await harness.double.waitFor(postsWith('xoxb-one-1111', since));
    const two = await harness.double.waitFor(postsWith('xoxb-two-2222', since));
    expect(one.body.channel).toBe('D_U_SAM');
    expect(two.body.channel).toBe('D_U_WORKER');
    const expected = (org: string) =>
      harness.app.conversation.ask({ org, person: { platform: 'slack', userId: 'U' } }, question);
    const reference = (org: string) => {
      const answer = expected(org);
      return answer.kind === 'answer' ? answer.citations[0]!.reference.replace(/&/g, '&amp;') : '';
    };
    expect(reference('allsorts')).not.toBe(reference('worknlearn'));
    expect(mrkdwnOf(one.body.blocks).join('\n')).toContain(reference('allsorts'));
    expect(mrkdwnOf(two.body.blocks).join('\n')).toContain(reference('worknlearn'));
    // No call to Slack went out with the other workspace's token.
    expect(
      harness.double.calls
        .slice(since)
        .filter((c) => c.authorization === 'Bearer xoxb-two-2222' && c.body.channel === 'D_U_SAM'),
    ).toEqual([]);
  });

  it('delivers a request to the approver through the requester’s workspace', async () => {
    harness.team = 'T_ONE';
    const since = harness.double.calls.length;
    const form = harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    const submitted = await harness.submitView(slackIds.sam, {
      id: 'VINSTALL1',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    expect(JSON.parse(submitted.text)).toMatchObject({ view: { title: { text: 'Request sent' } } });
    const toAlex = await harness.double.waitFor((calls) =>
      calls.slice(since).find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_ALEX'),
    );
    expect(toAlex.authorization).toBe('Bearer xoxb-one-1111');
    const samCopy = await harness.double.waitFor((calls) =>
      calls.slice(since).find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_SAM'),
    );
    expect(samCopy.authorization).toBe('Bearer xoxb-one-1111');
  });

  it('removes the installation on app_uninstalled, and never uses that workspace’s token again', async () => {
    harness.team = 'T_ONE';
    const uninstalled = await harness.event({ type: 'app_uninstalled' });
    expect(uninstalled.status).toBe(200);
    expect(await eventually(() => harness.store.get('slack:install:T:T_ONE:2'))).toMatchObject({
      removed: 'app_uninstalled',
    });
    const since = harness.double.calls.length;
    await dmTo('T_ONE', 'U_SAM', '1700000000.000300');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.double.calls.slice(since).filter((c) => c.authorization === 'Bearer xoxb-one-1111')).toEqual([]);
  });

  it('removes the installation when the bot token is revoked (tokens_revoked), and the other workspace carries on', async () => {
    harness.team = 'T_TWO';
    await harness.event({ type: 'tokens_revoked', tokens: { bot: ['U_BOT_TWO'] } });
    expect(await eventually(() => harness.store.get('slack:install:T:T_TWO:2'))).toMatchObject({
      removed: 'tokens_revoked',
    });
    const health = (await (await fetch(`${harness.origin}/healthz`)).json()) as {
      platforms: { slack: { workspaces: number } };
    };
    expect(health.platforms.slack.workspaces).toBe(0);
  });

  it('refuses an install link whose key does not match its organisation, and asks which organisation without one', async () => {
    const forged = await fetch(`${harness.origin}/slack/install?org=allsorts&key=${'A'.repeat(32)}`, {
      redirect: 'manual',
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('This install link is not valid');
    const swapped = installLink(oauthEnv.SLACK_STATE_SECRET, 'worknlearn').replace('org=worknlearn', 'org=allsorts');
    expect((await fetch(`${harness.origin}${swapped}`, { redirect: 'manual' })).status).toBe(403);
    const bare = await fetch(`${harness.origin}/slack/install`, { redirect: 'manual' });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain('Ask your Policy Desk admin for your organisation’s install link');
  });

  it('refuses a callback with a forged state, and installs nothing', async () => {
    harness.double.grantCode('code-forged', { ...workspaces.allsorts, teamId: 'T_EVIL', token: 'xoxb-evil' });
    const back = await fetch(`${harness.origin}/slack/oauth_redirect?code=code-forged&state=forged-state`);
    expect(back.status).toBe(400);
    expect(await back.text()).toContain('Policy Desk was not installed');
    expect(await harness.store.get('slack:install:T:T_EVIL:1')).toBeUndefined();
  });
});
