import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { buttonsOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';
import { SlowStore } from '../support/slow-store.ts';

const dm = (text: string) => ({
  type: 'message',
  channel_type: 'im',
  channel: 'D_U_SAM',
  user: slackIds.sam,
  text,
  ts: '1700000000.000300',
});
const answersTo = (calls: readonly RecordedCall[]) =>
  calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_SAM');
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('Slack event retries', () => {
  let harness: SlackHarness;

  beforeAll(async () => {
    harness = await SlackHarness.start();
  });

  afterAll(async () => {
    await harness.stop();
  });

  it('handles a retried event (same event_id) once', async () => {
    harness.double.reset();
    const first = await harness.event(dm('Can I take photos on a trip?'), { eventId: 'EvRETRY1' });
    await harness.double.waitFor((calls) => answersTo(calls).length === 1);
    const retry = await harness.event(dm('Can I take photos on a trip?'), { eventId: 'EvRETRY1', retryNum: 1 });
    await settle();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(answersTo(harness.double.calls)).toHaveLength(1);
  });

  it('handles two concurrent deliveries of one event once', async () => {
    harness.double.reset();
    const deliveries = await Promise.all([
      harness.event(dm('Can I use my own phone?'), { eventId: 'EvTWICE1' }),
      harness.event(dm('Can I use my own phone?'), { eventId: 'EvTWICE1', retryNum: 1 }),
    ]);
    await harness.double.waitFor((calls) => answersTo(calls).length >= 1);
    await settle();
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(answersTo(harness.double.calls)).toHaveLength(1);
  });

  it('still processes a retry when the first delivery failed', async () => {
    harness.double.reset();
    harness.double.failNext('chat.postMessage', 'internal_error');
    await harness.event(dm('Can I text this young person?'), { eventId: 'EvFAILED1' });
    await harness.double.waitFor((calls) => answersTo(calls).length === 1);
    await settle();
    expect(harness.double.calls.filter((c) => c.method === 'chat.postMessage')[0]!.response).toEqual({
      ok: false,
      error: 'internal_error',
    });
    // A transient failure is left to Slack's retry: no plain-text stand-in yet.
    expect(answersTo(harness.double.calls)).toHaveLength(1);

    await harness.event(dm('Can I text this young person?'), { eventId: 'EvFAILED1', retryNum: 1 });
    const [, answered] = await harness.double.waitFor((calls) =>
      answersTo(calls).length === 2 ? answersTo(calls) : undefined,
    );
    expect(answered!.response).toMatchObject({ ok: true });
    expect(buttonsOf(answered!.body.blocks).map((b) => b.action)).toContain(ActionId.feedbackHelpful);
  });
});

describe('Slack acknowledgements with a slow store', () => {
  let harness: SlackHarness;
  const store = new SlowStore(new MemoryRecordStore());

  beforeAll(async () => {
    harness = await SlackHarness.start({ store });
  });

  afterAll(async () => {
    store.slowDown(0, 0);
    await harness.stop();
  });

  it('acks a button at once while the store takes four seconds, then tells the presser', async () => {
    const answer = harness.app.conversation.ask(
      { org: 'allsorts', person: { platform: 'slack', userId: slackIds.sam } },
      'Can I text this young person?',
    );
    if (answer.kind !== 'answer') throw new Error('expected an answer');
    store.slowDown(4000, 1);
    const started = Date.now();
    const press = await harness.action(slackIds.sam, ActionId.feedbackHelpful, answer.feedbackButtons[0]!.value);
    expect(press.status).toBe(200);
    expect(press.ms).toBeLessThan(1000);
    const told = await harness.double.waitFor(
      (calls) => calls.find((c) => c.method === 'response_url' && c.responseId === press.responseId),
      8000,
    );
    expect(told.at - started).toBeGreaterThanOrEqual(3900);
    expect(String(told.body.text)).toContain('Thanks: your feedback is recorded.');
  }, 15_000);

  it('acks a form submission inside three seconds with a "sending" view, then updates the modal when the store is done', async () => {
    const form = harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    store.slowDown(4000, 1);
    const started = Date.now();
    const result = await harness.submitView(slackIds.sam, {
      id: 'VSLOW0001',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    expect(result.status).toBe(200);
    expect(result.ms).toBeLessThan(2500);
    expect(JSON.parse(result.text)).toMatchObject({
      response_action: 'update',
      view: { title: { text: 'Request approval' } },
    });
    expect(result.text).toContain('Sending your request');
    const updated = await harness.double.waitFor(
      (calls) => calls.find((c) => c.method === 'views.update' && c.body.view_id === 'VSLOW0001'),
      10_000,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    expect((updated.body.view as { title: { text: string } }).title.text).toBe('Request sent');
  }, 20_000);
});
