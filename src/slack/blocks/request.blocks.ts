import type { RequestReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn } from '../mrkdwn.ts';
import { actions, button, context, factsBlock, header, quoteBlock, section, type SlackBlock, type SlackMessage } from './kit.ts';

/** Slack's date token: shown in each reader's own time zone, with a UTC fallback. */
export function slackDate(iso: string): string {
  const seconds = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${seconds}^{date_short_pretty} at {time}|${escapeMrkdwn(new Date(iso).toUTCString())}>`;
}

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
  if (reply.conditions.length) {
    const lead = view.status === 'approved' ? 'Conditions:' : 'Conditions if approved:';
    reply.conditions.forEach((condition, i) => blocks.push(quoteBlock(condition, i === 0 ? lead : undefined)));
  }
  blocks.push(context([`Request \`${escapeMrkdwn(view.id)}\` · submitted ${slackDate(view.submittedAt)}`]));
  if (reply.actions.length) blocks.push(actions(reply.actions.map(button), `pd_request:${view.id}`));
  return blocks;
}

/** A request as a message, with an optional first line saying why the reader got it. */
export function requestMessage(reply: RequestReply, options: { readonly intro?: string } = {}): SlackMessage {
  const lead = options.intro ? `${options.intro} ` : '';
  return { text: escapeMrkdwn(`${lead}${reply.title}: ${reply.status}`), blocks: requestBlocks(reply, options) };
}

/** What is posted in a vote's thread (or under an approval) once it is decided: outcome, tally, conditions. */
export function outcomeMessage(reply: RequestReply): SlackMessage {
  const blocks: SlackBlock[] = [section(`:checkered_flag: *${escapeMrkdwn(reply.title)}*\n${escapeMrkdwn(reply.status)}`)];
  if (reply.tally) blocks.push(context([`:ballot_box_with_ballot: ${escapeMrkdwn(reply.tally)}`]));
  if (reply.request.status === 'approved') reply.conditions.forEach((condition, i) => blocks.push(quoteBlock(condition, i === 0 ? 'Conditions:' : undefined)));
  const tally = reply.tally ? ` ${reply.tally}.` : '';
  return { text: escapeMrkdwn(`${reply.title}: ${reply.status}${tally}`), blocks };
}
