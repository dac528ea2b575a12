import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { teamsKeys } from '../../src/teams/teams-records.ts';
import { type ConnectorCall, cardActions, cardOf, cardText } from './support/connector-double.ts';
import {
  appId,
  channelConversation,
  eventually,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
  tenantId,
} from './support/teams-harness.ts';

describe('PolicyDeskBot messages', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  async function replyIn(conversationId: string, after: number): Promise<ConnectorCall> {
    return eventually(() =>
      h.connector.calls
        .slice(after)
        .find((call) => (call.kind === 'send' || call.kind === 'reply') && call.conversationId === conversationId),
    );
  }

  it('answers a question in a personal chat with an Adaptive Card 1.5: verdict, verbatim quotes, citations, request and feedback buttons', async () => {
    const before = h.connector.calls.length;
    const question = 'Do I need permission to take photos of the children?';
    expect((await h.message(people.sam, question)).status).toBe(200);
    const card = cardOf(await replyIn(personalChat(people.sam), before));
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });

    const expected = h.app.conversation.ask(
      { org: 'allsorts', person: { platform: 'teams', userId: people.sam.aad } },
      question,
    );
    if (expected.kind !== 'answer') throw new Error('expected an answer');
    const text = cardText(card);
    expect(text).toContain(expected.headline);
    // Every quote appears as one plain TextRun, character for character.
    const runs = JSON.stringify(card);
    for (const citation of expected.citations) {
      expect(runs).toContain(JSON.stringify({ type: 'TextRun', text: citation.quote }));
      expect(text).toContain(citation.reference);
    }
    const actions = cardActions(card);
    expect(actions).toContainEqual({
      title: 'Request approval: Take photos or film children and young people',
      verb: ActionId.startRequest,
      data: { flow: 'photos' },
    });
    expect(actions.map((action) => action.verb)).toEqual(
      expect.arrayContaining([ActionId.feedbackHelpful, ActionId.feedbackUnhelpful]),
    );
  });

  it('answers an @mention in a channel in the channel thread, without the mention', async () => {
    const before = h.connector.calls.length;
    await h.message(people.sam, 'Can I text this young person?', { channel: true });
    const card = cardOf(await replyIn(channelConversation, before));
    expect(cardText(card)).toContain('Needs approval');
    expect(cardText(card)).toContain('clause 3.5');
  });

  it('says who to ask when the policies do not cover the question', async () => {
    const before = h.connector.calls.length;
    await h.message(people.sam, 'What is the dress code for the Christmas party?');
    const text = cardText(cardOf(await replyIn(personalChat(people.sam), before)));
    expect(text).toContain('The policies do not cover this');
    expect(text).toContain('Safeguarding Lead, Deputy or Trustee');
    expect(text).toContain('info@allsortsglos.org.uk');
    expect(text).toContain('Passing on a worry about someone’s safety?');
  });

  it('gives the reporting route at once for a disclosure, with no buttons, and keeps its text out of logs and the store', async () => {
    const before = h.connector.calls.length;
    const disclosure = 'A young person told me they are being hurt at home';
    await h.message(people.sam, disclosure);
    const card = cardOf(await replyIn(personalChat(people.sam), before));
    expect(cardText(card)).toContain('If someone is in immediate danger, call 999 now.');
    expect(cardText(card)).toContain('Report this concern now');
    expect(cardActions(card)).toEqual([]);
    expect(h.logs.join('')).not.toContain('hurt at home');
    const store = h.store as MemoryRecordStore;
    const values = await store.getMany(store.keys());
    expect(JSON.stringify(values)).not.toContain('hurt at home');
  });

  it('lists the requests a person can start when they type "request"', async () => {
    const before = h.connector.calls.length;
    await h.message(people.sam, 'request');
    const card = cardOf(await replyIn(personalChat(people.sam), before));
    const starts = cardActions(card).filter((action) => action.verb === ActionId.startRequest);
    expect(starts.map((action) => action.data)).toEqual([
      { flow: 'photos' },
      { flow: 'work-phone-sharing' },
      { flow: 'keep-contact-details' },
      { flow: 'premium-international-calls' },
      { flow: 'trustee-contact' },
    ]);
  });

  it('tells a tenant that is not linked which setting links it', async () => {
    const before = h.connector.calls.length;
    await h.message(people.sam, 'Can I text this young person?', { tenant: 'unlinked-tenant' });
    expect(cardText(cardOf(await replyIn(personalChat(people.sam), before)))).toContain(
      'TEAMS_ORGS=unlinked-tenant:<organisation>',
    );
  });
});

