import type { types } from '@slack/bolt';
import { initialsInputLength } from '../../core/approvals/rules.ts';
import { SubmitRequestFormId } from '../../core/conversation/actions.ts';
import type { FormFieldView, RequestFormReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn, truncate } from '../mrkdwn.ts';
import { context, header, limits, option, plain, quoteBlock, type SlackBlock, section, selectOptions } from './kit.ts';

/** Every input's action id: the block id (the field id) is what tells fields apart. */
export const fieldActionId = 'value';

/** Block ids of an attestation's "who agreed" and "how" selects. */
export const attestationBlockId = (fieldId: string, part: 'who' | 'how'): string => `${fieldId}::${part}`;

/** The value of a ticked attestation checkbox. */
export const agreedValue = 'agreed';

/**
 * The value of choice `i` in a select. Options carry their index, never their text: Slack caps an
 * option's value at 150 characters and a choice can be longer. form-state.ts maps it back.
 */
export const choiceValue = (i: number): string => `c${i}`;

/** What a request modal carries back in `private_metadata`. */
export interface FormMetadata {
  readonly flow: string;
}

/** Raw answers to put back into the inputs (after a submission the core sent back). */
export type FormValues = Readonly<Record<string, unknown>>;

/** Blocks above the fields: header, description, who decides. */
const leadBlocks = 3;

function input(
  field: FormFieldView,
  element: types.InputBlockElement,
  options: { blockId?: string; label?: string; hint?: string } = {},
): types.InputBlock {
  const hint = options.hint ?? field.help;
  return {
    type: 'input',
    block_id: options.blockId ?? field.id,
    label: plain(options.label ?? field.label, limits.inputLabel),
    element,
    optional: !field.required,
    ...(hint ? { hint: plain(hint, limits.hint) } : {}),
  };
}

/** A YYYY-MM-DD that is a real calendar day (Slack refuses a datepicker whose initial_date is not). */
function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

