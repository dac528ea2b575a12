import type { types } from '@slack/bolt';
import { type Button, quoteParts } from '../../core/conversation/replies.ts';
import { PolicyDeskError } from '../../core/errors.ts';
import { truncate } from '../mrkdwn.ts';

/** A Block Kit block as the Web API takes it. */
export type SlackBlock = types.KnownBlock;

/** A message body: fallback text (escaped mrkdwn, for notifications and screen readers) and blocks. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: SlackBlock[];
}

/** Slack's documented limits, in characters unless said otherwise. */
export const limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  optionText: 75,
  /** An option's value (what comes back when it is chosen). */
  optionValue: 150,
  /** Options in one select, and option groups in one select (each group holds up to 100 options). */
  selectOptions: 100,
  optionGroups: 100,
  actionsElements: 25,
  inputLabel: 2000,
  hint: 2000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  blockId: 255,
  fallbackText: 4000,
} as const;

/** An option of a select or checkbox group. `value` must be short (150 characters): an id, never free text. */
export function option(value: string, label: string): types.PlainTextOption {
  if (value.length > limits.optionValue)
    throw new PolicyDeskError(
      'policy_desk_platform_error',
      `slack: an option value is ${value.length} characters; Slack allows ${limits.optionValue}`,
    );
  return { text: plain(label, limits.optionText), value };
}

/**
 * The options of a select: up to 100 as `options`; more as `option_groups` of 100 each (up to
 * 10,000), labelled by their range, so nothing is cut. Throws beyond that, which no form reaches.
 */
export function selectOptions(
  options: readonly types.PlainTextOption[],
):
  | { options: types.PlainTextOption[] }
  | { option_groups: Array<{ label: types.PlainTextElement; options: types.PlainTextOption[] }> } {
  if (options.length <= limits.selectOptions) return { options: [...options] };
  const groups = Math.ceil(options.length / limits.selectOptions);
  if (groups > limits.optionGroups)
    throw new PolicyDeskError(
      'policy_desk_platform_error',
      `slack: ${options.length} options; a select holds at most ${limits.optionGroups * limits.selectOptions}`,
    );
  return {
    option_groups: Array.from({ length: groups }, (_, g) => {
      const from = g * limits.selectOptions;
      const part = options.slice(from, from + limits.selectOptions);
      return { label: plain(`${from + 1}–${from + part.length}`, limits.optionText), options: part };
    }),
  };
}

/** A plain_text object: shown exactly as given, never parsed for mentions or links. */
export function plain(text: string, max: number = limits.sectionText): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** A mrkdwn object; callers escape anything they did not write themselves. */
export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(text, limits.sectionText) };
}

/** A section block of mrkdwn text. */
export function section(text: string, blockId?: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

/** A header block (plain text, one line). */
export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, limits.headerText) };
}

/** A context block of mrkdwn lines (at most ten). */
export function context(lines: readonly string[]): types.ContextBlock {
  return { type: 'context', elements: lines.slice(0, limits.contextElements).map((line) => mrkdwn(line)) };
}

/** A divider. */
export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A rich text run: literal text (no mrkdwn parsing at all), optionally bold or italic. */
export function richText(text: string, style?: { bold?: boolean; italic?: boolean }): types.RichTextText {
  return { type: 'text', text, ...(style ? { style } : {}) };
}

/**
 * A rich_text block holding a verbatim quote. Rich text elements are literal, so policy wording
 * and anything people typed show exactly as written: no escaping, no accidental bold, no pings.
 */
export function quoteBlock(quote: string, lead?: string, rule?: string): types.RichTextBlock {
  const elements: types.RichTextBlockElement[] = [];
  if (lead) elements.push({ type: 'rich_text_section', elements: [richText(lead, { italic: true })] });
  // The rule the clause is cited for, in bold; every word of the clause still shown as written.
  elements.push({
    type: 'rich_text_quote',
    elements: quoteParts(quote, rule).map((part) => richText(part.text, part.rule ? { bold: true } : undefined)),
  });
  return { type: 'rich_text', elements };
}

/** One rich_text block holding several verbatim quotes (conditions, say): one block however many there are. */
export function quotesBlock(quotes: readonly string[], lead?: string): types.RichTextBlock {
  const elements: types.RichTextBlockElement[] = [];
  if (lead) elements.push({ type: 'rich_text_section', elements: [richText(lead, { italic: true })] });
  for (const quote of quotes) elements.push({ type: 'rich_text_quote', elements: [richText(quote)] });
  return { type: 'rich_text', elements };
}

/** A rich_text block of "Label: value" lines, labels in bold, values literal. */
export function factsBlock(
  facts: ReadonlyArray<{ readonly label: string; readonly value: string }>,
): types.RichTextBlock {
  const runs: types.RichTextElement[] = [];
  facts.forEach((fact, i) => {
    runs.push(
      richText(`${fact.label}: `, { bold: true }),
      richText(`${fact.value}${i < facts.length - 1 ? '\n' : ''}`),
    );
  });
  return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: runs }] };
}

/** A Block Kit button for a neutral Button: its action id, its label and its value as JSON. */
export function button(source: Button): types.Button {
  return {
    type: 'button',
    action_id: source.action,
    text: plain(source.label, limits.buttonText),
    value: encodeValue(source.value),
    ...(source.style ? { style: source.style } : {}),
  };
}

/** An actions block; `blockId` keeps ids unique when one view holds several. */
export function actions(elements: types.ActionsBlockElement[], blockId: string): types.ActionsBlock {
  return { type: 'actions', block_id: truncate(blockId, limits.blockId), elements };
}

/** A button value as JSON, refused (not silently cut) when Slack's limit would break it. */
export function encodeValue(value: Readonly<Record<string, unknown>>): string {
  const json = JSON.stringify(value);
  if (json.length > limits.buttonValue)
    throw new PolicyDeskError(
      'policy_desk_platform_error',
      `slack: a button value is ${json.length} characters; Slack allows ${limits.buttonValue}`,
    );
  return json;
}

/** Keeps a message within Slack's block limit, saying what was left out rather than failing. */
export function capBlocks(blocks: SlackBlock[], max: number = limits.messageBlocks): SlackBlock[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context([`…and ${blocks.length - max + 1} more blocks not shown.`])];
}
