import type { types } from '@slack/bolt';
import type { HomeReply, NoticeReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { actions, capBlocks, context, divider, header, limits, plain, type SlackBlock, section } from './kit.ts';
import { flowBlocks } from './menu.ts';
import { noticeBlock } from './notice.ts';
import { requestBlocks, slackDate } from './request.ts';

// The Home tab holds 100 blocks. A request is at most maxRequestBlocks (9) plus a divider, so the
// budget is fixed: 11 around the sections (paging included) + 4 × 10 awaiting + 15 × 2 mine + 10 flows = 91.
const maxAwaiting = 4;

/** The action id of the Home tab's Previous / Next buttons (`{ page }`): a Slack surface of its own, so not a core id. */
export const HomePageActionId = 'pd_home_page';
const maxMine = 15;
const maxFlows = 10;

/**
 * The App Home tab: what awaits my decision or vote (with the buttons), four at a time with
 * Previous / Next, my own requests and where they stand, and the requests I can start. `banner`
 * shows the result of a button pressed here.
 */
export function renderHome(home: HomeReply, banner?: NoticeReply, page = 0): types.HomeView {
  const blocks: SlackBlock[] = [
    header('Policy Desk'),
    context([`Signed in as ${escapeMrkdwn(home.name)} · ${escapeMrkdwn(home.org)}`]),
  ];
  if (banner) blocks.push(noticeBlock(banner));

  const pages = Math.max(1, Math.ceil(home.awaiting.length / maxAwaiting));
  const current = Math.min(Math.max(0, page), pages - 1);
  const position = pages > 1 ? ` · page ${current + 1} of ${pages}` : '';
  blocks.push(
    divider(),
    section(`*Awaiting your decision or vote* (${home.awaiting.length})${position}`, 'pd_home_awaiting'),
  );
  if (!home.awaiting.length) blocks.push(context(['Nothing is waiting for you.']));
  for (const reply of home.awaiting.slice(current * maxAwaiting, (current + 1) * maxAwaiting))
    blocks.push(...requestBlocks(reply), divider());
  if (pages > 1) {
    const turn: types.Button[] = [];
    if (current > 0)
      turn.push({
        type: 'button',
        action_id: `${HomePageActionId}:prev`,
        text: plain('← Previous'),
        value: JSON.stringify({ page: current - 1 }),
      });
    if (current < pages - 1)
      turn.push({
        type: 'button',
        action_id: `${HomePageActionId}:next`,
        text: plain(`Next (${home.awaiting.length - (current + 1) * maxAwaiting} more) →`),
        value: JSON.stringify({ page: current + 1 }),
      });
    blocks.push(actions(turn, 'pd_home_pages'));
  }

  blocks.push(divider(), section(`*My requests* (${home.mine.length})`, 'pd_home_mine'));
  if (!home.mine.length)
    blocks.push(context(['You have not made any requests yet. Use `/request` or a button below.']));
  for (const mine of home.mine.slice(0, maxMine)) {
    blocks.push(
      section(`*${escapeMrkdwn(mine.title)}*\n${escapeMrkdwn(mine.status)}`, `pd_mine:${mine.id}`),
      context([`Submitted ${slackDate(mine.submittedAt)}`]),
    );
  }
  if (home.mine.length > maxMine) blocks.push(context([`…and ${home.mine.length - maxMine} older requests.`]));

  if (home.flows.length) {
    blocks.push(
      divider(),
      section('*Start a request*', 'pd_home_flows'),
      ...flowBlocks(home.flows, maxFlows, 'pd_home_flow_picker'),
    );
  }
  return { type: 'home', blocks: capBlocks(blocks, limits.viewBlocks) };
}
