import { unescapeSlackText } from '../../mrkdwn.ts';

/** The question in a message: the bot's own mention removed and Slack's escaping undone. */
export function questionText(text: string | undefined, botUserId: string | undefined): string {
  let question = text ?? '';
  if (botUserId) question = question.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ');
  return unescapeSlackText(question).replace(/\s+/g, ' ').trim();
}
