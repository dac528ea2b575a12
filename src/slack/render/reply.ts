import { ActionId } from '../../core/conversation/actions.ts';
import type { Reply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { type AnswerOptions, renderAnswer } from './answer.ts';
import { renderConcern } from './concern.ts';
import { actions, button, capBlocks, type SlackBlock, type SlackMessage, section } from './kit.ts';
import { renderFlowMenu } from './menu.ts';
import { renderNotice } from './notice.ts';
import { renderRequest } from './request.ts';

/** Any neutral reply as a message. A form or a home view belongs on its own surface, so a message only points to it. */
export function renderReply(reply: Reply, options: AnswerOptions = {}): SlackMessage {
  switch (reply.kind) {
    case 'answer':
    case 'no-answer':
      return renderAnswer(reply, options);
    case 'concern':
      return renderConcern(reply);
    case 'flow-menu':
      return renderFlowMenu(reply);
    case 'request':
      return renderRequest(reply);
    case 'notice':
      return renderNotice(reply);
    case 'request-form':
      return {
        text: escapeMrkdwn(reply.flow.title),
        blocks: [
          section(`*${escapeMrkdwn(reply.flow.title)}*\n${escapeMrkdwn(reply.routeSummary)}`),
          actions(
            [
              button({
                action: ActionId.startRequest,
                label: 'Open the form',
                value: { flow: reply.flow.id },
                style: 'primary',
              }),
            ],
            `pd_request_start:${reply.flow.id}`,
          ),
        ],
      };
    case 'home':
      return {
        text: 'Open the Policy Desk app’s Home tab to see your requests.',
        blocks: [section('Open the Policy Desk app’s *Home* tab to see your requests.')],
      };
  }
}

/** Several replies as one message (a notice and the request it is about, say). */
export function renderReplies(replies: readonly Reply[], options: AnswerOptions = {}): SlackMessage {
  const parts = replies.map((reply) => renderReply(reply, options));
  const blocks: SlackBlock[] = parts.flatMap((part) => part.blocks);
  return { text: parts.map((part) => part.text).join(' '), blocks: capBlocks(blocks) };
}
