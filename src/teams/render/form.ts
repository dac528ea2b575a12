import { initialsInputLength } from '../../core/approvals/rules.ts';
import { SubmitRequestFormId } from '../../core/conversation/actions.ts';
import type { FormFieldView, RequestFormReply } from '../../core/conversation/replies.ts';
import { type CardElement, type CardPart, paragraph, plain, run } from './adaptive-card.ts';

/** Input ids on the form: `f.<field id>`, and `.who` / `.how` for an attestation's details. */
export const formInputId = (fieldId: string, part?: 'who' | 'how'): string =>
  part ? `f.${fieldId}.${part}` : `f.${fieldId}`;

/** The toggle values an attestation sends. */
export const toggleOn = 'true';
export const toggleOff = 'false';

/** What the form remembers between submissions: its submission id and the values typed so far. */
export interface FormState {
  /** The idempotency key of this form: a retried or double-clicked submit files one request. */
  readonly submission: string;
  /** Input id → value, to show the form again with what was typed. */
  readonly values?: Readonly<Record<string, string>>;
}

function choices(options: readonly string[]): Array<{ title: string; value: string }> {
  return options.map((option) => ({ title: option, value: option }));
}

/** The client-side message for a required input left empty. */
function requiredMessage(field: FormFieldView): string {
  switch (field.type) {
    case 'date':
      return `Choose the ${field.label.toLowerCase()}.`;
    case 'choice':
      return `Choose one for “${field.label}”.`;
    case 'attestation':
      return 'Confirm this statement before you send the request.';
    default:
      return `Fill in “${field.label}”.`;
  }
}

function fieldElements(
  field: FormFieldView,
  values: Readonly<Record<string, string>>,
  error: string | undefined,
): CardElement[] {
  const id = formInputId(field.id);
  const value = values[id];
  // A required input says what is missing on the field itself, before anything is sent.
  const common = {
    id,
    label: field.label,
    isRequired: field.required,
    ...(field.required ? { errorMessage: requiredMessage(field) } : {}),
    ...(value !== undefined ? { value } : {}),
  };
  const elements: CardElement[] = [];
  switch (field.type) {
    case 'text':
      elements.push({ type: 'Input.Text', ...common, isMultiline: field.multiline, maxLength: field.maxLength });
      break;
    case 'initials':
      elements.push({ type: 'Input.Text', ...common, maxLength: initialsInputLength, placeholder: 'e.g. J.S.' });
      break;
    case 'date':
      elements.push({ type: 'Input.Date', ...common });
      break;
    case 'choice':
      elements.push({
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: field.options.map((option) => ({ title: option.label, value: option.value })),
      });
      break;
    case 'attestation':
      elements.push({
        type: 'Input.Toggle',
        ...common,
        title: field.statement,
        valueOn: toggleOn,
        valueOff: toggleOff,
        wrap: true,
        ...(value === undefined ? { value: toggleOff } : {}),
      });
      for (const [part, label, missing] of [
        ['who', 'Who agreed', 'Choose who agreed.'],
        ['how', 'How they agreed', 'Choose how they agreed.'],
      ] as const) {
        const options = field[part];
        if (!options) continue;
        const id = formInputId(field.id, part);
        elements.push({
          type: 'Input.ChoiceSet',
          id,
          label,
          style: 'compact',
          isRequired: field.required,
          ...(field.required ? { errorMessage: missing } : {}),
          choices: choices(options),
          ...(values[id] ? { value: values[id] } : {}),
        });
      }
      break;
  }
  if (field.help) elements.push(plain(field.help, { isSubtle: true, size: 'small' }, { spacing: 'none' }));
  // The server's verdict on this field, right under it, in the attention colour.
  if (error)
    elements.push({ type: 'TextBlock', text: error, color: 'attention', wrap: true, size: 'small', spacing: 'none' });
  return elements;
}

/** A request form: the flow's fields as inputs, with the errors of the last submission under their fields. */
export function renderRequestForm(reply: RequestFormReply, state: FormState): CardPart {
  const values = state.values ?? {};
  const fieldIds = new Set(reply.fields.map((field) => field.id));
  const otherErrors = Object.entries(reply.errors).filter(([id]) => !fieldIds.has(id));
  return {
    body: [
      paragraph([run(reply.flow.title, { size: 'large', weight: 'bolder' })]),
      plain(reply.flow.description),
      plain(reply.routeSummary, { isSubtle: true }, { spacing: 'small' }),
      ...(Object.keys(reply.errors).length
        ? [
            {
              type: 'TextBlock',
              text: 'Some answers need fixing before the request can be sent.',
              color: 'attention',
              weight: 'bolder',
              wrap: true,
            },
          ]
        : []),
      ...otherErrors.map(([, message]) => ({ type: 'TextBlock', text: message, color: 'attention', wrap: true })),
      ...reply.fields.flatMap((field) => fieldElements(field, values, reply.errors[field.id])),
    ],
    actions: [
      {
        type: 'Action.Execute',
        title: reply.submitLabel,
        verb: SubmitRequestFormId,
        data: { flow: reply.flow.id, submission: state.submission },
        style: 'positive',
        associatedInputs: 'auto',
      },
    ],
  };
}
