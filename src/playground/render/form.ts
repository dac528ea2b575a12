import { initialsInputLength } from '../../core/approvals/rules.ts';
import type { FormFieldView, RequestFormReply } from '../../core/conversation/replies.ts';
import type { RenderContext } from './context.ts';
import { type Html, html } from './html.ts';

/** What the person typed last time, by input name (`<field>`, `<field>.who`, `<field>.how`), to show again with the errors. */
export type FormValues = Readonly<Record<string, string>>;

/** The name of the input that says who agreed to an attestation. */
export const whoInput = (fieldId: string): string => `${fieldId}.who`;
/** The name of the input that says how they agreed. */
export const howInput = (fieldId: string): string => `${fieldId}.how`;
/** The value a ticked attestation checkbox sends. */
export const agreedValue = 'yes';

interface FieldIds {
  readonly input: string;
  readonly help?: string;
  readonly error?: string;
}

function describedBy(ids: FieldIds): string | undefined {
  const list = [ids.help, ids.error].filter(Boolean).join(' ');
  return list || undefined;
}

function select(
  id: string,
  name: string,
  label: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  value: string | undefined,
  extra: { describedBy?: string; invalid?: boolean; required?: boolean },
): Html {
  return html`<label for="${id}">${label}</label>
<select id="${id}" name="${name}"${extra.required ? html` required` : ''}${extra.invalid ? html` aria-invalid="true"` : ''}${extra.describedBy ? html` aria-describedby="${extra.describedBy}"` : ''}>
<option value="">Choose…</option>${options.map((option) => html`<option value="${option.value}"${option.value === value ? html` selected` : ''}>${option.label}</option>`)}
</select>`;
}

function fieldControl(
  field: FormFieldView,
  ids: FieldIds,
  values: FormValues,
  ctx: RenderContext,
  error: string | undefined,
): Html {
  const value = values[field.id];
  const aria = html`${field.required ? html` required` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy(ids) ? html` aria-describedby="${describedBy(ids)}"` : ''}`;
  const label = html`<label for="${ids.input}">${field.label}${field.required ? '' : html` <span class="optional">(optional)</span>`}</label>`;
  switch (field.type) {
    case 'text':
      return field.multiline
        ? html`${label}<textarea id="${ids.input}" name="${field.id}" rows="3" maxlength="${field.maxLength}"${aria}>${value ?? ''}</textarea>`
        : html`${label}<input id="${ids.input}" name="${field.id}" type="text" maxlength="${field.maxLength}" value="${value ?? ''}"${aria}>`;
    case 'date':
      return html`${label}<input id="${ids.input}" name="${field.id}" type="date" value="${value ?? ''}"${aria}>`;
    case 'initials':
      return html`${label}<input id="${ids.input}" name="${field.id}" type="text" maxlength="${initialsInputLength}" autocomplete="off" autocapitalize="characters" value="${value ?? ''}"${aria}>`;
    case 'choice':
      return select(ids.input, field.id, field.label, field.options, value, {
        describedBy: describedBy(ids),
        invalid: Boolean(error),
        required: field.required,
      });
    case 'attestation': {
      const who = field.who
        ? select(
            ctx.elementId('who'),
            whoInput(field.id),
            'Who agreed',
            field.who.map((option) => ({ value: option, label: option })),
            values[whoInput(field.id)],
            {},
          )
        : '';
      const how = field.how
        ? select(
            ctx.elementId('how'),
            howInput(field.id),
            'How they agreed',
            field.how.map((option) => ({ value: option, label: option })),
            values[howInput(field.id)],
            {},
          )
        : '';
      return html`<fieldset class="attestation"><legend>${field.label}${field.required ? '' : html` <span class="optional">(optional)</span>`}</legend>
<div class="check"><input id="${ids.input}" name="${field.id}" type="checkbox" value="${agreedValue}"${value === agreedValue ? html` checked` : ''}${aria}><label for="${ids.input}">${field.statement}</label></div>
${who}${how}</fieldset>`;
    }
  }
}

/**
 * A request form: every field labelled, help and errors tied to their inputs, the problems listed
 * at the top. `novalidate` leaves every check to the core, so the messages are the core's own.
 */
export function renderRequestForm(
  reply: RequestFormReply,
  ctx: RenderContext,
  state: { readonly submissionId?: string; readonly values?: FormValues } = {},
): Html {
  const values = state.values ?? {};
  const titleId = ctx.elementId('form-title');
  const fields = reply.fields.map((field) => {
    const error = reply.errors[field.id];
    const ids: FieldIds = {
      input: ctx.elementId(`field-${field.id}`),
      ...(field.help ? { help: ctx.elementId('help') } : {}),
      ...(error ? { error: ctx.elementId('error') } : {}),
    };
    return {
      field,
      ids,
      error,
      markup: html`<div class="field${error ? ' field-invalid' : ''}">
${fieldControl(field, ids, values, ctx, error)}
${field.help && ids.help ? html`<p class="help" id="${ids.help}">${field.help}</p>` : ''}
${error && ids.error ? html`<p class="field-error" id="${ids.error}">${error}</p>` : ''}
</div>`,
    };
  });
  const problems = fields.filter((entry) => entry.error);
  const unplaced = Object.entries(reply.errors).filter(([id]) => !reply.fields.some((field) => field.id === id));
  const summary =
    problems.length || unplaced.length
      ? html`<div class="error-summary" role="alert"><p>Please correct ${problems.length + unplaced.length === 1 ? 'this problem' : 'these problems'}:</p><ul>${problems.map((entry) => html`<li><a href="${`#${entry.ids.input}`}">${entry.field.label}: ${entry.error}</a></li>`)}${unplaced.map(([, message]) => html`<li>${message}</li>`)}</ul></div>`
      : '';
  return html`<form class="card request-form" data-flow="${reply.flow.id}" data-submission="${state.submissionId ?? ctx.submissionId()}" novalidate aria-labelledby="${titleId}">
<h3 id="${titleId}">${reply.flow.title}</h3>
<p>${reply.flow.description}</p>
<p class="route">${reply.routeSummary}</p>
${summary}
${fields.map((entry) => entry.markup)}
<div class="actions"><button type="submit" class="btn btn-primary">${reply.submitLabel}</button></div>
</form>`;
}
