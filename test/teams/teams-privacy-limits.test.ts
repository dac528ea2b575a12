import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import type { AnswerReply, RequestFormReply } from '../../src/core/conversation/replies.ts';
import { intentOf } from '../../src/teams/policy-desk-bot.ts';
import { cardAttachment, cardBytes, composeCard } from '../../src/teams/render/adaptive-card.ts';
import { renderAnswer } from '../../src/teams/render/answer.ts';
import { HomePageVerb } from '../../src/teams/render/home.ts';
import { renderReplies } from '../../src/teams/render/reply.ts';
import { allsortsAnswers } from '../support/conversation-fixture.ts';
import { actionCount } from './support/card-query.ts';
import { type ConnectorCall, cardActions, cardOf, cardText, startConnectorDouble } from './support/connector-double.ts';
import {
  channelConversation,
  eventually,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
} from './support/teams-harness.ts';

const teamsLimit = 28 * 1024;

describe('Teams in a channel keeps private things private', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
    // Alex has something awaiting his decision, with answers that must not reach a channel.
    const sam = { org: 'allsorts', person: { platform: 'teams' as const, userId: people.sam.aad } };
    const submitted = await h.app.conversation.submitRequest(sam, 'photos', {
      ...allsortsAnswers.photos,
      activity: 'Trip with J.S. to the zoo',
    });
    if (!submitted.ok) throw new Error('submit failed');
  });
  afterAll(async () => h?.close());

  const channelReply = (after: number) =>
    eventually(() =>
      h.connector.calls
        .slice(after)
        .find((c) => (c.kind === 'send' || c.kind === 'reply') && c.conversationId === channelConversation),
    );
  const privateCard = (after: number) =>
    eventually(() =>
      h.connector.calls
        .slice(after)
        .find(
          (c) =>
            (c.kind === 'send' || c.kind === 'reply') &&
            c.conversationId !== undefined &&
            c.conversationId !== channelConversation,
        ),
    );

  it('answers "home" in a channel with a pointer, and sends the queue to the personal chat', async () => {
    const before = h.connector.calls.length;
    await h.message(people.alex, 'home', { channel: true });
    const inChannel = cardOf(await channelReply(before));
    expect(cardText(inChannel)).toBe('I have replied to you privately, in your personal chat with Policy Desk.');
    expect(cardActions(inChannel)).toEqual([]);
    const privately = await privateCard(before);
    // A proactive card carries a summary, what Teams shows in the feed instead of "sent a card".
    expect(privately.body.summary).toBe('Policy Desk · Alex (activity leader)');
    const home = cardOf(privately);
    expect(cardText(home)).toContain('Trip with J.S. to the zoo');
    expect(cardActions(home).map((a) => a.verb)).toEqual([ActionId.approve, ActionId.decline]);
    const everythingInChannel = JSON.stringify(
      h.connector.calls.slice(before).filter((c) => c.conversationId === channelConversation),
    );
    expect(everythingInChannel).not.toContain('J.S.');
    expect(everythingInChannel).not.toContain('Approve');
  });

  it('sends a disclosure made in a channel to the personal chat; the channel hears a pointer that names neither the person nor a concern', async () => {
    const before = h.connector.calls.length;
    const disclosure = 'A young person told me they are being hurt at home';
    await h.message(people.sam, disclosure, { channel: true });
    const inChannel = cardOf(await channelReply(before));
    expect(cardText(inChannel)).toBe('I have replied to you privately, in your personal chat with Policy Desk.');
    const route = cardOf(await privateCard(before));
    expect(cardText(route)).toContain('Report this concern now');
    // What the channel sees: every card posted there.
    const channelCards = h.connector.calls
      .slice(before)
      .filter((c) => c.conversationId === channelConversation)
      .map((c) => JSON.stringify(cardOf(c)));
    expect(channelCards).toHaveLength(1);
    expect(channelCards.join('')).not.toMatch(/concern|999|hurt|Sam/i);
    await settled(h);
    expect(h.logs.join('')).not.toContain('hurt at home');
  });

  it('does not suggest "home" in the channel help', async () => {
    const before = h.connector.calls.length;
    await h.message(people.sam, 'help', { channel: true });
    const text = cardText(cardOf(await channelReply(before)));
    expect(text).toContain('open a personal chat with me');
    expect(text).not.toContain('or “home” for your requests');
  });
});