function textOf(values: FormValues, id: string): string | undefined {
  const value = values[id];
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * A select over `choices` (label per choice): values are indices, more than 100 go into option
 * groups, and when a choice is too long for an option's 75 characters the options are numbered and
 * the full wording is written out: in the hint when it fits (2,000 characters), else in sections
 * above the input. Nothing is cut and nothing is lost.
 */
function choiceSelect(
  labels: readonly string[],
  selected: number,
): { element: types.StaticSelect; hint?: string; sections: SlackBlock[] } {
  const long = labels.some((label) => label.length > limits.optionText);
  const options = labels.map((label, i) => option(choiceValue(i), long ? `${i + 1}. ${label}` : label));
  const element: types.StaticSelect = {
    type: 'static_select',
    action_id: fieldActionId,
    ...selectOptions(options),
    ...(selected >= 0 ? { initial_option: options[selected]! } : {}),
  };
  if (!long) return { element, sections: [] };
  const lines = labels.map((label, i) => `${i + 1}. ${label}`);
  const inHint = `Choices in full: ${lines.join(' ')}`;
  if (inHint.length <= limits.hint) return { element, hint: inHint, sections: [] };
  const sections: SlackBlock[] = [];
  let chunk = '';
  for (const line of lines.map((l) => escapeMrkdwn(truncate(l, limits.sectionText - 20)))) {
    if (chunk && chunk.length + line.length + 1 > limits.sectionText) {
      sections.push(section(chunk));
      chunk = '';
    }
    chunk = chunk ? `${chunk}\n${line}` : line;
  }
  if (chunk) sections.push(section(chunk));
  return { element, sections };
}

const withHint = (...parts: Array<string | undefined>): string | undefined => {
  const text = parts.filter(Boolean).join('\n');
  return text || undefined;
};

function fieldBlocks(
  field: FormFieldView,
  values: FormValues,
  error: string | undefined,
  compact: boolean,
): SlackBlock[] {
  // An error written into the hint (when it cannot go inline) costs no extra block.
  const problem = error ? `⚠️ ${error}` : undefined;
  switch (field.type) {
    case 'text': {
      const initial = textOf(values, field.id);
      const max = Math.min(field.maxLength, 3000);
      return [
        input(
          field,
          {
            type: 'plain_text_input',
            action_id: fieldActionId,
            multiline: field.multiline,
            max_length: max,
            ...(initial ? { initial_value: truncate(initial, max) } : {}),
          },
          { hint: withHint(problem, field.help) ?? '' },
        ),
      ];
    }
    case 'initials': {
      const initial = textOf(values, field.id);
      return [
        input(
          field,
          {
            type: 'plain_text_input',
            action_id: fieldActionId,
            max_length: initialsInputLength,
            placeholder: plain('e.g. J.S.'),
            ...(initial ? { initial_value: truncate(initial, initialsInputLength) } : {}),
          },
          { hint: withHint(problem, field.help) ?? '' },
        ),
      ];
    }
    case 'date': {
      const initial = textOf(values, field.id);
      return [
        input(
          field,
          {
            type: 'datepicker',
            action_id: fieldActionId,
            ...(initial && isRealDate(initial) ? { initial_date: initial } : {}),
          },
          { hint: withHint(problem, field.help) ?? '' },
        ),
      ];
    }
    case 'choice': {
      const selected = field.options.findIndex((o) => o.value === values[field.id]);
      const select = choiceSelect(
        field.options.map((o) => o.label),
        selected,
      );
      // The full wording of long choices sits above the select, unless the form must be compact.
      return [
        ...(compact ? [] : select.sections),
        input(field, select.element, { hint: withHint(problem, field.help, select.hint) ?? '' }),
      ];
    }
    case 'attestation': {
      const given = values[field.id];
      const answer =
        typeof given === 'object' && given !== null
          ? (given as { agreed?: unknown; who?: unknown; how?: unknown })
          : { agreed: given };
      const agreed = option(agreedValue, 'I confirm this statement');
      const blocks: SlackBlock[] = [];
      // The statement is quoted above the checkbox (an option's text is capped at 75 characters);
      // in a form too long for that, it goes in the checkbox's hint instead.
      if (!compact) blocks.push(quoteBlock(field.statement));
      const hint = withHint(problem, compact ? `“${field.statement}”` : undefined, field.help);
      blocks.push(
        input(
          field,
          {
            type: 'checkboxes',
            action_id: fieldActionId,
            options: [agreed],
            ...(answer.agreed === true ? { initial_options: [agreed] } : {}),
          },
          { hint: hint ?? '' },
        ),
      );
      for (const part of ['who', 'how'] as const) {
        const choices = field[part];
        if (!choices) continue;
        const current = answer[part];
        const select = choiceSelect(choices, typeof current === 'string' ? choices.indexOf(current) : -1);
        if (!compact) blocks.push(...select.sections);
        blocks.push(
          input(field, select.element, {
            blockId: attestationBlockId(field.id, part),
            label: part === 'who' ? 'Who agreed' : 'How they agreed',
            hint: select.hint ?? '',
          }),
        );
      }
      return blocks;
    }
  }
}

function formBlocks(form: RequestFormReply, values: FormValues, showErrors: boolean, compact: boolean): SlackBlock[] {
  const blocks: SlackBlock[] = [
    header(form.flow.title),
    section(escapeMrkdwn(form.flow.description), 'pd_form_description'),
    context([`:busts_in_silhouette: ${escapeMrkdwn(form.routeSummary)}`]),
  ];
  for (const field of form.fields)
    blocks.push(...fieldBlocks(field, values, showErrors ? form.errors[field.id] : undefined, compact));
  return blocks;
}

/**
 * A request form as a modal: the flow's title and who decides it, then one input block per field
 * (block id = field id), so field errors go back inline with `response_action: 'errors'`. When
 * errors cannot go inline (the submission outlived the acknowledgement), `showErrors` writes them
 * in each field's hint. Nothing is ever cut: a form too long for a modal's 100 blocks first drops
 * the quoted statements above checkboxes (they move into the hints); a form longer still gets a
 * modal that says so and what to do, since a cut form could never be submitted.
 */
export function renderRequestForm(
  form: RequestFormReply,
  options: { readonly values?: FormValues; readonly showErrors?: boolean } = {},
): types.ModalView {
  const values = options.values ?? {};
  const showErrors = options.showErrors ?? false;
  let blocks = formBlocks(form, values, showErrors, false);
  if (blocks.length > limits.viewBlocks) blocks = formBlocks(form, values, showErrors, true);
  if (blocks.length > limits.viewBlocks) return formTooLongView(form, blocks.length - leadBlocks);
  const metadata: FormMetadata = { flow: form.flow.id };
  return {
    type: 'modal',
    callback_id: SubmitRequestFormId,
    title: plain('Request approval', limits.modalTitle),
    submit: plain(form.submitLabel, limits.modalButton),
    close: plain('Cancel', limits.modalButton),
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

function formTooLongView(form: RequestFormReply, inputs: number): types.ModalView {
  return {
    type: 'modal',
    title: plain('Request approval', limits.modalTitle),
    close: plain('Close', limits.modalButton),
    blocks: [
      header(form.flow.title),
      section(
        `:warning: This form has ${inputs} inputs, more than a Slack form can hold (${limits.viewBlocks - leadBlocks}), so it cannot be filled in here. ` +
          `For now, ask directly (${escapeMrkdwn(form.routeSummary)}), and ask your Policy Desk admin to split the "${escapeMrkdwn(form.flow.id)}" request into smaller ones in organisation.yaml.`,
        'pd_form_too_long',
      ),
    ],
  };
}

/**
 * The field errors as Slack wants them for `response_action: 'errors'` (block id → message), or
 * undefined when one of them belongs to no input (it then has to be shown another way).
 */
export function inlineErrors(form: RequestFormReply): Record<string, string> | undefined {
  const fieldIds = new Set(form.fields.map((field) => field.id));
  const entries = Object.entries(form.errors);
  if (!entries.length || entries.some(([id]) => !fieldIds.has(id))) return undefined;
  return Object.fromEntries(entries.map(([id, message]) => [id, truncate(message, 2000)]));
}
