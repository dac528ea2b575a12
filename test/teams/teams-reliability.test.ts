import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { defaultInvokeBudgetMs } from '../../src/teams/policy-desk-bot.ts';
import { type ConnectorCall, cardOf, cardText } from './support/connector-double.ts';
import { SlowStore } from './support/slow-store.ts';
import {
  eventually,
  fileRequest,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
  trusteeContactInputs,
} from './support/teams-harness.ts';

/** Teams stops waiting for an invoke response after about five seconds. */
const teamsInvokeTimeoutMs = 5000;

describe('card actions with a slow store', () => {
  let h: TeamsHarness;
  let store: SlowStore;
  let requestId: string;
  let priyaCard: ConnectorCall;

  beforeAll(async () => {
    store = new SlowStore(new MemoryRecordStore());
    h = await startTeamsHarness({ store });
    for (const user of [people.sam, people.priya, people.tom]) await h.install(user);
    await settled(h);
    ({ requestId } = await fileRequest(h, people.sam, 'trustee-contact', trusteeContactInputs));
    priyaCard = await eventually(() =>
      h.connector
        .messages(personalChat(people.priya))
        .find((call) => cardText(cardOf(call)).includes('asks the board to vote')),
    );
    await settled(h);
  });
  afterAll(async () => {
    store.release();
    await h?.close();
  });

  it('answers within Teams’ timeout while the store stalls, then finishes the vote and redraws the card', async () => {
    expect(defaultInvokeBudgetMs).toBeLessThan(teamsInvokeTimeoutMs);
    store.hold();
    const answer = await h.invoke(
      people.priya,
      ActionId.voteFor,
      { request: requestId },
      { replyToId: priyaCard.resultId! },
    );
    expect(answer.ms).toBeLessThan(teamsInvokeTimeoutMs - 500);
    expect(answer.status).toBe(200);
    expect(cardText(answer.body.value)).toContain('Working on it: this card updates when it is done.');
    expect(store.waited).toBeGreaterThan(0);
    expect(await store.inner.get(`vote:${requestId}:priya-chair`)).toBeUndefined();

    store.release();
    const update = await eventually(
      () =>
        h.connector
          .of('update', personalChat(people.priya))
          .find((call) => call.activityId === priyaCard.resultId && cardText(cardOf(call)).includes('Your vote For')),
      10_000,
    );
    expect(cardText(cardOf(update))).toContain('For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)');
    expect(await store.inner.get(`vote:${requestId}:priya-chair`)).toMatchObject({
      choice: 'for',
      voter: { account: { platform: 'teams', userId: people.priya.aad } },
    });
  });
});
