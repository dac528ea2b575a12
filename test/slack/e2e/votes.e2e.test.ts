import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { actionIdsOf, buttonsOf, quotesOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';

const board = 'C_BOARD';
const trustees = [slackIds.priya, slackIds.tom, slackIds.ruth, slackIds.dev, slackIds.ann];

async function submitTrusteeContact(harness: SlackHarness, viewId: string): Promise<string> {
  const form = harness.app.conversation.requestForm('allsorts', 'trustee-contact') as RequestFormReply;
  const result = await harness.submitView(slackIds.jo, {
    id: viewId,
    callback_id: SubmitRequestFormId,
    private_metadata: JSON.stringify({ flow: 'trustee-contact' }),
    state: formState(form, allsortsAnswers['trustee-contact']),
  });
  expect(JSON.parse(result.text)).toMatchObject({ response_action: 'update' });
  return (await harness.app.approvals.listRequests({ org: 'allsorts' })).at(-1)!.id;
}

const updatesOf = (calls: readonly RecordedCall[], channel: string, ts: string) =>
  calls.filter((c) => c.method === 'chat.update' && c.body.channel === channel && c.body.ts === ts);

describe('Slack board votes in the board channel', () => {
  let harness: SlackHarness;

  beforeAll(async () => {
    harness = await SlackHarness.start({ roleChannels: { trustee: board } });
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('posts a trustee-contact request to the board channel, keeps the tally live as five trustees vote, and posts the outcome', async () => {
    const double = harness.double;
    const requestId = await submitTrusteeContact(harness, 'VTRUSTEE01');
    const post = await double.waitFor((calls) =>
      calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === board),
    );
    const ts = String(post.response!.ts);
    expect(actionIdsOf(post.body.blocks)).toEqual([ActionId.voteFor, ActionId.voteAgainst, ActionId.voteAbstain]);
    expect(buttonsOf(post.body.blocks).map((b) => b.value)).toEqual([
      { request: requestId },
      { request: requestId },
      { request: requestId },
    ]);
    // One channel post for the board, not a DM per trustee: the only DM is Jo's own copy.
    await double.waitFor((calls) => calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_JO'));
    expect(double.callsTo('conversations.open').map((c) => c.body.users)).toEqual([slackIds.jo]);

    const choices = [
      ActionId.voteFor,
      ActionId.voteAgainst,
      ActionId.voteFor,
      ActionId.voteAgainst,
      ActionId.voteFor,
    ] as const;
    const expected = [
      'For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)',
      'For 1 · Against 1 · Abstain 0 · 2 of 5 voted (quorum 3)',
      'For 2 · Against 1 · Abstain 0 · 3 of 5 voted (quorum 3)',
      'For 2 · Against 2 · Abstain 0 · 4 of 5 voted (quorum 3)',
      'For 3 · Against 2 · Abstain 0 · 5 of 5 voted (quorum 3)',
    ];
    for (const [i, trustee] of trustees.entries()) {
      const press = await harness.action(trustee, choices[i]!, { request: requestId }, { channel: board });
      expect(press.status).toBe(200);
      const update = await double.waitFor((calls) =>
        updatesOf(calls, board, ts).find((c) => JSON.stringify(c.body.blocks).includes(expected[i]!)),
      );
      expect(update).toBeDefined();
      const told = await double.waitFor((calls) =>
        calls.find((c) => c.method === 'response_url' && c.responseId === press.responseId),
      );
      expect(told.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    }

    // Decided: the channel copy shows the outcome with no vote buttons, and the outcome is posted in its thread.
    const final = await double.waitFor((calls) =>
      updatesOf(calls, board, ts).find((c) => JSON.stringify(c.body.blocks).includes('Approved by majority')),
    );
    expect(actionIdsOf(final.body.blocks)).toEqual([]);
    const outcome = await double.waitFor((calls) =>
      calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === board && c.body.thread_ts === ts),
    );
    expect(JSON.stringify(outcome.body.blocks)).toContain('For 3 · Against 2 · Abstain 0 · 5 of 5 voted (quorum 3)');
    expect(quotesOf(outcome.body.blocks)).toContain(
      'The trustee should not meet with the young person, under any circumstances, unless in Allsorts premises with staff present.',
    );
    // Jo, who asked, hears by DM.
    const toJo = await double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === 'D_U_JO' &&
          String(c.body.text).includes('was approved'),
      ),
    );
    expect(String(toJo.body.text)).toContain('by majority');
    expect(await harness.app.approvals.getRequest(requestId)).toMatchObject({
      status: 'approved',
      tally: { for: 3, against: 2 },
    });
  });

  it('refuses a vote from a non-trustee, privately, and the tally does not move', async () => {
    const double = harness.double;
    const requestId = await submitTrusteeContact(harness, 'VTRUSTEE02');
    await double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === board &&
          JSON.stringify(c.body.blocks).includes(requestId),
      ),
    );
    const before = double.callsTo('chat.update').length;

    const press = await harness.action(slackIds.sam, ActionId.voteFor, { request: requestId }, { channel: board });
    expect(press.status).toBe(200);
    const told = await double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === press.responseId),
    );
    expect(told.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(told.body.text)).toContain('Only members of the Trustee board');
    expect((await harness.app.approvals.getRequest(requestId))!.tally).toMatchObject({ cast: 0 });
    expect(double.callsTo('chat.update')).toHaveLength(before);

    // A forged value naming a trustee changes nothing: identity is the payload's user.
    const forged = await harness.action(
      slackIds.sam,
      ActionId.voteFor,
      { request: requestId, user: slackIds.priya, voter: slackIds.priya },
      { channel: board },
    );
    const refused = await double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === forged.responseId),
    );
    expect(String(refused.body.text)).toContain('That button is out of date');
    expect((await harness.app.approvals.getRequest(requestId))!.tally).toMatchObject({ cast: 0 });
  });
});

