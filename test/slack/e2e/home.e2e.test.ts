import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { HomePageActionId } from '../../../src/slack/render/home.ts';
import { DecisionFormId } from '../../../src/slack/render/modal.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { actionIdsOf, mrkdwnOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start();
});

afterAll(async () => {
  await harness.stop();
});

const publishedFor =
  (user: string, since: number, test: (text: string) => boolean = () => true) =>
  (calls: readonly RecordedCall[]) =>
    calls
      .slice(since)
      .find((c) => c.method === 'views.publish' && c.body.user_id === user && test(JSON.stringify(c.body.view)));

describe('Slack App Home', () => {
  it('shows what awaits my decision with its buttons, and my own requests; a button there republishes it with the result', async () => {
    const form = harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    await harness.submitView(slackIds.sam, {
      id: 'VHOME0001',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    const [request] = await harness.app.approvals.listRequests({ org: 'allsorts' });

    let since = harness.double.calls.length;
    await harness.event({ type: 'app_home_opened', user: slackIds.alex, channel: 'D_U_ALEX', tab: 'home' });
    const alexHome = await harness.double.waitFor(publishedFor(slackIds.alex, since));
    const alexView = alexHome.body.view as { type: string; blocks: unknown[] };
    expect(alexView.type).toBe('home');
    expect(mrkdwnOf(alexView.blocks)).toContain('*Awaiting your decision or vote* (1)');
    expect(actionIdsOf(alexView.blocks)).toEqual(
      expect.arrayContaining([ActionId.approve, ActionId.decline, ActionId.startRequest]),
    );

    since = harness.double.calls.length;
    await harness.event({ type: 'app_home_opened', user: slackIds.sam, channel: 'D_U_SAM', tab: 'home' });
    const samHome = await harness.double.waitFor(publishedFor(slackIds.sam, since));
    const samBlocks = (samHome.body.view as { blocks: unknown[] }).blocks;
    expect(mrkdwnOf(samBlocks)).toContain('*My requests* (1)');
    expect(mrkdwnOf(samBlocks).join('\n')).toContain('Take photos or film children and young people');

    // Sam withdraws from his Home tab: the tab comes back with the result on top.
    since = harness.double.calls.length;
    await harness.action(slackIds.sam, ActionId.withdraw, { request: request!.id }, { home: true });
    const withBanner = await harness.double.waitFor(
      publishedFor(slackIds.sam, since, (text) => text.includes('You withdrew')),
    );
    expect(mrkdwnOf((withBanner.body.view as { blocks: unknown[] }).blocks).join('\n')).toContain(
      'Withdrawn by Sam (staff)',
    );
    // Alex opened his Home tab earlier: it is republished with nothing waiting.
    const alexAfter = await harness.double.waitFor(publishedFor(slackIds.alex, since));
    expect(mrkdwnOf((alexAfter.body.view as { blocks: unknown[] }).blocks)).toContain(
      '*Awaiting your decision or vote* (0)',
    );
  });

  it('redraws the decider’s Home tab after they decide in the modal', async () => {
    const form = harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    await harness.submitView(slackIds.sam, {
      id: 'VHOME0002',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'photos' }),
      state: formState(form, allsortsAnswers.photos),
    });
    const pending = (await harness.app.approvals.listRequests({ org: 'allsorts', status: 'pending' }))[0]!;
    await harness.double.waitFor(
      publishedFor(slackIds.alex, 0, (text) => text.includes('(1)') && text.includes(pending.id)),
    );
    const since = harness.double.calls.length;
    await harness.submitView(slackIds.alex, {
      id: 'VHOME0003',
      callback_id: DecisionFormId,
      private_metadata: JSON.stringify({ action: ActionId.approve, value: { request: pending.id } }),
      state: {},
    });
    const after = await harness.double.waitFor(
      publishedFor(slackIds.alex, since, (text) => text.includes('Awaiting your decision or vote* (0)')),
    );
    expect(actionIdsOf((after.body.view as { blocks: unknown[] }).blocks)).not.toContain(ActionId.approve);
  });

  it('opens a flow’s form from the Start button on Home', async () => {
    const since = harness.double.calls.length;
    const press = await harness.action(
      slackIds.jo,
      ActionId.startRequest,
      { flow: 'keep-contact-details' },
      { home: true },
    );
    const open = await harness.double.waitFor((calls) =>
      calls.slice(since).find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${press.responseId}`),
    );
    expect(JSON.parse((open.body.view as { private_metadata: string }).private_metadata)).toEqual({
      flow: 'keep-contact-details',
    });
  });

  it('pages what awaits me four at a time: Next republishes the tab on the next page, and a later refresh keeps it', async () => {
    const form = harness.app.conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    for (let i = 0; i < 6; i += 1) {
      await harness.submitView(slackIds.jo, {
        id: `VPAGE000${i}`,
        callback_id: SubmitRequestFormId,
        private_metadata: JSON.stringify({ flow: 'photos' }),
        state: formState(form, allsortsAnswers.photos),
      });
    }
    const awaiting = (
      await harness.app.conversation.home({ org: 'allsorts', person: { platform: 'slack', userId: slackIds.casey } })
    ).awaiting.length;
    expect(awaiting).toBeGreaterThan(4);
    let since = harness.double.calls.length;
    await harness.event({ type: 'app_home_opened', user: slackIds.casey, channel: 'D_U_CASEY', tab: 'home' });
    const first = await harness.double.waitFor(publishedFor(slackIds.casey, since));
    expect(mrkdwnOf((first.body.view as { blocks: unknown[] }).blocks)).toContain(
      `*Awaiting your decision or vote* (${awaiting}) · page 1 of 2`,
    );

    since = harness.double.calls.length;
    await harness.action(slackIds.casey, `${HomePageActionId}:next`, { page: 1 }, { home: true });
    const second = await harness.double.waitFor(publishedFor(slackIds.casey, since));
    const blocks = (second.body.view as { blocks: unknown[] }).blocks;
    expect(mrkdwnOf(blocks)).toContain(`*Awaiting your decision or vote* (${awaiting}) · page 2 of 2`);
    expect(actionIdsOf(blocks).filter((id) => id === ActionId.approve)).toHaveLength(awaiting - 4);
    expect(second.problems).toBeUndefined();
  });
});
