import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { HomePageActionId, renderHome } from '../../../src/slack/render/home.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';
import { actionIdsOf, buttonsOf, mrkdwnOf } from '../support/blocks-query.ts';

const pg = (userId: string) => ({ platform: 'playground' as const, userId });

describe('renderHome', () => {
  it('shows what awaits me with its buttons, my requests and the flows to start, within 100 blocks', async () => {
    const { conversation } = await conversationFixture();
    const sam = { org: 'allsorts', person: pg('sam') };
    for (let i = 0; i < 8; i += 1) await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    const alexHome = renderHome(await conversation.home({ org: 'allsorts', person: pg('alex') }));
    expect(alexHome.type).toBe('home');
    expect(alexHome.blocks.length).toBeLessThanOrEqual(100);
    expect(mrkdwnOf(alexHome.blocks)).toContain('*Awaiting your decision or vote* (8) · page 1 of 2');
    expect(actionIdsOf(alexHome.blocks).filter((id) => id === ActionId.approve)).toHaveLength(4);
    expect(buttonsOf(alexHome.blocks).filter((b) => b.action.startsWith(HomePageActionId))).toEqual([
      { action: `${HomePageActionId}:next`, label: 'Next (4 more) →', value: { page: 1 } },
    ]);
    const second = renderHome(await conversation.home({ org: 'allsorts', person: pg('alex') }), undefined, 1);
    expect(second.blocks.length).toBeLessThanOrEqual(100);
    expect(actionIdsOf(second.blocks).filter((id) => id === ActionId.approve)).toHaveLength(4);
    expect(
      buttonsOf(second.blocks)
        .filter((b) => b.action.startsWith(HomePageActionId))
        .map((b) => b.value),
    ).toEqual([{ page: 0 }]);
    // Block ids stay unique when several requests share the tab.
    const ids = alexHome.blocks.flatMap((b) => (b.block_id ? [b.block_id] : []));
    expect(new Set(ids).size).toBe(ids.length);

    const samHome = renderHome(await conversation.home(sam), { kind: 'notice', tone: 'success', text: 'Done <now>' });
    expect(mrkdwnOf(samHome.blocks)).toContain(':white_check_mark: Done &lt;now&gt;');
    expect(mrkdwnOf(samHome.blocks)).toContain('*My requests* (8)');
    expect(actionIdsOf(samHome.blocks).filter((id) => id === ActionId.startRequest)).toHaveLength(5);
  });
});
