/** Small readers over Block Kit JSON, for assertions. */

type Json = unknown;

function walk(node: Json, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

/** Every action id of every button or menu, in order. */
export function actionIdsOf(blocks: Json): string[] {
  const ids: string[] = [];
  walk(blocks, (object) => {
    if (typeof object.action_id === 'string' && (object.type === 'button' || object.type === 'static_select'))
      ids.push(object.action_id);
  });
  return ids;
}

/** Every button, with its parsed value. */
export function buttonsOf(blocks: Json): Array<{ action: string; label: string; value: unknown }> {
  const buttons: Array<{ action: string; label: string; value: unknown }> = [];
  walk(blocks, (object) => {
    if (object.type === 'button')
      buttons.push({
        action: String(object.action_id),
        label: String((object.text as { text: string }).text),
        value: JSON.parse(String(object.value)),
      });
  });
  return buttons;
}

/** Every mrkdwn string Slack would parse (text objects of type mrkdwn). */
export function mrkdwnOf(blocks: Json): string[] {
  const texts: string[] = [];
  walk(blocks, (object) => {
    if (object.type === 'mrkdwn' && typeof object.text === 'string') texts.push(object.text);
  });
  return texts;
}

/** Every literal string shown as is (rich text runs and plain_text objects). */
export function literalOf(blocks: Json): string[] {
  const texts: string[] = [];
  walk(blocks, (object) => {
    if ((object.type === 'text' || object.type === 'plain_text') && typeof object.text === 'string')
      texts.push(object.text);
  });
  return texts;
}

/** Every verbatim quote (rich_text_quote runs joined). */
export function quotesOf(blocks: Json): string[] {
  const quotes: string[] = [];
  walk(blocks, (object) => {
    if (object.type === 'rich_text_quote')
      quotes.push((object.elements as Array<{ text?: string }>).map((e) => e.text ?? '').join(''));
  });
  return quotes;
}
