/**
 * Slack mrkdwn escaping. Slack parses `&`, `<` and `>` in mrkdwn (and in a message's `text`) as
 * control characters: `<!channel>` pings a channel and `<https://x|label>` makes a link. Anything a
 * person typed, or any name or policy text, goes through here before it reaches a mrkdwn field.
 */

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes `&`, `<` and `>` as Slack asks, so `<!channel>` and `<@U…>` show as text and never ping or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => entities[char]!);
}

// A zero-width space after a formatting character stops Slack pairing it with the next one, so
// `*urgent*` stays two asterisks around a word and the visible text is unchanged.
const ZERO_WIDTH_SPACE = '\u200B';

/** Escapes text and neutralises `*`, `_`, `~` and backtick formatting: what was typed is what shows. */
export function literalMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/[*_~`]/g, (char) => `${char}${ZERO_WIDTH_SPACE}`);
}

/** Undoes Slack's escaping of message text from an event, so the core reads what the person typed. */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Cuts text to `max` characters (Slack rejects longer fields), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}
