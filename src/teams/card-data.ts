import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { feedbackValue, requestActionValue, startRequestValue } from '../core/conversation/actions.ts';
import type { FormFieldView } from '../core/conversation/replies.ts';
import { formInputId, toggleOn } from './render/form.ts';

/**
 * Card payloads, parsed with zod. `action.data` is whatever the card carried back plus its inputs:
 * it names a request, an answer or a flow, never who is acting (that is the activity's sender).
 */

/** The value of an `adaptiveCard/action` invoke (Universal Actions). */
export const cardInvokeSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(100),
    id: z.string().max(200).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

/** A parsed `adaptiveCard/action` value. */
export type CardInvoke = z.infer<typeof cardInvokeSchema>;

/** Decision, vote, withdraw and refresh buttons: the request, and the decision card's comment box. */
// The comment's length is the core's rule (it says so when a comment is too long): only its type is checked here.
export const requestActionData = z.object({ ...requestActionValue.shape, comment: z.string().optional() });

/** The home card's paging buttons. */
export const homePageData = z.object({ page: z.number().int().min(0).max(10_000) });

/** "Request approval" / "Start" buttons. */
export const startRequestData = z.object(startRequestValue.shape);

/** Feedback buttons: which answer (the core checks the shape again). */
export const feedbackData = z.object(feedbackValue.shape);

/** Submission ids: `rt-` and 16 lower-case letters or digits (also the request's id, so a resubmission is harmless). */
export const submissionPattern = /^rt-[a-z0-9]{16}$/;

/** The form's own data, beside its inputs. */
export const submitFormData = z.object({
  flow: z.string().min(1).max(100),
  submission: z.string().regex(submissionPattern),
});

/** A fresh submission id for a new form. */
export function newSubmissionId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `rt-${Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

const inputValue = z.union([z.string().max(5000), z.boolean().transform((value) => String(value))]);

/** A form's inputs as the core's raw answers, and as typed (to show the form again with them). */
export function formAnswers(
  fields: readonly FormFieldView[],
  data: Readonly<Record<string, unknown>>,
): { answers: Record<string, unknown>; values: Record<string, string> } {
  const read = (id: string): string | undefined => {
    const parsed = inputValue.safeParse(data[id]);
    return parsed.success ? parsed.data : undefined;
  };
  const answers: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const field of fields) {
    const id = formInputId(field.id);
    const value = read(id);
    if (value !== undefined) values[id] = value;
    if (field.type !== 'attestation') {
      if (value !== undefined) answers[field.id] = value;
      continue;
    }
    const agreed = value === toggleOn;
    const who = field.who ? read(formInputId(field.id, 'who')) : undefined;
    const how = field.how ? read(formInputId(field.id, 'how')) : undefined;
    if (who !== undefined) values[formInputId(field.id, 'who')] = who;
    if (how !== undefined) values[formInputId(field.id, 'how')] = how;
    answers[field.id] = field.who || field.how ? { agreed, ...(who ? { who } : {}), ...(how ? { how } : {}) } : agreed;
  }
  return { answers, values };
}
