import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { type ConnectorCall, cardActions, cardOf, cardText } from './support/connector-double.ts';
import {
  eventually,
  fileRequest,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
  type TeamsUser,
  trusteeContactInputs,
} from './support/teams-harness.ts';

describe('a trustee vote in Teams', () => {
  let h: TeamsHarness;
  let requestId: string;
  const voteCards = new Map<string, ConnectorCall>();
  const installed: TeamsUser[] = [people.sam, people.priya, people.tom, people.ruth, people.dev];

  beforeAll(async () => {
    h = await startTeamsHarness();
    // Ann (a trustee) never installed the app.
    for (const user of installed) await h.install(user);
    await settled(h);
  });
  afterAll(async () => h?.close());

  it('sends every installed trustee a vote card, and logs (ids only) that Ann must install the app', async () => {
    const filed = await fileRequest(h, people.sam, 'trustee-contact', trusteeContactInputs);
    requestId = filed.requestId;
    expect(cardText(filed.response.body.value)).toContain('Voting open until 9 Mar 2026, 09:00 UTC.');
    for (const trustee of [people.priya, people.tom, people.ruth, people.dev]) {
      const card = await eventually(() =>
        h.connector
          .messages(personalChat(trustee))
          .find((call) => cardText(cardOf(call)).includes('asks the board to vote')),
      );
      expect(cardActions(cardOf(card)).map((action) => action.verb)).toEqual([
        ActionId.voteFor,
        ActionId.voteAgainst,
        ActionId.voteAbstain,
      ]);
      voteCards.set(trustee.aad, card);
    }
    await settled(h);
    const warning = h.logs.find(
      (line) => line.includes('"userId":"aad-ann"') && line.includes('has not installed the app'),
    );
    expect(warning).toBeDefined();
    expect(warning).not.toContain('Mentoring');
  });

  it('records a vote, answers with the tally, and redraws the other trustees’ cards', async () => {
    const before = h.connector.calls.length;
    const answer = await h.invoke(
      people.priya,
      ActionId.voteFor,
      { request: requestId },
      { replyToId: voteCards.get(people.priya.aad)!.resultId! },
    );
    expect(cardText(answer.body.value)).toContain(
      'Your vote For “Exceptional circumstances - a trustee shares their number with a young person” is recorded.',
    );
    expect(cardText(answer.body.value)).toContain('For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)');
    expect(cardActions(answer.body.value)).toEqual([]);
    const tomUpdate = await eventually(() =>
      h.connector.calls
        .slice(before)
        .find((call) => call.kind === 'update' && call.activityId === voteCards.get(people.tom.aad)!.resultId),
    );
    expect(cardText(cardOf(tomUpdate))).toContain('For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)');
    expect(cardActions(cardOf(tomUpdate)).map((action) => action.verb)).toEqual([
      ActionId.voteFor,
      ActionId.voteAgainst,
      ActionId.voteAbstain,
    ]);
  });

  it('runs a redelivered invoke (same activity id) once: both answers report the one vote', async () => {
    const id = 'redelivered-tom-vote';
    const [first, second] = await Promise.all([
      h.invoke(people.tom, ActionId.voteFor, { request: requestId }, { id }),
      h.invoke(people.tom, ActionId.voteFor, { request: requestId }, { id }),
    ]);
    for (const answer of [first, second]) expect(cardText(answer.body.value)).toContain('Your vote For');
    expect(await h.store.get(`vote:${requestId}:tom-trustee`)).toMatchObject({ choice: 'for' });
  });

  it('casts one vote for a double click, and the deciding vote notifies the requester once', async () => {
    await settled(h);
    const before = h.connector.calls.length;
    const [first, second] = await Promise.all([
      h.invoke(people.ruth, ActionId.voteFor, { request: requestId }),
      h.invoke(people.ruth, ActionId.voteFor, { request: requestId }),
    ]);
    const texts = [cardText(first.body.value), cardText(second.body.value)];
    expect(texts.filter((text) => text.includes('Your vote For')).length).toBe(1);
    expect(texts.filter((text) => text.includes('You already voted For.')).length).toBe(1);
    expect(texts.find((text) => text.includes('Your vote For'))).toMatch(/Approved by majority on 2 Mar 2026/);

    await settled(h);
    const toSam = h.connector.calls
      .slice(before)
      .filter(
        (call) => (call.kind === 'send' || call.kind === 'reply') && call.conversationId === personalChat(people.sam),
      );
    expect(toSam.map((call) => cardText(cardOf(call)))).toEqual([expect.stringContaining('was approved by majority')]);
    const devUpdate = h.connector.calls
      .slice(before)
      .filter((call) => call.kind === 'update' && call.activityId === voteCards.get(people.dev.aad)!.resultId);
    expect(devUpdate.length).toBeGreaterThan(0);
    expect(cardText(cardOf(devUpdate.at(-1)!))).toContain('Approved by majority');
    expect(cardActions(cardOf(devUpdate.at(-1)!))).toEqual([]);
  });
});
