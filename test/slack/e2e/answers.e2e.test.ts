import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { actionIdsOf, buttonsOf, mrkdwnOf, quotesOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { SlackHarness, slackIds } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start();
});

afterAll(async () => {
  await harness.stop();
});

const question = 'Can I text this young person?';
const clause35 = 'Mobile Phone &amp; Social Networking Policy · 3. MOBILE DEVICES · clause 3.5';
const post = (channel: string, since: number) => (calls: readonly RecordedCall[]) =>
  calls.slice(since).find((c) => c.method === 'chat.postMessage' && c.body.channel === channel);

describe('Slack answers', () => {
  it('answers a DM with the verdict in plain words, each clause quoted with its reference, Request approval and feedback', async () => {
    const since = harness.double.calls.length;
    const result = await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_SAM',
      user: slackIds.sam,
      text: question,
      ts: '1700000000.000200',
    });
    expect(result.status).toBe(200);
    const answer = await harness.double.waitFor(post('D_U_SAM', since));
    expect(answer.body.thread_ts).toBeUndefined();
    expect(mrkdwnOf(answer.body.blocks)[0]).toBe(
      ':raised_hand: *Needs approval*\nOnly with the permission the policy names: ask for it before you act.',
    );
    expect(quotesOf(answer.body.blocks)[0]).toMatch(
      /^Allsorts staff, trustees, volunteers and visitors should never keep a child or young person’s/,
    );
    expect(mrkdwnOf(answer.body.blocks)).toContain(`:page_facing_up: ${clause35}`);
    const buttons = buttonsOf(answer.body.blocks);
    expect(buttons).toContainEqual({
      action: ActionId.startRequest,
      label: "Request approval: Keep a young person's contact details on your phone",
      value: { flow: 'keep-contact-details' },
    });
    expect(buttons.filter((b) => b.action.startsWith('pd_feedback')).map((b) => b.label)).toEqual([
      'Helpful',
      'Not helpful',
    ]);
    expect(buttons.map((b) => b.action)).not.toContain(ActionId.shareAnswer);
  });

  it('answers an @mention in the thread, without the mention in the question', async () => {
    const since = harness.double.calls.length;
    await harness.event({
      type: 'app_mention',
      channel: 'C_GENERAL',
      user: slackIds.sam,
      text: `<@U_BOT> ${question}`,
      ts: '1700000000.000400',
    });
    const answer = await harness.double.waitFor(post('C_GENERAL', since));
    expect(answer.body.thread_ts).toBe('1700000000.000400');
    expect(mrkdwnOf(answer.body.blocks)[0]).toContain('*Needs approval*');
    expect(mrkdwnOf(answer.body.blocks)).toContain(`:page_facing_up: ${clause35}`);
  });

  it('answers /policy privately with a Share button, and Share posts the same answer in the channel', async () => {
    const command = await harness.command('/policy', slackIds.sam, question);
    expect(command.status).toBe(200);
    expect(command.text).toBe('');
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect(mrkdwnOf(reply.body.blocks)).toContain(`:page_facing_up: ${clause35}`);
    const share = buttonsOf(reply.body.blocks).find((b) => b.action === ActionId.shareAnswer)!;
    // A short reference to the sealed question, never the question itself.
    expect(share.value).toEqual({
      share: expect.stringMatching(/^[\w-]{16}$/),
      key: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(JSON.stringify(share.value)).not.toContain('young person');

    const press = await harness.action(slackIds.sam, ActionId.shareAnswer, share.value, { channel: 'C_GENERAL' });
    const shared = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === press.responseId),
    );
    expect(shared.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(mrkdwnOf(shared.body.blocks)[0]).toContain('<@U_SAM> shared an answer');
    expect(quotesOf(shared.body.blocks)).toEqual(quotesOf(reply.body.blocks));
    expect(actionIdsOf(shared.body.blocks)).not.toContain(ActionId.shareAnswer);
  });

  it('answers a long /policy question whose text would not fit a button value, and Share posts its answer', async () => {
    // 1,990 characters that JSON escapes to well over Slack's 2,000-character button value.
    const long = `Can I text this young person? ${'"quoted" \\ '.repeat(160)}`.slice(0, 1990);
    const command = await harness.command('/policy', slackIds.sam, long);
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    expect(reply.problems).toBeUndefined();
    expect(mrkdwnOf(reply.body.blocks).join('\n')).toContain('*Needs approval*');
    const share = buttonsOf(reply.body.blocks).find((b) => b.action === ActionId.shareAnswer)!;
    expect(JSON.stringify(share.value).length).toBeLessThan(100);

    const press = await harness.action(slackIds.sam, ActionId.shareAnswer, share.value, { channel: 'C_GENERAL' });
    const shared = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === press.responseId),
    );
    expect(shared.body.response_type).toBe('in_channel');
    expect(quotesOf(shared.body.blocks)).toEqual(quotesOf(reply.body.blocks));
  });

  it('keeps only ciphertext of a shared question in the store, and lets nobody but the asker share it', async () => {
    const secretish = 'Can I text this young person about the Zebra Club outing?';
    const command = await harness.command('/policy', slackIds.sam, secretish);
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    const share = buttonsOf(reply.body.blocks).find((b) => b.action === ActionId.shareAnswer)!;
    const stored = await harness.store.get(`slack:share:${(share.value as { share: string }).share}`);
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain('Zebra');

    const byJo = await harness.action(slackIds.jo, ActionId.shareAnswer, share.value, { channel: 'C_GENERAL' });
    const refused = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === byJo.responseId),
    );
    expect(refused.body.response_type).toBe('ephemeral');
    expect(String(refused.body.text)).toContain('That Share button is out of date');
    const oldStyle = await harness.action(
      slackIds.sam,
      ActionId.shareAnswer,
      { question: secretish },
      { channel: 'C_GENERAL' },
    );
    const oldRefused = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === oldStyle.responseId),
    );
    expect(String(oldRefused.body.text)).toContain('That Share button is out of date');
  });

  it('tells the person when Slack refuses the answer, instead of going quiet', async () => {
    harness.double.failNext('response_url', 'invalid_blocks');
    const command = await harness.command('/policy', slackIds.sam, question);
    const replies = await harness.double.waitFor((calls) => {
      const found = calls.filter((c) => c.method === 'response_url' && c.responseId === command.responseId);
      return found.length === 2 ? found : undefined;
    });
    expect(replies[1]!.body.blocks).toBeUndefined();
    expect(String(replies[1]!.body.text)).toContain(
      'Policy Desk could not show its reply here: Slack refused it (HTTP 500)',
    );
  });

  it('records helpful / not helpful once per person and answer', async () => {
    const command = await harness.command('/policy', slackIds.jo, question);
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    const helpful = buttonsOf(reply.body.blocks).find((b) => b.action === ActionId.feedbackHelpful)!;
    const first = await harness.action(slackIds.jo, ActionId.feedbackHelpful, helpful.value);
    const thanks = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === first.responseId),
    );
    expect(thanks.body.text).toBe('Thanks: your feedback is recorded.');
    const again = await harness.action(slackIds.jo, ActionId.feedbackUnhelpful, helpful.value);
    const repeat = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === again.responseId),
    );
    expect(repeat.body.text).toBe('You already gave feedback on this answer.');
    const answerId = (helpful.value as { answer: string }).answer;
    expect(await harness.store.get(`feedback:allsorts:${answerId}:slack:${slackIds.jo}`)).toMatchObject({
      helpful: true,
    });
  });

  it('says who to ask when the policies do not cover the question', async () => {
    const command = await harness.command('/policy', slackIds.sam, 'When is the office christmas party?');
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    const texts = mrkdwnOf(reply.body.blocks).join('\n');
    expect(texts).toContain('The policies do not cover this');
    expect(texts).toContain('*Who to ask*');
    expect(texts).toContain('Safeguarding Lead, Deputy or Trustee');
    expect(texts).toContain('info@allsortsglos.org.uk');
  });

  it('gives the reporting route at once for a disclosure: in a DM, and privately (never in the thread) for a mention', async () => {
    const disclosure = 'A young person told me they are being hurt at home';
    const since = harness.double.calls.length;
    await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_SAM',
      user: slackIds.sam,
      text: disclosure,
      ts: '1700000000.000500',
    });
    const route = await harness.double.waitFor(post('D_U_SAM', since));
    const texts = mrkdwnOf(route.body.blocks).join('\n');
    expect(texts).toContain('Report this concern now');
    expect(texts).toContain('999');
    expect(actionIdsOf(route.body.blocks)).toEqual([]);
    expect(JSON.stringify(route.body)).not.toContain('hurt at home');
    expect(texts).toContain('Do not promise to keep it secret');
    // Nothing of the disclosure is kept: no record in the store carries its words.
    const store = harness.store as MemoryRecordStore;
    expect(JSON.stringify(await store.getMany(store.keys()))).not.toContain('hurt at home');

    const mentionSince = harness.double.calls.length;
    await harness.event({
      type: 'app_mention',
      channel: 'C_GENERAL',
      user: slackIds.sam,
      text: `<@U_BOT> ${disclosure}`,
      ts: '1700000000.000600',
    });
    const ephemeral = await harness.double.waitFor((calls) =>
      calls.slice(mentionSince).find((c) => c.method === 'chat.postEphemeral'),
    );
    expect(ephemeral.body).toMatchObject({ channel: 'C_GENERAL', user: slackIds.sam, thread_ts: '1700000000.000600' });
    expect(mrkdwnOf(ephemeral.body.blocks).join('\n')).toContain('Report this concern now');
    expect(harness.double.calls.slice(mentionSince).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('says what to change for a question the core cannot take, instead of going quiet', async () => {
    const command = await harness.command(
      '/policy',
      slackIds.sam,
      `Can I ${'really '.repeat(400)}text a young person?`,
    );
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    expect(String(reply.body.text)).toMatch(/^The question is \d+ characters long; the limit is 2000\./);
    const empty = await harness.command('/policy', slackIds.sam, '   ');
    const usage = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === empty.responseId),
    );
    expect(String(usage.body.text)).toContain('Ask a question after the command');
  });

  it('ignores the bot’s own DMs and message edits', async () => {
    const since = harness.double.calls.length;
    await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_SAM',
      user: 'U_BOT',
      bot_id: 'B_BOT',
      text: question,
      ts: '1700000000.000700',
    });
    await harness.event({
      type: 'message',
      subtype: 'message_changed',
      channel_type: 'im',
      channel: 'D_U_SAM',
      ts: '1700000000.000800',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(harness.double.calls.slice(since)).toEqual([]);
  });
});