describe('Teams never ties a disclosure to the person who raised it', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    // A disclosure as Sam's very first message: nothing logged about his new chat either, even at debug.
    h = await startTeamsHarness({ logLevel: 'debug' });
  });
  afterAll(async () => h?.close());

  it('answers only Sam, in his personal chat, sends no notification, and logs no line naming him, even at debug', async () => {
    const logsBefore = h.logs.length;
    const before = h.connector.calls.length;
    await h.message(people.sam, 'A young person told me they are being hurt at home');
    await h.message(people.sam, 'A young person told me they are being hurt at home', { channel: true });
    await eventually(
      () =>
        h.connector.calls.slice(before).filter((c) => c.kind === 'send' || c.kind === 'reply').length >= 3 || undefined,
    );
    await settled(h);
    const sent = h.connector.calls
      .slice(before)
      .filter((c) => c.kind === 'send' || c.kind === 'reply' || c.kind === 'create-conversation');
    // Two routes to his personal chat, one neutral pointer in the channel, nothing else to anyone.
    expect(sent.map((c) => c.conversationId).sort()).toEqual(
      [channelConversation, personalChat(people.sam), personalChat(people.sam)].sort(),
    );
    for (const call of sent) expect(JSON.stringify(cardOf(call))).not.toMatch(/Sam|aad-sam|hurt at home/);
    const logged = h.logs.slice(logsBefore);
    expect(logged.some((line) => JSON.parse(line).level === 20)).toBe(true);
    // His personal chat's conversation id is as much his as his ids are.
    expect(
      logged.filter((line) =>
        [people.sam.aad, people.sam.mri, personalChat(people.sam)].some((id) => line.includes(id)),
      ),
    ).toEqual([]);
    expect(logged.join('')).not.toMatch(/hurt at home/);
  });
});

describe('Teams commands, greetings and thanks', () => {
  it('reads commands, greetings and thanks as such, whatever the punctuation', () => {
    expect(['policy', '/policy', 'hello', 'Hello!', 'help.', 'Help?', 'hi 👋', ''].map(intentOf)).toEqual(
      Array(8).fill('help'),
    );
    expect(['thanks', 'Thanks!', 'thank you.', 'cheers'].map(intentOf)).toEqual(Array(4).fill('thanks'));
    expect(['home', 'Home.', 'request', 'Requests!'].map(intentOf)).toEqual(['home', 'home', 'request', 'request']);
    expect(['policy can I text?', 'Can I text a young person?', 'thanks for the photos policy?'].map(intentOf)).toEqual(
      ['question', 'question', 'question'],
    );
  });

  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
  });
  afterAll(async () => h?.close());

  it('gives the help card, never "the policies do not cover this", for a bare command, greeting or thanks', async () => {
    for (const text of ['policy', 'hello', 'thanks', 'help.']) {
      const before = h.connector.calls.length;
      await h.message(people.sam, text);
      const reply: ConnectorCall = await eventually(() =>
        h.connector.calls
          .slice(before)
          .find((c) => (c.kind === 'send' || c.kind === 'reply') && c.conversationId === personalChat(people.sam)),
      );
      const shown = cardText(cardOf(reply));
      expect(shown).not.toContain('The policies do not cover this');
      expect(shown).toMatch(text === 'thanks' ? /You are welcome/ : /Ask me about your organisation’s policies/);
    }
  });
});

