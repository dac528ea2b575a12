import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { RequestReply } from '../../../src/core/conversation/replies.ts';
import { maxRequestBlocks, renderOutcome, renderRequest } from '../../../src/slack/render/request.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';
import { actionIdsOf, buttonsOf, literalOf, mrkdwnOf, quotesOf } from '../support/blocks-query.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });
const sam = { org: 'allsorts', person: pg('sam') };

describe('renderRequest', () => {
  it('draws a request for its approver: title, status, facts as literal text, conditions, Approve / Decline', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', {
      ...allsortsAnswers.photos,
      activity: '*Trip* <!channel>',
    });
    if (!submitted.ok) throw new Error('submit failed');
    const reply = (await conversation.requestView(submitted.request.id, pg('alex'))) as RequestReply;
    const { blocks, text } = renderRequest(reply, { intro: 'Sam <staff> asks for your approval.' });
    expect(blocks[0]).toMatchObject({ type: 'section', text: { text: 'Sam &lt;staff&gt; asks for your approval.' } });
    expect(blocks[1]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'Take photos or film children and young people' },
    });
    expect(mrkdwnOf(blocks)).toContain('*Pending: waiting for the Activity Leader or Co-ordinator.*');
    expect(literalOf(blocks)).toEqual(expect.arrayContaining(['Activity: ', '*Trip* <!channel>\n']));
    expect(quotesOf(blocks)[0]).toMatch(/^No photographs or video are to be taken/);
    expect(JSON.stringify(blocks)).toContain('Conditions if approved:');
    expect(buttonsOf(blocks).map((b) => [b.action, b.value])).toEqual([
      [ActionId.approve, { request: submitted.request.id }],
      [ActionId.decline, { request: submitted.request.id }],
    ]);
    expect(blocks.find((b) => b.type === 'actions')!.block_id).toBe(`pd_request:${submitted.request.id}`);
    expect(text).not.toContain('<');
  });

  it('shows the live tally of a vote and a Slack date for the submission time', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'trustee-contact', allsortsAnswers['trustee-contact']);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction({ org: 'allsorts', person: pg('tom') }, ActionId.voteFor, {
      request: submitted.request.id,
    });
    const reply = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
    const { blocks } = renderRequest(reply);
    expect(mrkdwnOf(blocks)).toContain(
      ':ballot_box_with_ballot: For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)',
    );
    expect(mrkdwnOf(blocks).join('\n')).toMatch(/submitted <!date\^\d+\^\{date_short_pretty\} at \{time\}\|[^>]+>/);
    expect(actionIdsOf(blocks)).toEqual([ActionId.voteFor, ActionId.voteAgainst, ActionId.voteAbstain]);
  });
});

describe('renderRequest block budget', () => {
  it('stays within maxRequestBlocks whatever the number of conditions, quoting each one', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const reply = (await conversation.requestView(submitted.request.id, pg('alex'))) as RequestReply;
    const conditions = Array.from({ length: 45 }, (_, i) => `Condition ${i}`);
    const { blocks } = renderRequest({ ...reply, conditions }, { intro: 'Sam asks.' });
    expect(blocks.length).toBeLessThanOrEqual(maxRequestBlocks);
    expect(quotesOf(blocks)).toEqual(conditions);
  });
});

describe('renderOutcome', () => {
  it('states the outcome with the tally and, once approved, the conditions', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction({ org: 'allsorts', person: pg('alex') }, ActionId.approve, {
      request: submitted.request.id,
    });
    const reply = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
    const { blocks } = renderOutcome(reply);
    expect(mrkdwnOf(blocks)[0]).toMatch(
      /^:checkered_flag: \*Take photos or film children and young people\*\nApproved by Alex \(activity leader\) on /,
    );
    expect(quotesOf(blocks)).toHaveLength(2);
    expect(actionIdsOf(blocks)).toEqual([]);
  });
});
