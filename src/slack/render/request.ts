import type { RequestReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import {
  actions,
  button,
  context,
  factsBlock,
  header,
  limits,
  quoteBlock,
  quotesBlock,
  type SlackBlock,
  type SlackMessage,
  section,
} from './kit.ts';

/** Slack's date token: shown in each reader's own time zone, with a UTC fallback. */
export function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${seconds}^{date_short_pretty} at {time}|${escapeMrkdwn(new Date(iso).toUTCString())}>`;
}

/** The most blocks `requestBlocks` draws for one request, whatever its flow: budgets for the Home tab and modals. */
export const maxRequestBlocks = 9;

/**
 * A request as blocks: title, where it stands, the answers (young people by initials only, as the
 * core gives them), the live tally for a vote, the conditions quoted verbatim, and the buttons
 * this viewer may press. Block ids carry the request id so several requests can share a view.
 */
export function requestBlocks(reply: RequestReply, options: { readonly intro?: string } = {}): SlackBlock[] {
  const view = reply.request;
  const blocks: SlackBlock[] = [];
  if (options.intro) blocks.push(section(escapeMrkdwn(options.intro)));
  blocks.push(header(reply.title));
  blocks.push(section(`*${escapeMrkdwn(reply.status)}*`, `pd_status:${view.id}`));
  if (reply.facts.length) blocks.push(factsBlock(reply.facts));
  if (view.comment) blocks.push(quoteBlock(view.comment, `Comment from ${view.decidedBy?.name ?? 'the decider'}:`));
  if (reply.tally) blocks.push(context([`:ballot_box_with_ballot: ${escapeMrkdwn(reply.tally)}`]));
  // All conditions share one block, so a flow with 45 conditions is still a 9-block message.
  if (reply.conditions.length) blocks.push(quotesBlock(reply.conditions, reply.conditionsHeading));
  blocks.push(context([`Request \`${escapeMrkdwn(view.id)}\` · submitted ${slackDate(view.submittedAt)}`]));
  if (reply.actions.length)
    blocks.push(actions(reply.actions.slice(0, limits.actionsElements).map(button), `pd_request:${view.id}`));
  return blocks;
}

/** A request as a message, with an optional first line saying why the reader got it. */
export function renderRequest(reply: RequestReply, options: { readonly intro?: string } = {}): SlackMessage {
  const lead = options.intro ? `${options.intro} ` : '';
  return { text: escapeMrkdwn(`${lead}${reply.title}: ${reply.status}`), blocks: requestBlocks(reply, options) };
}

/** What is posted in a vote's thread (or under an approval) once it is decided: outcome, tally, conditions. */
export function renderOutcome(reply: RequestReply): SlackMessage {
  const blocks: SlackBlock[] = [
    section(`:checkered_flag: *${escapeMrkdwn(reply.title)}*\n${escapeMrkdwn(reply.status)}`),
  ];
  if (reply.tally) blocks.push(context([`:ballot_box_with_ballot: ${escapeMrkdwn(reply.tally)}`]));
  // The core gives the conditions only where they apply (never under a declined request).
  if (reply.conditions.length) blocks.push(quotesBlock(reply.conditions, reply.conditionsHeading));
  const tally = reply.tally ? ` ${reply.tally}.` : '';
  return { text: escapeMrkdwn(`${reply.title}: ${reply.status}${tally}`), blocks };
}
