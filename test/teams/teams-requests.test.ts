import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { ActionId, SubmitRequestFormId } from '../../src/core/conversation/actions.ts';
import { RefreshVerb } from '../../src/teams/render/adaptive-card.ts';
import { teamsKeys } from '../../src/teams/teams-records.ts';
import { type ConnectorCall, cardActions, cardOf, cardText } from './support/connector-double.ts';
import { SlowStore } from './support/slow-store.ts';
import {
  channelConversation,
  eventually,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
} from './support/teams-harness.ts';

/** A form's inputs by id. */
function inputs(card: any): Record<string, any> {
  const found: Record<string, any> = {};
  const walk = (node: any): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) found[node.id] = node;
    Object.values(node).forEach(walk);
  };
  walk(card.body);
  return found;
}

const photosInputs = {
  'f.activity': 'Summer trip',
  'f.date': '2026-07-14',
  'f.subject': 'Group activities at the park',
  'f.parental-consent': 'true',
  'f.allsorts-phone': 'true',
};

describe('a photos request in Teams, approved', () => {
  let h: TeamsHarness;
  let answerCardId: string;
  let formCall: ConnectorCall;
  let submission: string;
  let requestId: string;
  let alexCard: ConnectorCall;
  let caseyCard: ConnectorCall;

  beforeAll(async () => {
    h = await startTeamsHarness();
    // Sam and Alex installed the app; Casey has only been seen in a channel.
    await h.install(people.sam);
    await h.install(people.alex);
    await h.message(people.casey, 'Can I text this young person?', { channel: true });
    await settled(h);
  });
  afterAll(async () => h?.close());

  it('opens the flow form as a new message when Sam clicks "Request approval" on an answer', async () => {
    await h.message(people.sam, 'Do I need permission to take photos of the children?');
    const answer = await eventually(() =>
      h.connector.messages(personalChat(people.sam)).find((call) => cardText(cardOf(call)).includes('Needs approval')),
    );
    answerCardId = answer.resultId!;
    const start = cardActions(cardOf(answer)).find((action) => action.verb === ActionId.startRequest)!;

    const clicked = await h.invoke(people.sam, start.verb, start.data, { replyToId: answerCardId });
    expect(clicked.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'The form for “Take photos or film children and young people” is below.',
    });
    formCall = await eventually(() =>
      h.connector
        .messages(personalChat(people.sam))
        .find((call) => cardActions(cardOf(call)).some((action) => action.verb === SubmitRequestFormId)),
    );
    const form = cardOf(formCall);
    expect(Object.keys(inputs(form))).toEqual([
      'f.activity',
      'f.date',
      'f.subject',
      'f.parental-consent',
      'f.allsorts-phone',
    ]);
    expect(inputs(form)['f.date'].type).toBe('Input.Date');
    expect(inputs(form)['f.parental-consent']).toMatchObject({
      type: 'Input.Toggle',
      valueOn: 'true',
      valueOff: 'false',
    });
    const submit = cardActions(form).find((action) => action.verb === SubmitRequestFormId)!;
    expect(submit.data).toMatchObject({ flow: 'photos', submission: expect.stringMatching(/^rt-[a-z0-9]{16}$/) });
    submission = submit.data.submission as string;
  });

  it('shows field errors on the card, under their fields, keeping what was typed', async () => {
    const answer = await h.invoke(
      people.sam,
      SubmitRequestFormId,
      { flow: 'photos', submission, ...photosInputs, 'f.date': '2026-02-30', 'f.parental-consent': 'false' },
      { replyToId: formCall.resultId! },
    );
    expect(answer.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const card = answer.body.value;
    const body: any[] = card.body;
    const dateAt = body.findIndex((element) => element.id === 'f.date');
    expect(body[dateAt + 1]).toMatchObject({
      type: 'TextBlock',
      color: 'attention',
      text: 'Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.',
    });
    const consentError = body.find(
      (element, i) => i > body.findIndex((e) => e.id === 'f.parental-consent') && element.color === 'attention',
    );
    expect(consentError.text).toContain('Confirm this before you submit');
    expect(inputs(card)['f.activity'].value).toBe('Summer trip');
    expect(await h.store.get(`request:${submission}`)).toBeUndefined();
  });

  it('files the request when the form is right, and notifies both approvers in their personal chats', async () => {
    const answer = await h.invoke(
      people.sam,
      SubmitRequestFormId,
      { flow: 'photos', submission, ...photosInputs },
      { replyToId: formCall.resultId! },
    );
    const card = answer.body.value;
    expect(cardText(card)).toContain('Request sent: “Take photos or film children and young people”.');
    expect(cardText(card)).toContain('Pending: waiting for the Activity Leader or Co-ordinator.');
    expect(cardActions(card).map((action) => action.verb)).toEqual([ActionId.withdraw]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: RefreshVerb, data: { request: submission } },
      userIds: [people.sam.mri],
    });
    requestId = submission;

    alexCard = await eventually(() =>
      h.connector
        .messages(personalChat(people.alex))
        .find((call) => cardText(cardOf(call)).includes('asks for your approval')),
    );
    expect(cardText(cardOf(alexCard))).toContain(
      'Sam (staff) asks for your approval: “Take photos or film children and young people”.',
    );
    expect(cardActions(cardOf(alexCard)).map((action) => [action.verb, action.data])).toEqual([
      [ActionId.approve, { request: requestId }],
      [ActionId.decline, { request: requestId }],
    ]);
    expect(cardOf(alexCard).refresh.userIds).toEqual([people.alex.mri]);

    // Casey had no personal chat: the bot opened one from where Casey was seen, and kept it.
    const created = await eventually(() => h.connector.of('create-conversation')[0]);
    expect(created.body).toMatchObject({
      isGroup: false,
      members: [{ id: people.casey.mri }],
      bot: { id: expect.stringMatching(/^28:/) },
    });
    caseyCard = await eventually(() =>
      h.connector.messages(created.resultId).find((call) => cardText(cardOf(call)).includes('asks for your approval')),
    );
    expect(await eventually(() => h.store.get(teamsKeys.reference(people.casey.aad)))).toMatchObject({
      conversation: { id: created.resultId },
    });
  });

  it('refuses a decision by someone who is not an approver, whatever the card data claims', async () => {
    const answer = await h.invoke(people.sam, ActionId.approve, {
      request: requestId,
      user: people.alex.aad,
      aadObjectId: people.alex.aad,
    });
    expect(cardText(answer.body.value)).toContain('You cannot decide your own request.');
    expect(await h.store.get(`outcome:${requestId}`)).toBeUndefined();
    const stranger = await h.invoke(people.stranger, ActionId.approve, { request: requestId });
    expect(cardText(stranger.body.value)).toContain('Only Activity Leader or Co-ordinator can decide this request.');
  });

  it('approves on Alex’s click: Alex’s card shows the decision, Sam hears the outcome, every posted card is redrawn', async () => {
    const before = h.connector.calls.length;
    const answer = await h.invoke(
      people.alex,
      ActionId.approve,
      { request: requestId, comment: 'Enjoy the trip' },
      { replyToId: alexCard.resultId! },
    );
    const card = answer.body.value;
    expect(cardText(card)).toContain('You approved “Take photos or film children and young people”.');
    expect(cardText(card)).toMatch(/Approved by Alex \(activity leader\) on 2 Mar 2026, 09:00 UTC\./);
    expect(cardActions(card)).toEqual([]);
    expect(await h.store.get(`outcome:${requestId}`)).toMatchObject({
      status: 'approved',
      by: { account: { platform: 'teams', userId: people.alex.aad } },
    });

    const toSam = await eventually(() =>
      h.connector.calls
        .slice(before)
        .find(
          (call) => (call.kind === 'send' || call.kind === 'reply') && call.conversationId === personalChat(people.sam),
        ),
    );
    expect(cardText(cardOf(toSam))).toMatch(
      /Your request “Take photos or film children and young people” was approved by Alex \(activity leader\)\. Valid until [^.]+\. Comment: “Enjoy the trip”/,
    );
    expect(cardText(cardOf(toSam))).toContain('Conditions:');
    const toCasey = await eventually(() =>
      h.connector.calls
        .slice(before)
        .find(
          (call) => (call.kind === 'send' || call.kind === 'reply') && call.conversationId === caseyCard.conversationId,
        ),
    );
    expect(cardText(cardOf(toCasey))).toContain('was approved by Alex (activity leader): nothing more for you to do.');

    // Sam's request card (the form message), Alex's and Casey's approval cards: each updated in place.
    const updates = await eventually(() => {
      const found = h.connector.calls.slice(before).filter((call) => call.kind === 'update');
      return found.length >= 3 ? found : undefined;
    });
    expect(updates.map((call) => call.activityId).sort()).toEqual(
      [formCall.resultId, alexCard.resultId, caseyCard.resultId].sort(),
    );
    for (const update of updates) {
      expect(cardText(cardOf(update))).toContain('Approved by Alex (activity leader)');
      expect(cardActions(cardOf(update)).filter((action) => action.verb === ActionId.approve)).toEqual([]);
    }
  });

  it('tells Casey it is already decided when Casey clicks the old card, and sends nobody anything', async () => {
    await settled(h);
    const before = h.connector.calls.length;
    const answer = await h.invoke(
      people.casey,
      ActionId.decline,
      { request: requestId },
      { conversationId: caseyCard.conversationId!, replyToId: caseyCard.resultId! },
    );
    expect(cardText(answer.body.value)).toContain('This request was already approved by Alex (activity leader).');
    await settled(h);
    expect(h.connector.calls.slice(before).filter((call) => call.kind === 'send' || call.kind === 'reply')).toEqual([]);
  });

  it('redraws a card to the viewer’s current state on refresh', async () => {
    const answer = await h.invoke(people.alex, RefreshVerb, { request: requestId }, { trigger: 'automatic' });
    expect(cardText(answer.body.value)).toContain('Approved by Alex (activity leader)');
    expect(answer.body.value.refresh.userIds).toEqual([people.alex.mri]);
  });
});

