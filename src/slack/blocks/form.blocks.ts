import type { types } from '@slack/bolt';
import { SubmitRequestFormId } from '../../core/conversation/actions.ts';
import type { FormFieldView, RequestFormReply } from '../../core/conversation/replies.ts';
import { escapeMrkdwn, truncate } from '../mrkdwn.ts';
import { context, header, limits, plain, quoteBlock, section, type SlackBlock } from './kit.ts';

/** Every input's action id: the block id (the field id) is what tells fields apart. */
export const fieldActionId = 'value';

/** Block ids of an attestation's "who agreed" and "how" selects. */
export const attestationBlockId = (fieldId: string, part: 'who' | 'how'): string => `${fieldId}::${part}`;

/** The value of a ticked attestation checkbox. */
export const agreedValue = 'agreed';

/** What a request modal carries back in `private_metadata`. */
export interface FormMetadata {
  readonly flow: string;
}

/** Raw answers to put back into the inputs (after a submission the core sent back). */
export type FormValues = Readonly<Record<string, unknown>>;

function option(value: string, label: string): types.PlainTextOption {
  return { text: plain(label, limits.optionText), value };
}

function input(field: FormFieldView, element: types.InputBlockElement, blockId: string = field.id, label: string = field.label): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label, limits.inputLabel),
    element,
    optional: !field.required,
    ...(field.help ? { hint: plain(field.help, limits.hint) } : {}),
  };
}

function textOf(values: FormValues, id: string): string | undefined {
  const value = values[id];
  return typeof value === 'string' && value ? value : undefined;
}

function fieldBlocks(field: FormFieldView, values: FormValues): SlackBlock[] {
  switch (field.type) {
    case 'text': {
      const initial = textOf(values, field.id);
      return [
        input(field, {
          type: 'plain_text_input',
          action_id: fieldActionId,
          multiline: field.multiline,
          max_length: Math.min(field.maxLength, 3000),
          ...(initial ? { initial_value: truncate(initial, Math.min(field.maxLength, 3000)) } : {}),
        }),
      ];
    }
    case 'initials': {
      const initial = textOf(values, field.id);
      return [input(field, { type: 'plain_text_input', action_id: fieldActionId, max_length: 12, placeholder: plain('e.g. J.S.'), ...(initial ? { initial_value: truncate(initial, 12) } : {}) })];
    }
    case 'date': {
      const initial = textOf(values, field.id);
      return [input(field, { type: 'datepicker', action_id: fieldActionId, ...(initial && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? { initial_date: initial } : {}) })];
    }
    case 'choice': {
      const options = field.options.slice(0, 100).map((o) => option(o.value, o.label));
      const initial = options.find((o) => o.value === values[field.id]);
      return [input(field, { type: 'static_select', action_id: fieldActionId, options, ...(initial ? { initial_option: initial } : {}) })];
    }
    case 'attestation': {
      const given = values[field.id];
      const answer = typeof given === 'object' && given !== null ? (given as { agreed?: unknown; who?: unknown; how?: unknown }) : { agreed: given };
      const agreed = option(agreedValue, 'I confirm this statement');
      // The statement is quoted above the checkbox: an option's text is capped at 75 characters.
      const blocks: SlackBlock[] = [
        quoteBlock(field.statement),
        input(field, { type: 'checkboxes', action_id: fieldActionId, options: [agreed], ...(answer.agreed === true ? { initial_options: [agreed] } : {}) }),
      ];
      for (const part of ['who', 'how'] as const) {
        const choices = field[part];
        if (!choices) continue;
        const options = choices.slice(0, 100).map((choice) => option(choice, choice));
        const initial = options.find((o) => o.value === answer[part]);
        blocks.push(input(field, { type: 'static_select', action_id: fieldActionId, options, ...(initial ? { initial_option: initial } : {}) }, attestationBlockId(field.id, part), part === 'who' ? 'Who agreed' : 'How they agreed'));
      }
      return blocks;
    }
  }
}

/**
 * A request form as a modal: the flow's title and who decides it, then one input block per field
 * (block id = field id), so field errors go back inline with `response_action: 'errors'`. When
 * errors cannot go inline (the submission outlived the acknowledgement), `showErrors` writes them
 * under each field instead.
 */
export function requestFormView(form: RequestFormReply, options: { readonly values?: FormValues; readonly showErrors?: boolean } = {}): types.ModalView {
  const values = options.values ?? {};
  const blocks: SlackBlock[] = [
    header(form.flow.title),
    section(escapeMrkdwn(form.flow.description), 'pd_form_description'),
    context([`:busts_in_silhouette: ${escapeMrkdwn(form.routeSummary)}`]),
  ];
  for (const field of form.fields) {
    blocks.push(...fieldBlocks(field, values));
    const error = form.errors[field.id];
    if (options.showErrors && error) blocks.push(context([`:warning: ${escapeMrkdwn(error)}`]));
  }
  const metadata: FormMetadata = { flow: form.flow.id };
  return {
    type: 'modal',
    callback_id: SubmitRequestFormId,
    title: plain('Request approval', limits.modalTitle),
    submit: plain(form.submitLabel, limits.modalButton),
    close: plain('Cancel', limits.modalButton),
    private_metadata: JSON.stringify(metadata),
    blocks: blocks.slice(0, limits.viewBlocks),
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