describe('Teams cards within 28 KB and six actions', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness();
    const sam = { org: 'allsorts', person: { platform: 'teams' as const, userId: people.sam.aad } };
    for (let i = 0; i < 200; i += 1) {
      const submitted = await h.app.conversation.submitRequest(sam, 'photos', {
        ...allsortsAnswers.photos,
        activity: `Trip number ${i} ${'with a long description '.repeat(6)}`,
      });
      if (!submitted.ok) throw new Error('submit failed');
    }
  }, 60_000);
  afterAll(async () => h?.close());

  it('pages a home of 200 pending requests: every page within 28 KB and six actions, "More" turns the page in place', async () => {
    const before = h.connector.calls.length;
    await h.message(people.alex, 'home');
    const first = cardOf(
      await eventually(() => h.connector.calls.slice(before).find((c) => c.kind === 'send' || c.kind === 'reply')),
    );
    expect(cardBytes(first)).toBeLessThan(teamsLimit);
    expect(actionCount(first)).toBeLessThanOrEqual(6);
    expect(cardText(first)).toContain('Waiting for you (200) · page 1 of 100');
    const more = cardActions(first).find((a) => a.verb === HomePageVerb)!;
    expect(more).toEqual({ title: 'More (198 waiting)', verb: HomePageVerb, data: { page: 1 } });

    let page = 1;
    for (const target of [1, 50, 99]) {
      const answer = await h.invoke(people.alex, HomePageVerb, { page: target });
      const card = answer.body.value;
      expect(cardBytes(card)).toBeLessThan(teamsLimit);
      expect(actionCount(card)).toBeLessThanOrEqual(6);
      expect(cardText(card)).toContain(`page ${target + 1} of 100`);
      page = target;
    }
    expect(page).toBe(99);
  }, 30_000);

  it('sends a card too large for Teams as a small card that says so and what to do, never a failed send', () => {
    const options = Array.from({ length: 150 }, (_, i) => ({
      value: `v${i}`,
      label: `Choice ${i}: ${'a long wording of one of the choices '.repeat(8)}`,
    }));
    const form: RequestFormReply = {
      kind: 'request-form',
      org: 'allsorts',
      flow: { id: 'huge', title: 'A form with huge choices', description: 'd' },
      routeSummary: 'Decided by the Activity Leader.',
      fields: [{ type: 'choice', id: 'c', label: 'Pick', required: true, options }],
      errors: {},
      submitLabel: 'Submit request',
    };
    const card = renderReplies([form], { form: { submission: 'rt-aaaaaaaaaaaaaaaa' } });
    expect(cardBytes(card)).toBeGreaterThan(teamsLimit);
    const sent = cardAttachment(card).content;
    expect(cardBytes(sent)).toBeLessThan(teamsLimit);
    expect(cardText(sent)).toContain('A form with huge choices');
    expect(cardText(sent)).toMatch(/Policy Desk cannot show this in Teams: it is \d+ KB, and Teams allows 28 KB/);
    // A card that fits is sent untouched.
    const small = renderReplies([{ kind: 'notice', tone: 'info', text: 'hi' }]);
    expect(cardAttachment(small).content).toBe(small);
  });

  it('fails any Teams test file that sends a card over 28 KB or with more than six actions (the connector double refuses the first as Teams does)', async () => {
    const connector = await startConnectorDouble();
    const checked = await startTeamsHarness({ connector });
    const send = (activity: unknown) =>
      fetch(`${connector.url}v3/conversations/a%3Aany/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    const card = (actions: number, text = 'hi') => ({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            type: 'AdaptiveCard',
            body: [{ type: 'TextBlock', text }],
            actions: Array.from({ length: actions }, (_, i) => ({ type: 'Action.Execute', verb: `v${i}` })),
          },
        },
      ],
    });
    expect((await send(card(6))).status).toBe(201);
    expect((await send(card(1, 'x'.repeat(teamsLimit)))).status).toBe(413);
    expect((await send(card(7))).status).toBe(201);
    expect(connector.limitProblems().map((call) => call.problems)).toEqual([
      [expect.stringMatching(/^\d+ bytes, over Teams' 28 KB$/)],
      ["a card with 7 actions, over Teams' six"],
    ]);
    await expect(checked.close()).rejects.toThrow(/Teams limits crossed by 2 card\(s\)/);
  });

  it('keeps an answer with many linked flows within six actions, as one choice and a Start', () => {
    const button = (i: number) => ({
      action: ActionId.startRequest,
      label: `Request approval: Flow ${i}`,
      value: { flow: `flow-${i}` },
    });
    const reply: AnswerReply = {
      kind: 'answer',
      answerId: 'a1',
      question: 'q',
      verdict: 'needs-approval',
      headline: 'Needs approval',
      explanation: 'Ask first.',
      citations: [],
      notices: [],
      requestButtons: Array.from({ length: 9 }, (_, i) => button(i)),
      feedbackButtons: [
        {
          action: ActionId.feedbackHelpful,
          label: 'Helpful',
          value: { answer: 'a1', verdict: 'needs-approval', clauses: [] },
        },
        {
          action: ActionId.feedbackUnhelpful,
          label: 'Not helpful',
          value: { answer: 'a1', verdict: 'needs-approval', clauses: [] },
        },
      ],
    };
    const card = composeCard([renderAnswer(reply)]);
    expect(actionCount(card)).toBe(3);
    const choice = card.body.find((e) => e.type === 'Input.ChoiceSet') as unknown as {
      id: string;
      choices: Array<{ value: string }>;
    };
    expect(choice.id).toBe('flow');
    expect(choice.choices.map((c) => c.value)).toEqual(Array.from({ length: 9 }, (_, i) => `flow-${i}`));
  });
});
