import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { DecisionFormId } from '../../../src/slack/render/modal.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { mrkdwnOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';
import { SlowStore } from '../support/slow-store.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start();
});

afterAll(async () => {
  await harness.stop();
});

const photosForm = () => harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
const postsTo = (channel: string) => (calls: readonly RecordedCall[]) =>
  calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
const submitPhotos = (viewId: string) =>
  harness.submitView(slackIds.sam, {
    id: viewId,
    callback_id: SubmitRequestFormId,
    private_metadata: JSON.stringify({ flow: 'photos' }),
    state: formState(photosForm(), allsortsAnswers.photos),
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('Slack never reports success before delivery', () => {
  it('says "recorded, not delivered to Alex" instead of "Request sent" when Slack refuses Alex\'s copy, and tells Alex and Sam in plain text', async () => {
    harness.double.failWhen('chat.postMessage', (body) => body.channel === 'D_U_ALEX' && body.blocks !== undefined);
    const submitted = await submitPhotos('VNODELIV1');
    const ack = JSON.parse(submitted.text) as { view: { title: { text: string }; blocks: unknown } };
    expect(ack.view.title.text).toBe('Request recorded');
    expect(mrkdwnOf(ack.view.blocks).join('\n')).toContain(
      'Slack could not deliver it to Alex (activity leader) (invalid_blocks)',
    );

    // Alex gets a plain-text stand-in pointing to the Home tab; Casey's copy arrived as usual.
    const standIn = await harness.double.waitFor((calls) =>
      postsTo('D_U_ALEX')(calls).find((c) => c.body.blocks === undefined && c.response?.ok),
    );
    expect(String(standIn.body.text)).toContain("open the Policy Desk app's Home tab");
    expect(String(standIn.body.text)).toContain('slack-vnodeliv1');
    await harness.double.waitFor((calls) => postsTo('D_U_CASEY')(calls).find((c) => c.response?.ok));
    // Sam is told by DM too (the modal may already be closed).
    const toSam = await harness.double.waitFor((calls) =>
      postsTo('D_U_SAM')(calls).find((c) => String(c.body.text).includes('could not deliver it to Alex')),
    );
    expect(toSam.body.blocks).toBeUndefined();
  });

  it('says "Request sent" when every copy arrived', async () => {
    const submitted = await submitPhotos('VDELIVER2');
    expect(JSON.parse(submitted.text)).toMatchObject({ view: { title: { text: 'Request sent' } } });
  });

  it('tells the decider when Slack would not tell the requester the outcome', async () => {
    harness.double.failWhen(
      'chat.postMessage',
      (body) => body.channel === 'D_U_SAM' && String(body.text).includes('was approved'),
    );
    const decided = await harness.submitView(slackIds.alex, {
      id: 'VDECIDE10',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: 'slack-vdeliver2' } }),
      state: {},
    });
    const text = JSON.stringify(JSON.parse(decided.text));
    expect(text).toContain('You approved');
    expect(text).toContain(
      'Slack could not tell Sam (staff) (invalid_blocks) about this: please let them know yourself.',
    );
  });

  it('sends one requester copy however often the same modal is submitted', async () => {
    await submitPhotos('VTWICE001');
    await submitPhotos('VTWICE001');
    await settle();
    const copies = postsTo('D_U_SAM')(harness.double.calls).filter((c) =>
      JSON.stringify(c.body.blocks ?? []).includes('slack-vtwice001'),
    );
    expect(copies).toHaveLength(1);
  });

  it('tells the person when Slack will not open a form, instead of nothing happening', async () => {
    harness.double.failNext('views.open', 'expired_trigger_id');
    const command = await harness.command('/request', slackIds.sam, 'photos');
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === command.responseId),
    );
    expect(String(reply.body.text)).toContain('Slack did not open the form: it answered too slowly');
  });

  it('tells the person in plain text when Slack refuses a DM answer', async () => {
    harness.double.failWhen('chat.postMessage', (body) => body.channel === 'D_U_JO' && body.blocks !== undefined);
    await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_JO',
      user: slackIds.jo,
      text: 'Can I text this young person?',
      ts: '1700000000.000900',
    });
    const told = await harness.double.waitFor((calls) =>
      postsTo('D_U_JO')(calls).find((c) => c.body.blocks === undefined),
    );
    expect(String(told.body.text)).toContain(
      'Policy Desk could not show its answer here: Slack refused it (invalid_blocks)',
    );
  });

  it("leaves a transient failure to Slack's retry, and on the last retry tells the person in plain text", async () => {
    harness.double.failWhen('chat.postMessage', (body) => body.channel === 'D_U_TOM', 'internal_error');
    await harness.event(
      {
        type: 'message',
        channel_type: 'im',
        channel: 'D_U_TOM',
        user: slackIds.tom,
        text: 'Can I text this young person?',
        ts: '1700000000.001200',
      },
      { eventId: 'EvLAST001', retryNum: 3 },
    );
    const told = await harness.double.waitFor((calls) =>
      postsTo('D_U_TOM')(calls).find((c) => c.body.blocks === undefined),
    );
    expect(String(told.body.text)).toContain('Slack refused it (internal_error)');
  });
});

