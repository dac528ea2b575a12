import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { commentActionId, commentBlockId, DecisionFormId } from '../../../src/slack/render/modal.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { actionIdsOf, buttonsOf, literalOf, mrkdwnOf, quotesOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start();
});

afterAll(async () => {
  await harness.stop();
});

const photosForm = () => harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
const postsTo = (channel: string) => (calls: readonly RecordedCall[]) => {
  const found = calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
  return found.length ? found : undefined;
};

describe('Slack requests and single-approver decisions', () => {
  it('opens the photos form from /request at once, with one input per field', async () => {
    const result = await harness.command('/request', slackIds.sam, 'photos');
    expect(result.status).toBe(200);
    const open = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${result.responseId}`),
    );
    const view = open.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ type: string; block_id?: string }>;
    };
    expect(view.callback_id).toBe(SubmitRequestFormId);
    expect(JSON.parse(view.private_metadata)).toEqual({ flow: 'photos' });
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'activity',
      'date',
      'subject',
      'parental-consent',
      'allsorts-phone',
    ]);
  });

  it('lists the flows for a bare /request, each with a Start button', async () => {
    const result = await harness.command('/request', slackIds.sam, '');
    const reply = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === result.responseId),
    );
    expect(reply.body.response_type).toBe('ephemeral');
    const starts = (reply.body.blocks as Array<{ accessory?: { action_id: string; value: string } }>).flatMap((b) =>
      b.accessory ? [JSON.parse(b.accessory.value).flow] : [],
    );
    expect(starts).toEqual([
      'photos',
      'work-phone-sharing',
      'keep-contact-details',
      'premium-international-calls',
      'trustee-contact',
    ]);
  });

  it('shows invalid answers inline on their fields and stores nothing', async () => {
    const state = formState(photosForm(), { ...allsortsAnswers.photos, date: '2026-02-30', 'parental-consent': false });
    const result = await harness.submitView(slackIds.sam, {
      id: 'VBADFORM1',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state,
    });
    expect(result.status).toBe(200);
    const ack = JSON.parse(result.text) as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe('errors');
    expect(Object.keys(ack.errors).sort()).toEqual(['date', 'parental-consent']);
    expect(ack.errors.date).toMatch(/real date/);
    expect(await harness.app.approvals.listRequests({ org: 'allsorts' })).toHaveLength(0);
  });

  it('routes a photos request to the activity leader and coordinator, and tells the requester when Alex approves', async () => {
    const double = harness.double;
    // `<!channel>` in an answer must show as text and never ping.
    const answers = { ...allsortsAnswers.photos, activity: 'Summer trip <!channel> <@U_ALEX>' };
    const submitted = await harness.submitView(slackIds.sam, {
      id: 'VPHOTOS01',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(photosForm(), answers),
    });
    expect(JSON.parse(submitted.text)).toMatchObject({
      response_action: 'update',
      view: { title: { text: 'Request sent' } },
    });
    const [request] = await harness.app.approvals.listRequests({ org: 'allsorts' });
    expect(request!.id).toBe('slack-vphotos01');

    // Each holder of the routed roles gets a DM with the request and Approve / Decline.
    const [toAlex] = await double.waitFor(postsTo('D_U_ALEX'));
    const [toCasey] = await double.waitFor(postsTo('D_U_CASEY'));
    const [samCopy] = await double.waitFor(postsTo('D_U_SAM'));
    expect(
      double
        .callsTo('conversations.open')
        .map((c) => c.body.users)
        .sort(),
    ).toEqual([slackIds.alex, slackIds.casey, slackIds.sam]);
    for (const copy of [toAlex!, toCasey!]) {
      expect(actionIdsOf(copy.body.blocks)).toEqual([ActionId.approve, ActionId.decline]);
      expect(buttonsOf(copy.body.blocks)[0]!.value).toEqual({ request: request!.id });
      expect(String(copy.body.text)).toContain('Sam (staff) asks for your approval');
      const parsed = [...mrkdwnOf(copy.body.blocks), String(copy.body.text)];
      expect(parsed.some((t) => t.includes('<!channel>') || t.includes('<@U_ALEX>'))).toBe(false);
      expect(literalOf(copy.body.blocks).join('\n')).toContain('Summer trip <!channel> <@U_ALEX>');
    }
    expect(actionIdsOf(samCopy!.body.blocks)).toEqual([ActionId.withdraw]);

    // Alex presses Approve on his DM: a modal for the optional comment opens from the click's trigger id.
    const press = await harness.action(slackIds.alex, ActionId.approve, { request: request!.id });
    expect(press.status).toBe(200);
    const modal = await double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${press.responseId}`),
    );
    const decisionModal = modal.body.view as { callback_id: string; private_metadata: string };
    expect(decisionModal.callback_id).toBe(DecisionFormId);
    expect(await harness.app.approvals.getRequest(request!.id)).toMatchObject({ status: 'pending' });

    const decided = await harness.submitView(slackIds.alex, {
      id: 'VDECIDE01',
      callback_id: DecisionFormId,
      private_metadata: decisionModal.private_metadata,
      state: { [commentBlockId]: { [commentActionId]: { type: 'plain_text_input', value: 'Fine for the trip' } } },
    });
    expect(decided.text).toContain('You approved');

    // Every copy is updated in place (same channel and ts) to show who decided, with no buttons left to press.
    const posted = [toAlex!, toCasey!, samCopy!];
    const updates = await double.waitFor((calls) => {
      const found = posted.map((p) =>
        calls.find(
          (c) => c.method === 'chat.update' && c.body.channel === p.body.channel && c.body.ts === p.response!.ts,
        ),
      );
      return found.every(Boolean) ? (found as RecordedCall[]) : undefined;
    });
    for (const update of updates) {
      expect(JSON.stringify(update.body.blocks)).toContain('Approved by Alex (activity leader)');
      expect(actionIdsOf(update.body.blocks)).toEqual([]);
      expect(quotesOf(update.body.blocks)).toContain('Fine for the trip');
    }

    // Sam hears the outcome by DM, with the comment and the conditions.
    const outcome = await double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === 'D_U_SAM' &&
          String(c.body.text).includes('was approved'),
      ),
    );
    expect(String(outcome.body.text)).toContain('Fine for the trip');
    expect(JSON.stringify(outcome.body.blocks)).toContain('Conditions:');
    // Casey sees who decided on her redrawn copy; she gets no separate message.
    expect(double.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_CASEY')).toHaveLength(
      1,
    );
  });

  it('refuses a decision from someone who does not hold the routed role', async () => {
    const [request] = await harness.app.approvals.listRequests({ org: 'allsorts' });
    const other = await harness.submitView(slackIds.sam, {
      id: 'VPHOTOS02',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(photosForm(), allsortsAnswers.photos),
    });
    expect(other.status).toBe(200);
    const pending = (await harness.app.approvals.listRequests({ org: 'allsorts', status: 'pending' })).find(
      (r) => r.id !== request!.id,
    )!;
    const refused = await harness.submitView(slackIds.jo, {
      id: 'VDECIDE02',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: pending.id } }),
      state: {},
    });
    expect(refused.text).toContain('Only Activity Leader or Co-ordinator can decide this request.');
    expect(await harness.app.approvals.getRequest(pending.id)).toMatchObject({ status: 'pending' });
  });
});