describe('PolicyDeskBot installs and conversation references', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  it('welcomes a person who installs the app and stores their personal chat once', async () => {
    expect((await h.install(people.alex)).status).toBe(200);
    const welcome = await eventually(() => h.connector.messages(personalChat(people.alex))[0]);
    expect(cardText(cardOf(welcome))).toContain('Ask me about your organisation’s policies');
    const stored = await eventually(() =>
      h.store.get<{ conversation: { id: string }; user: { id: string } }>(teamsKeys.reference(people.alex.aad)),
    );
    expect(stored).toMatchObject({
      conversation: { id: personalChat(people.alex), tenantId },
      user: { id: people.alex.mri, aadObjectId: people.alex.aad },
      serviceUrl: h.connector.url,
    });

    // The same chat again writes nothing new.
    await h.message(people.alex, 'hello');
    await settled(h);
    expect(await h.store.get(`${teamsKeys.reference(people.alex.aad)}:2`)).toBeUndefined();
  });

  it('adds a newer reference, never overwriting, when the service URL changes', async () => {
    const moved = { ...(await h.store.get<Record<string, unknown>>(teamsKeys.reference(people.alex.aad)))! };
    await h.post(
      {
        type: 'message',
        id: 'moved-1',
        channelId: 'msteams',
        serviceUrl: h.connector.url.replace('127.0.0.1', 'localhost'),
        from: { id: people.alex.mri, aadObjectId: people.alex.aad },
        recipient: { id: 'bot' },
        conversation: { id: personalChat(people.alex), conversationType: 'personal', tenantId },
        text: 'hello',
      },
      { token: h.openid!.channelToken({ appId, serviceUrl: h.connector.url.replace('127.0.0.1', 'localhost') }) },
    );
    const second = await eventually(() =>
      h.store.get<{ serviceUrl: string }>(`${teamsKeys.reference(people.alex.aad)}:2`),
    );
    expect(second.serviceUrl).toContain('localhost');
    expect(await h.store.get(teamsKeys.reference(people.alex.aad))).toEqual(moved);
  });
});

describe('PolicyDeskBot card actions', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  it('records feedback once and answers with a message, leaving the answer card as it is', async () => {
    const value = {
      answer: 'ans-feedback-1',
      verdict: 'needs-approval',
      clauses: ['allsorts-mobile-phone-policy#3.5'],
    };
    const first = await h.invoke(people.sam, ActionId.feedbackHelpful, value);
    expect(first).toMatchObject({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Thanks: your feedback is recorded.',
      },
    });
    const again = await h.invoke(people.sam, ActionId.feedbackHelpful, value);
    expect(again.body.value).toBe('You already gave feedback on this answer.');
    expect(await h.store.get(`feedback:allsorts:ans-feedback-1:teams:${people.sam.aad}`)).toMatchObject({
      helpful: true,
    });
  });

  it("refuses an invoke that is not an Action.Execute with botbuilder's own 400, and one with no action at all", async () => {
    const answer = await h.post({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'bad-1',
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      from: { id: people.sam.mri, aadObjectId: people.sam.aad },
      recipient: { id: 'bot' },
      conversation: { id: personalChat(people.sam), conversationType: 'personal', tenantId },
      value: { action: { type: 'Action.Submit', data: {} } },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      type: 'application/vnd.microsoft.error',
      value: { code: 'NotSupported', message: "The action 'Action.Submit' is not supported." },
    });
    const empty = await h.post({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'bad-2',
      channelId: 'msteams',
      serviceUrl: h.connector.url,
      from: { id: people.sam.mri, aadObjectId: people.sam.aad },
      recipient: { id: 'bot' },
      conversation: { id: personalChat(people.sam), conversationType: 'personal', tenantId },
      value: {},
    });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ type: 'application/vnd.microsoft.error', value: { code: 'BadRequest' } });
  });

  it('answers an unknown verb with a 400 and runs nothing', async () => {
    const answer = await h.invoke(people.sam, 'pd_delete_everything', { request: 'r-1' });
    expect(answer.status).toBe(400);
    expect(answer.body.value.message).toContain('pd_delete_everything');
  });
});
