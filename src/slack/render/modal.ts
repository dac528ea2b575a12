import type { types } from '@slack/bolt';
import { maxCommentLength } from '../../core/approvals/rules.ts';
import { ActionId } from '../../core/conversation/actions.ts';
import type { Reply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { capBlocks, context, limits, plain, type SlackBlock, section } from './kit.ts';
import { noticeBlock } from './notice.ts';
import { requestBlocks } from './request.ts';

/** The callback id of the Approve / Decline modal (a Slack surface of its own, so not a core id). */
export const DecisionFormId = 'pd_decision_submit';

/** The block id of the decision modal's comment input. */
export const commentBlockId = 'pd_comment';
/** The action id of the decision modal's comment input. */
export const commentActionId = 'comment';

/** The decisions a modal confirms. */
export type DecisionAction = typeof ActionId.approve | typeof ActionId.decline;

/** What the decision modal carries back: the decision and the button's value, untouched. */
export interface DecisionMetadata {
  readonly action: DecisionAction;
  readonly value: unknown;
}

/**
 * Approve / Decline with an optional comment. A modal, because it works the same from a DM, a
 * channel and the Home tab; it opens at once from the click's trigger id, before any store work.
 */
export function renderDecisionModal(
  action: DecisionAction,
  value: unknown,
  subject?: { readonly id: string; readonly title?: string; readonly requester?: string },
): types.ModalView {
  const approve = action === ActionId.approve;
  const metadata: DecisionMetadata = { action, value };
  const verb = approve ? 'Approve' : 'Decline';
  const named = subject?.title
    ? `*${escapeMrkdwn(subject.title)}*${subject.requester ? ` from ${escapeMrkdwn(subject.requester)}` : ''}`
    : undefined;
  const question = named ? `${verb} ${named}?` : `${verb} this request?`;
  const blocks: SlackBlock[] = [
    section(question, 'pd_decision_subject'),
    ...(subject ? [context([`Request \`${escapeMrkdwn(subject.id)}\``])] : []),
    {
      type: 'input',
      block_id: commentBlockId,
      optional: true,
      label: plain('Comment (optional)'),
      hint: plain('What the requester should know. They see it with the outcome.'),
      element: { type: 'plain_text_input', action_id: commentActionId, multiline: true, max_length: maxCommentLength },
    },
  ];
  return {
    type: 'modal',
    callback_id: DecisionFormId,
    title: plain(approve ? 'Approve request' : 'Decline request', limits.modalTitle),
    submit: plain(approve ? 'Approve' : 'Decline', limits.modalButton),
    close: plain('Cancel', limits.modalButton),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

/** A modal showing what happened (notices, a request); only a Close button. */
export function renderResultModal(title: string, replies: readonly Reply[]): types.ModalView {
  const blocks: SlackBlock[] = [];
  for (const reply of replies) {
    if (reply.kind === 'notice') blocks.push(noticeBlock(reply));
    else if (reply.kind === 'request') blocks.push(...requestBlocks({ ...reply, actions: [] }));
  }
  if (!blocks.length) blocks.push(section('Done.'));
  return {
    type: 'modal',
    title: plain(title, limits.modalTitle),
    close: plain('Close', limits.modalButton),
    blocks: capBlocks(blocks, limits.viewBlocks),
  };
}

/** A modal that says the work is under way (shown when the store is slower than the acknowledgement allows). */
export function renderWorkingModal(title: string, text: string): types.ModalView {
  return {
    type: 'modal',
    title: plain(title, limits.modalTitle),
    close: plain('Close', limits.modalButton),
    blocks: [section(`:hourglass_flowing_sand: ${escapeMrkdwn(text)}`)],
  };
}