describe('a request started in an ordinary channel', () => {
  let h: TeamsHarness;
  // Every answer Sam gives, and who Sam is: none of it may reach the channel.
  const privateInputs = {
    'f.activity': 'Trip with J.S. to the zoo',
    'f.date': '2026-07-14',
    'f.subject': 'Photos of J.S. feeding the penguins',
    'f.parental-consent': 'true',
    'f.allsorts-phone': 'true',
  };
  const privateWords = ['J.S.', 'zoo', 'penguins', '2026-07-14', '14 July', 'Sam (staff)'];
  const channelCalls = () =>
    h.connector.calls.filter((call) => call.conversationId === channelConversation).map((c) => JSON.stringify(c.body));

  beforeAll(async () => {
    h = await startTeamsHarness();
    await h.install(people.alex);
    await settled(h);
  });
  afterAll(async () => h?.close());

  it('sends the form to the person’s personal chat, with a pointer only they see, and no answer ever reaches the channel', async () => {
    await h.message(people.sam, 'Do I need permission to take photos of the children?', { channel: true });
    const answer = await eventually(() => h.connector.messages(channelConversation)[0]);
    const channelBefore = h.connector.calls.filter((call) => call.conversationId === channelConversation).length;
    const start = cardActions(cardOf(answer)).find((action) => action.verb === ActionId.startRequest)!;

    const clicked = await h.invoke(people.sam, start.verb, start.data, { channel: true, replyToId: answer.resultId! });
    expect(clicked.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value:
        'I have sent you the form for “Take photos or film children and young people” privately, in your personal chat with Policy Desk.',
    });
    // Sam had no personal chat yet: one is opened from the channel, and the form goes there.
    const form = await eventually(() =>
      h.connector
        .messages()
        .find((call) => cardActions(cardOf(call)).some((action) => action.verb === SubmitRequestFormId)),
    );
    expect(form.conversationId).not.toBe(channelConversation);
    expect(h.connector.of('create-conversation')[0]?.body.members).toEqual([{ id: people.sam.mri, name: '' }]);

    const submission = cardActions(cardOf(form)).find((action) => action.verb === SubmitRequestFormId)!.data.submission;
    const response = await h.invoke(
      people.sam,
      SubmitRequestFormId,
      { flow: 'photos', submission, ...privateInputs },
      { conversationId: form.conversationId!, replyToId: form.resultId! },
    );
    expect(cardText(response.body.value)).toContain('Request sent');
    expect(cardText(response.body.value)).toContain('Trip with J.S. to the zoo');
    await settled(h);
    await h.invoke(people.alex, ActionId.approve, { request: submission });
    await settled(h);

    // The channel heard the answer to the question, and nothing after it: no form, no request, no redraw.
    expect(h.connector.calls.filter((call) => call.conversationId === channelConversation)).toHaveLength(channelBefore);
    for (const body of channelCalls()) for (const word of privateWords) expect(body).not.toContain(word);
  });

  it('turns a form left in a channel into a card that names nothing when it is sent, and puts the request in the requester’s personal chat', async () => {
    // A form posted in the channel before forms went to the personal chat.
    const submission = 'rt-legacychannel001';
    const response = await h.invoke(
      people.sam,
      SubmitRequestFormId,
      { flow: 'photos', submission, ...privateInputs },
      { channel: true, replyToId: 'act-old-channel-form' },
    );
    expect(response.body.value).toBe(
      'Request sent. It is in your personal chat with Policy Desk, where you can follow it.',
    );
    const replaced = await eventually(() =>
      h.connector.of('update', channelConversation).find((call) => call.activityId === 'act-old-channel-form'),
    );
    expect(cardText(cardOf(replaced))).toBe(
      'This form has been sent. Its details are only in the personal chats of the people it concerns.',
    );
    expect(cardActions(cardOf(replaced))).toEqual([]);
    expect(cardOf(replaced).refresh).toBeUndefined();
    const samChat = h.connector
      .of('create-conversation')
      .find((call) => call.body.members[0].id === people.sam.mri)!.resultId;
    const copy = await eventually(() =>
      h.connector.messages(samChat).find((call) => cardText(cardOf(call)).includes('Trip with J.S. to the zoo')),
    );
    expect(cardActions(cardOf(copy)).map((action) => action.verb)).toContain(ActionId.withdraw);

    // Deciding it redraws Sam's copy, never the channel's.
    await settled(h);
    const channelBefore = h.connector.calls.filter((call) => call.conversationId === channelConversation).length;
    await h.invoke(people.alex, ActionId.approve, { request: submission });
    await settled(h);
    expect(h.connector.calls.filter((call) => call.conversationId === channelConversation)).toHaveLength(channelBefore);
    expect(h.connector.of('update').some((call) => call.activityId === copy.resultId)).toBe(true);
    for (const body of channelCalls()) for (const word of privateWords) expect(body).not.toContain(word);
  });
});