describe('Slack says where a request stands when a redraw fails', () => {
  it('posts the current state under a copy Slack would not update', async () => {
    await submitPhotos('VREDRAW01');
    const caseyCopy = await harness.double.waitFor((calls) =>
      postsTo('D_U_CASEY')(calls).find(
        (c) => JSON.stringify(c.body.blocks ?? []).includes('slack-vredraw01') && c.response?.ok,
      ),
    );
    harness.double.failWhen(
      'chat.update',
      (body) => body.channel === 'D_U_CASEY' && body.ts === caseyCopy.response!.ts,
      'message_not_found',
    );
    await harness.submitView(slackIds.alex, {
      id: 'VDECIDE11',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: 'slack-vredraw01' } }),
      state: {},
    });
    const note = await harness.double.waitFor((calls) =>
      postsTo('D_U_CASEY')(calls).find((c) => c.body.thread_ts === caseyCopy.response!.ts),
    );
    expect(String(note.body.text)).toMatch(
      /^Take photos or film children and young people: Approved by Alex \(activity leader\).*Slack could not update the message above \(message_not_found\)/,
    );
  });

  it('tells the presser by DM when the Home tab cannot be redrawn with the result', async () => {
    await submitPhotos('VHOMEFAIL');
    harness.double.failNext('views.publish', 'invalid_blocks');
    await harness.action(slackIds.sam, ActionId.withdraw, { request: 'slack-vhomefail' }, { home: true });
    const told = await harness.double.waitFor((calls) =>
      postsTo('D_U_SAM')(calls).find((c) =>
        String(c.body.text).includes('Slack could not update your Policy Desk Home tab (invalid_blocks)'),
      ),
    );
    expect(String(told.body.text)).toContain('You withdrew');
  });
});

describe('Slack with a slow store: a modal that cannot be updated', () => {
  const store = new SlowStore(new MemoryRecordStore());
  let slow: SlackHarness;
  beforeAll(async () => {
    slow = await SlackHarness.start({ store, platform: { viewAckBudgetMs: 50 } });
  });
  afterAll(async () => {
    store.slowDown(0, 0);
    await slow.stop();
  });

  it('tells the decider the result by DM when the modal is gone by the time the decision is recorded', async () => {
    const form = slow.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    await slow.submitView(slackIds.sam, {
      id: 'VSLOWDEC1',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    // Let the submission's own follow-up (Sam's copy) finish, so the slow calls are the decision's.
    await slow.double.waitFor((calls) =>
      calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_SAM'),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    store.slowDown(400, 3);
    slow.double.failNext('views.update', 'not_found');
    const decided = await slow.submitView(slackIds.alex, {
      id: 'VSLOWDEC2',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: 'slack-vslowdec1' } }),
      state: {},
    });
    expect(decided.text).toContain('Recording your decision');
    const told = await slow.double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === 'D_U_ALEX' &&
          String(c.body.text).includes('You approved'),
      ),
    );
    expect(told.body.blocks).toBeUndefined();
  });
});

