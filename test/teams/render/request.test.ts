import { beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { RequestReply } from '../../../src/core/conversation/replies.ts';
import { maxRefreshUsers, RefreshVerb } from '../../../src/teams/render/adaptive-card.ts';
import { commentInputId, renderRequest } from '../../../src/teams/render/request.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const sam = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'sam' } };
const alex = { platform: 'playground' as const, userId: 'alex' };

describe('renderRequest', () => {
  let approverView: RequestReply;
  let sharedView: RequestReply;

  beforeAll(async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    approverView = (await conversation.requestView(submitted.request.id, alex)) as RequestReply;
    sharedView = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
  });

  it('gives an approver Approve and Decline with an optional comment box', () => {
    const part = renderRequest(approverView, { refreshUserIds: ['29:alex'] });
    expect(part.actions?.map((action) => action.verb)).toEqual([ActionId.approve, ActionId.decline]);
    expect(part.body).toContainEqual(
      expect.objectContaining({ type: 'Input.Text', id: commentInputId, isMultiline: true }),
    );
    expect(part.refresh).toEqual({
      action: { type: 'Action.Execute', verb: RefreshVerb, data: { request: approverView.request.id } },
      userIds: ['29:alex'],
    });
  });

  it('draws a shared copy with the status only: no buttons, no comment box, refresh for the named people', () => {
    const part = renderRequest(sharedView, { shared: true, refreshUserIds: ['29:a', '29:b', '29:a'] });
    expect(part.actions).toBeUndefined();
    expect(JSON.stringify(part.body)).not.toContain('Input.Text');
    expect(JSON.stringify(part.body)).toContain('Pending: waiting for the Activity Leader or Co-ordinator.');
    expect(part.refresh?.userIds).toEqual(['29:a', '29:b']);
  });

  it('caps the refresh list at the 60 users Teams allows, and leaves it out when nobody is known', () => {
    const many = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
    expect(renderRequest(sharedView, { shared: true, refreshUserIds: many }).refresh?.userIds).toHaveLength(
      maxRefreshUsers,
    );
    expect(renderRequest(sharedView, { shared: true }).refresh).not.toHaveProperty('userIds');
  });

  it('shows the young person by initials only, as the request holds them', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'keep-contact-details', {
      'young-person': 'j. s.',
      reason: 'Placement',
    });
    if (!submitted.ok) throw new Error('submit failed');
    const view = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
    expect(JSON.stringify(renderRequest(view, { shared: true }).body)).toContain(
      JSON.stringify({ type: 'TextRun', text: 'JS' }),
    );
  });
});
