import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { renderReplies } from '../../../src/teams/render/reply.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const sam = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'sam' } };

describe('renderReplies', () => {
  it('puts a notice above a request, with the request’s buttons at the bottom of the card', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const card = renderReplies(submitted.replies, { request: { refreshUserIds: ['29:sam'] } });
    expect(JSON.stringify(card.body[0])).toContain('Request sent');
    expect(card.actions?.map((action) => action.verb)).toEqual([ActionId.withdraw]);
    expect(card.refresh?.userIds).toEqual(['29:sam']);
  });

  it('refuses to draw a form without its submission id', async () => {
    const { conversation } = await conversationFixture();
    expect(() => renderReplies([conversation.requestForm('allsorts', 'photos')])).toThrow(/submission id/);
  });
});
