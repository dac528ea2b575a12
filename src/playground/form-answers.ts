import type { RequestFormReply } from '../core/conversation/replies.ts';
import { agreedValue, howInput, whoInput } from './render/form.ts';

/**
 * Turns a submitted form's inputs (name → text, as the browser sends them) into the raw answers
 * the core validates: text for text, date, initials and choice fields; for an attestation, the
 * ticked box as a boolean, or `{ agreed, who, how }` when the flow asks who agreed and how.
 * Only the flow's own fields are read; the core decides whether any of it is acceptable.
 */
export function answersFromInputs(
  form: RequestFormReply,
  inputs: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.type !== 'attestation') {
      if (inputs[field.id] !== undefined) answers[field.id] = inputs[field.id];
      continue;
    }
    const agreed = inputs[field.id] === agreedValue;
    if (!field.who && !field.how) {
      answers[field.id] = agreed;
      continue;
    }
    const who = inputs[whoInput(field.id)];
    const how = inputs[howInput(field.id)];
    answers[field.id] = { agreed, ...(who ? { who } : {}), ...(how ? { how } : {}) };
  }
  return answers;
}
