import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });

describe('the organisation boundary, through the conversation', () => {
  it('a person of another organisation who presses a button with this organisation’s request id neither sees nor decides it', async () => {
    const { conversation, approvals } = await conversationFixture();
    const sent = await conversation.submitRequest(
      { org: 'allsorts', person: pg('sam') },
      'photos',
      allsortsAnswers.photos,
    );
    if (!sent.ok) throw new Error('the request was not filed');
    const id = sent.request.id;

    // "lee" is Worknlearn's DSL: the button's value names an Allsorts request.
    const outsider = { org: 'worknlearn', person: pg('lee') };
    const replies = await conversation.handleAction(outsider, ActionId.approve, { request: id });
    expect(JSON.stringify(replies)).not.toContain('Summer trip');
    expect(replies[0]).toMatchObject({ kind: 'notice', text: expect.stringMatching(/There is no request/) });
    expect((await approvals.getRequest(id))!.status).toBe('pending');

    const seen = await conversation.requestView(id, outsider.person, outsider.org);
    expect(seen).toMatchObject({ kind: 'notice', tone: 'error' });
    expect(JSON.stringify(seen)).not.toContain('Summer trip');

    // Its own organisation still sees it.
    expect((await conversation.requestView(id, pg('alex'), 'allsorts')).kind).toBe('request');
  });
});