describe('Slack role channels for single approvals', () => {
  let withChannel: SlackHarness;

  beforeAll(async () => {
    withChannel = await SlackHarness.start({ roleChannels: { 'activity-leader': 'C_LEADERS' } });
  });

  afterAll(async () => {
    await withChannel.stop();
  });

  it('posts once to the activity leaders’ channel instead of DMing Alex, still DMs the coordinator, and any leader decides from it', async () => {
    const double = withChannel.double;
    const form = withChannel.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    await withChannel.submitView(slackIds.sam, {
      id: 'VCHAN0001',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    const [inChannel] = await double.waitFor(postsTo('C_LEADERS'));
    await double.waitFor(postsTo('D_U_CASEY'));
    await double.waitFor(postsTo('D_U_SAM'));
    expect(actionIdsOf(inChannel!.body.blocks)).toEqual([ActionId.approve, ActionId.decline]);
    expect(
      double
        .callsTo('conversations.open')
        .map((c) => c.body.users)
        .sort(),
    ).toEqual([slackIds.casey, slackIds.sam]);

    const [request] = await withChannel.app.approvals.listRequests({ org: 'allsorts' });
    await withChannel.submitView(slackIds.alex, {
      id: 'VCHAN0002',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.decline, value: { request: request!.id } }),
      state: {},
    });
    const update = await double.waitFor((calls) =>
      calls.find(
        (c) => c.method === 'chat.update' && c.body.channel === 'C_LEADERS' && c.body.ts === inChannel!.response!.ts,
      ),
    );
    expect(JSON.stringify(update.body.blocks)).toContain('Declined by Alex (activity leader)');
    expect(actionIdsOf(update.body.blocks)).toEqual([]);
  });
});

describe('Slack copies kept current from elsewhere', () => {
  let other: SlackHarness;

  beforeAll(async () => {
    other = await SlackHarness.start();
  });

  afterAll(async () => {
    await other.stop();
  });

  it('sends reminders from the clock as new DMs, and redraws Slack copies when the decision comes from another platform', async () => {
    const double = other.double;
    const form = other.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    await other.submitView(slackIds.sam, {
      id: 'VELSE0001',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    const [first] = await double.waitFor(postsTo('D_U_ALEX'));
    await double.waitFor(postsTo('D_U_SAM'));

    other.clock.advance(4 * 3_600_000 + 60_000);
    await other.app.conversation.tick();
    const [, reminder] = await double.waitFor((calls) => {
      const found = postsTo('D_U_ALEX')(calls);
      return found && found.length >= 2 ? found : undefined;
    });
    expect(String(reminder!.body.text)).toMatch(/^Reminder: /);
    expect(actionIdsOf(reminder!.body.blocks)).toEqual([ActionId.approve, ActionId.decline]);

    // Alex approves from the playground (as he might from Teams): every Slack copy is redrawn.
    const [request] = await other.app.approvals.listRequests({ org: 'allsorts' });
    await other.app.conversation.handleAction(
      { org: 'allsorts', person: { platform: 'playground', userId: 'alex' } },
      ActionId.approve,
      { request: request!.id },
    );
    for (const copy of [first!, reminder!]) {
      const update = await double.waitFor((calls) =>
        calls.find((c) => c.method === 'chat.update' && c.body.ts === copy.response!.ts),
      );
      expect(JSON.stringify(update.body.blocks)).toContain('Approved by Alex (activity leader)');
    }
    await double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === 'D_U_SAM' &&
          String(c.body.text).includes('was approved'),
      ),
    );
  });
});
