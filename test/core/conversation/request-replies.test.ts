import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { RequestReply } from '../../../src/core/conversation/replies.ts';
import { renderContext } from '../../../src/playground/render/context.ts';
import { renderRequest as renderHtml } from '../../../src/playground/render/request.ts';
import { renderRequest as renderBlocks } from '../../../src/slack/render/request.ts';
import { renderRequest as renderCard } from '../../../src/teams/render/request.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });
const sam = { org: 'allsorts', person: pg('sam') };

/** What each surface draws for a request reply, as text to search. */
const drawn = (reply: RequestReply): Record<string, string> => ({
  slack: JSON.stringify(renderBlocks(reply)),
  teams: JSON.stringify(renderCard(reply)),
  playground: String(renderHtml(reply, renderContext({ scope: 't', newSubmissionId: () => 'r-1' }))),
});

describe('a request reply carries its conditions only while they apply', () => {
  it('pending: "Conditions if approved:"; approved: "Conditions:", the same on Slack, Teams and the playground', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const pending = (await conversation.requestView(submitted.request.id, pg('sam'))) as RequestReply;
    expect(pending.conditions[0]).toMatch(/^No photographs or video are to be taken/);
    expect(pending.conditionsHeading).toBe('Conditions if approved:');
    for (const [surface, text] of Object.entries(drawn(pending)))
      expect(text, surface).toContain('Conditions if approved:');

    await conversation.handleAction({ org: 'allsorts', person: pg('alex') }, ActionId.approve, {
      request: submitted.request.id,
    });
    const approved = (await conversation.requestView(submitted.request.id, pg('sam'))) as RequestReply;
    expect(approved.conditionsHeading).toBe('Conditions:');
    for (const [surface, text] of Object.entries(drawn(approved))) {
      expect(text, surface).toContain('Conditions:');
      expect(text, surface).toContain('No photographs or video are to be taken');
    }
  });

  it('declined: no conditions at all, on any surface (nothing is permitted)', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    await conversation.handleAction({ org: 'allsorts', person: pg('alex') }, ActionId.decline, {
      request: submitted.request.id,
    });
    const declined = (await conversation.requestView(submitted.request.id, pg('sam'))) as RequestReply;
    expect(declined.request.status).toBe('declined');
    expect(declined.conditions).toEqual([]);
    for (const [surface, text] of Object.entries(drawn(declined))) {
      expect(text, surface).not.toContain('Conditions');
      expect(text, surface).not.toContain('No photographs or video are to be taken');
    }
  });
});