describe('a form left in a channel, sent while the store is slow', () => {
  let h: TeamsHarness;
  const store = new SlowStore(new MemoryRecordStore());
  beforeAll(async () => {
    h = await startTeamsHarness({ store, teams: { invokeBudgetMs: 50 } });
    await h.install(people.alex);
    await h.install(people.sam);
    await settled(h);
  });
  afterAll(async () => {
    store.delayMs = 0;
    await h?.close();
  });

  it('answers "working on it", then leaves the channel’s copy as the card that names nothing, never the request', async () => {
    store.delayMs = 40;
    const response = await h.invoke(
      people.sam,
      SubmitRequestFormId,
      { flow: 'photos', submission: 'rt-slowchannelform1', ...photosInputs },
      { channel: true, replyToId: 'act-old-slow-form' },
    );
    expect(cardText(response.body.value)).toContain('Working on it');
    await settled(h);
    store.delayMs = 0;
    const updates = h.connector.of('update', channelConversation).filter((c) => c.activityId === 'act-old-slow-form');
    expect(updates.map((call) => cardText(cardOf(call)))).toEqual([
      'This form has been sent. Its details are only in the personal chats of the people it concerns.',
    ]);
    expect(
      h.connector.messages(personalChat(people.sam)).some((c) => cardText(cardOf(c)).includes('Summer trip')),
    ).toBe(true);
  });
});
