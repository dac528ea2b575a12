import type { types } from '@slack/bolt';
import { ActionId } from '../../core/conversation/actions.ts';
import type { AnswerReply, CitationView, NoAnswerReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn, literalMrkdwn, truncate } from '../mrkdwn.ts';
import type { ShareReference } from '../shared-questions.ts';
import { renderContacts } from './contacts.ts';
import { actions, button, capBlocks, context, quoteBlock, type SlackBlock, type SlackMessage, section } from './kit.ts';
import { startPicker } from './menu.ts';

/** Linked flows shown as their own buttons up to this many; beyond, one select (an answer holds at most about 20 blocks besides). */
export const maxRequestButtons = 5;

/** How an answer is being shown. */
export interface AnswerOptions {
  /**
   * Adds "Share to channel" (for an answer only the asker can see, e.g. `/policy`), carrying this
   * short reference to the sealed question, never the question itself (it may be 2,000 characters).
   */
  readonly share?: ShareReference;
  /** The Slack user who shared it into the conversation, named above the answer. */
  readonly sharedBy?: string;
}

const verdictEmoji: Readonly<Record<AnswerReply['verdict'] | 'no-answer', string>> = {
  allowed: ':white_check_mark:',
  'not-allowed': ':no_entry:',
  'needs-approval': ':raised_hand:',
  'see-policy': ':page_facing_up:',
  'no-answer': ':grey_question:',
};

function citationBlocks(citation: CitationView): SlackBlock[] {
  const notes = [`:page_facing_up: ${escapeMrkdwn(citation.reference)}`];
  if (citation.overdue) notes.push(`:warning: ${escapeMrkdwn(citation.overdue)}`);
  return [quoteBlock(citation.quote, citation.context, citation.rule), context(notes)];
}

/**
 * An answer as Block Kit: the verdict in plain words, each cited clause quoted verbatim with its
 * document, section and clause, "Request approval" for linked flows, and feedback buttons.
 */
export function renderAnswer(reply: AnswerReply | NoAnswerReply, options: AnswerOptions = {}): SlackMessage {
  const verdict = reply.kind === 'answer' ? reply.verdict : 'no-answer';
  const blocks: SlackBlock[] = [];
  if (options.sharedBy)
    blocks.push(
      context([`<@${options.sharedBy}> shared an answer to: ${literalMrkdwn(truncate(reply.question, 300))}`]),
    );
  blocks.push(
    section(
      `${verdictEmoji[verdict]} *${escapeMrkdwn(reply.headline)}*\n${escapeMrkdwn(reply.explanation)}`,
      'pd_answer_verdict',
    ),
  );
  if (reply.kind === 'answer') {
    // Five citations at most keeps the answer well inside the 50-block message limit.
    for (const citation of reply.citations.slice(0, 5)) blocks.push(...citationBlocks(citation));
    if (reply.notices.length)
      blocks.push(context(reply.notices.map((notice) => `:information_source: ${escapeMrkdwn(notice)}`)));
    // One actions block per flow (action ids must be unique within a block, and every one is
    // pd_request_start); with more flows than that leaves room for, one select lists them all.
    if (reply.requestButtons.length <= maxRequestButtons) {
      for (const request of reply.requestButtons)
        blocks.push(actions([button(request)], `pd_request_start:${String(request.value.flow)}`));
    } else {
      blocks.push(
        startPicker(
          reply.requestButtons.map((request) => ({
            label: request.label.replace(/^Request approval: /, ''),
            button: request,
          })),
          `Request approval (${reply.requestButtons.length} requests)`,
          'pd_request_start',
        ),
      );
    }
  } else {
    blocks.push(...renderContacts('Who to ask', reply.contacts));
    if (reply.safetyNote) blocks.push(context([`:shield: ${escapeMrkdwn(reply.safetyNote)}`]));
  }
  const footer: types.ActionsBlockElement[] = reply.feedbackButtons.map(button);
  if (options.share) {
    footer.push(button({ action: ActionId.shareAnswer, label: 'Share to channel', value: options.share }));
  }
  if (footer.length) blocks.push(actions(footer, 'pd_answer_actions'));
  const quotes = reply.kind === 'answer' ? reply.citations.map((c) => c.reference).join('; ') : '';
  return {
    text: escapeMrkdwn(`${reply.headline}. ${reply.explanation}${quotes ? ` (${quotes})` : ''}`),
    blocks: capBlocks(blocks),
  };
}