describe('Slack slower than the modal can wait: "Request sent" only once delivered', () => {
  let slow: SlackHarness;
  beforeAll(async () => {
    slow = await SlackHarness.start({ platform: { viewAckBudgetMs: 100 } });
    // Every Web API answer takes longer than the modal's budget, so delivery outlasts the ack.
    slow.double.delayMs = 400;
  });
  afterAll(async () => {
    slow.double.delayMs = 0;
    await slow.stop();
  });

  const submit = (viewId: string) => {
    const form = slow.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    return slow.submitView(slackIds.sam, {
      id: viewId,
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
  };
  const viewUpdate = (viewId: string) => (calls: readonly RecordedCall[]) =>
    calls.find((c) => c.method === 'views.update' && c.body.view_id === viewId);
  const titleOf = (call: RecordedCall) => (call.body.view as { title: { text: string } }).title.text;

  it('keeps "Sending your request…" until every copy is delivered, then says "Request sent"', async () => {
    const submitted = await submit('VSLOWOK01');
    const ack = JSON.parse(submitted.text) as { view: { blocks: unknown } };
    expect(mrkdwnOf(ack.view.blocks).join('\n')).toContain('Sending your request…');

    const update = await slow.double.waitFor(viewUpdate('VSLOWOK01'), 10_000);
    expect(titleOf(update)).toBe('Request sent');
    // The update was sent only after both approvers' copies had been taken by Slack.
    const copies = ['D_U_ALEX', 'D_U_CASEY'].map((channel) =>
      postsTo(channel)(slow.double.calls).find((c) => JSON.stringify(c.body.blocks ?? []).includes('slack-vslowok01')),
    );
    for (const copy of copies) {
      expect(copy?.response?.ok).toBe(true);
      expect(copy!.at).toBeLessThanOrEqual(update.receivedAt);
    }
  });

  it('updates the "sending" modal to what happened and what to do when a slow copy is then refused, never to "Request sent"', async () => {
    slow.double.failWhen('chat.postMessage', (body) => body.channel === 'D_U_ALEX' && body.blocks !== undefined);
    const submitted = await submit('VSLOWNO01');
    const ack = JSON.parse(submitted.text) as { view: { blocks: unknown } };
    expect(mrkdwnOf(ack.view.blocks).join('\n')).toContain('Sending your request…');

    const update = await slow.double.waitFor(viewUpdate('VSLOWNO01'), 10_000);
    expect(titleOf(update)).toBe('Request recorded');
    const text = mrkdwnOf((update.body.view as { blocks: unknown }).blocks).join('\n');
    expect(text).toContain('Slack could not deliver it to Alex (activity leader) (invalid_blocks)');
    expect(text).toContain("They can still find it on the Policy Desk app's Home tab");
    expect(slow.double.callsTo('views.update').filter((c) => c.body.view_id === 'VSLOWNO01')).toHaveLength(1);
  });
});

describe('Slack slower than the modal can wait: a decision says who was not told, however late', () => {
  let slow: SlackHarness;
  beforeAll(async () => {
    slow = await SlackHarness.start({ platform: { viewAckBudgetMs: 100 } });
  });
  afterAll(async () => {
    slow.double.delayMs = 0;
    await slow.stop();
  });

  const viewUpdate = (viewId: string) => (calls: readonly RecordedCall[]) =>
    calls.find((c) => c.method === 'views.update' && c.body.view_id === viewId);
  const textOf = (call: RecordedCall) => mrkdwnOf((call.body.view as { blocks: unknown }).blocks).join('\n');
  const toldSam = (calls: readonly RecordedCall[]) =>
    postsTo('D_U_SAM')(calls).find((c) => String(c.body.text).includes('was approved'));
  /** Sam's request, sent at full speed; then every Web API answer takes longer than the modal's budget. */
  const requestThenSlowDown = async (viewId: string) => {
    slow.double.delayMs = 0;
    const form = slow.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    const submitted = await slow.submitView(slackIds.sam, {
      id: viewId,
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    expect(JSON.parse(submitted.text)).toMatchObject({ view: { title: { text: 'Request sent' } } });
    const id = `slack-${viewId.toLowerCase()}`;
    // Sam's own copy is the submission's last follow-up: the slow calls that come next are the decision's.
    await slow.double.waitFor((calls) =>
      postsTo('D_U_SAM')(calls).find((c) => JSON.stringify(c.body.blocks ?? []).includes(id)),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    slow.double.delayMs = 400;
    return id;
  };
  const approve = (viewId: string, requestId: string) =>
    slow.submitView(slackIds.alex, {
      id: viewId,
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: requestId } }),
      state: {},
    });

  it('keeps "Recording your decision…" until the requester has been told, then shows the decision', async () => {
    const requestId = await requestThenSlowDown('VSLOWREQ1');
    const from = slow.double.calls.length;
    const decided = await approve('VSLOWDEC3', requestId);
    const ack = JSON.parse(decided.text) as { view: { blocks: unknown } };
    expect(mrkdwnOf(ack.view.blocks).join('\n')).toContain('Recording your decision');

    const update = await slow.double.waitFor(viewUpdate('VSLOWDEC3'), 10_000);
    expect((update.body.view as { title: { text: string } }).title.text).toBe('Approve request');
    expect(textOf(update)).toContain('You approved');
    expect(textOf(update)).not.toContain('Slack could not tell');
    // The update was sent only after Slack had taken Sam's notification.
    const notice = toldSam(slow.double.calls.slice(from));
    expect(notice?.response?.ok).toBe(true);
    expect(notice!.at).toBeLessThanOrEqual(update.receivedAt);
  });

  it('updates the modal with "Slack could not tell Sam" when the slow notification is then refused', async () => {
    const requestId = await requestThenSlowDown('VSLOWREQ2');
    slow.double.failWhen(
      'chat.postMessage',
      (body) => body.channel === 'D_U_SAM' && String(body.text).includes('was approved'),
    );
    const from = slow.double.calls.length;
    const decided = await approve('VSLOWDEC4', requestId);
    const ack = JSON.parse(decided.text) as { view: { blocks: unknown } };
    expect(mrkdwnOf(ack.view.blocks).join('\n')).toContain('Recording your decision');

    const update = await slow.double.waitFor(viewUpdate('VSLOWDEC4'), 10_000);
    expect(textOf(update)).toContain('You approved');
    expect(textOf(update)).toContain(
      'Slack could not tell Sam (staff) (invalid_blocks) about this: please let them know yourself.',
    );
    expect(toldSam(slow.double.calls.slice(from))?.response).toEqual({ ok: false, error: 'invalid_blocks' });
    expect(slow.double.callsTo('views.update').filter((c) => c.body.view_id === 'VSLOWDEC4')).toHaveLength(1);
  });
});

describe('Slack smaller fixes', () => {
  it('opens a flow named in any case: /request PHOTOS', async () => {
    const command = await harness.command('/request', slackIds.sam, 'PHOTOS');
    const open = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${command.responseId}`),
    );
    expect(JSON.parse((open.body.view as { private_metadata: string }).private_metadata)).toEqual({ flow: 'photos' });
  });

  it('answers a DM question asked in a thread in that thread', async () => {
    await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_RUTH',
      user: slackIds.ruth,
      text: 'Can I text this young person?',
      ts: '1700000000.001100',
      thread_ts: '1700000000.001000',
    });
    const answer = await harness.double.waitFor((calls) => postsTo('D_U_RUTH')(calls)[0]);
    expect(answer.body.thread_ts).toBe('1700000000.001000');
  });

  it('names the request in the Approve / Decline modal', async () => {
    const press = await harness.action(slackIds.alex, ActionId.decline, { request: 'slack-vtwice001' });
    const modal = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${press.responseId}`),
    );
    const texts = mrkdwnOf((modal.body.view as { blocks: unknown }).blocks);
    expect(texts[0]).toBe('Decline *Take photos or film children and young people* from Sam (staff)?');
    expect(texts.join('\n')).toContain('slack-vtwice001');
  });

  it('sent nothing Slack would refuse, apart from the refusals the tests injected', () => {
    expect(harness.double.calls.filter((call) => call.problems)).toEqual([]);
  });
});