describe('Slack board votes by direct message', () => {
  let harness: SlackHarness;

  beforeAll(async () => {
    harness = await SlackHarness.start();
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('DMs each trustee when the board has no channel, and redraws every trustee’s copy after a vote', async () => {
    const double = harness.double;
    const requestId = await submitTrusteeContact(harness, 'VTRUSTEE03');
    const copies = await double.waitFor((calls) => {
      const found = trustees.map((t) =>
        calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === `D_${t}`),
      );
      return found.every(Boolean) ? (found as RecordedCall[]) : undefined;
    });
    for (const copy of copies)
      expect(actionIdsOf(copy.body.blocks)).toEqual([ActionId.voteFor, ActionId.voteAgainst, ActionId.voteAbstain]);

    await harness.action(slackIds.tom, ActionId.voteAgainst, { request: requestId });
    const redrawn = await double.waitFor((calls) => {
      const found = copies.map((copy) => updatesOf(calls, String(copy.body.channel), String(copy.response!.ts)).at(-1));
      return found.every(Boolean) ? (found as RecordedCall[]) : undefined;
    });
    const tomCopy = redrawn.find((c) => c.body.channel === `D_${slackIds.tom}`)!;
    const ruthCopy = redrawn.find((c) => c.body.channel === `D_${slackIds.ruth}`)!;
    // Tom has voted: no buttons for him. Ruth still can.
    expect(actionIdsOf(tomCopy.body.blocks)).toEqual([]);
    expect(actionIdsOf(ruthCopy.body.blocks)).toEqual([ActionId.voteFor, ActionId.voteAgainst, ActionId.voteAbstain]);
    for (const copy of redrawn)
      expect(JSON.stringify(copy.body.blocks)).toContain('For 0 · Against 1 · Abstain 0 · 1 of 5 voted (quorum 3)');
  });
});
