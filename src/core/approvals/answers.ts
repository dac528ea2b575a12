import { z } from 'zod';
import type { Flow, FlowField } from './flow-schema.ts';
import { initialsLength } from './rules.ts';

/** A confirmed (or declined) yes/no statement, with who agreed and how, when the flow asks. */
export interface AttestationAnswer {
  readonly agreed: boolean;
  readonly who?: string;
  readonly how?: string;
}

/** One validated answer: text, date (YYYY-MM-DD), choice value, initials, or an attestation. */
export type AnswerValue = string | AttestationAnswer;

/** Validated answers by field id; optional fields left empty are absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Field-level problems by field id: Slack shows them on the modal field, Teams on the card. */
export type FieldErrors = Record<string, string>;

/** The outcome of validating a form: clean answers, or a message per bad field. */
export type AnswersResult = { ok: true; answers: Answers } | { ok: false; fieldErrors: FieldErrors };

/** Initials only: 1 to 3 letters once dots and spaces are removed (see rules.ts). */
export const initialsPattern = new RegExp(`^[A-Z]{${initialsLength.min},${initialsLength.max}}$`);

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Normalises initials (`j. s.` → `JS`); undefined when what is left is not 1 to 3 letters, or
 * when letters run together in anything but capitals: "Jo", "Amy", "Tom" and "jo" are names (or
 * could be), while "JS", "J.S." and "j. s." are initials.
 */
export function normaliseInitials(text: string): string | undefined {
  if ((text.match(/\p{L}{2,}/gu) ?? []).some((run) => run !== run.toUpperCase())) return undefined;
  const compact = text.replace(/[.\s]/g, '').toUpperCase();
  return initialsPattern.test(compact) ? compact : undefined;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/**
 * The zod schema for one field's answer; its messages are what the requester reads.
 * @param today the date (YYYY-MM-DD) a `notBefore: today` date is checked against.
 */
export function fieldAnswerSchema(field: FlowField, today?: string): z.ZodType<AnswerValue> {
  switch (field.type) {
    case 'text':
      return z
        .string({ error: 'Enter text.' })
        .transform((text) => text.trim())
        .pipe(
          z
            .string()
            .min(1, 'This is required.')
            .max(field.maxLength, `Keep this to ${field.maxLength} characters or fewer.`),
        );
    case 'date':
      return z
        .string({ error: 'Enter a date as YYYY-MM-DD.' })
        .transform((text) => text.trim())
        .refine(isCalendarDate, 'Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.')
        .refine(
          (date) => field.notBefore !== 'today' || !today || date >= today,
          `Enter today's date or a later one: this is for something still to happen.`,
        );
    case 'choice': {
      const values = field.options.map((option) => option.value);
      return z
        .string({ error: 'Choose one of the options.' })
        .refine((value) => values.includes(value), `Choose one of: ${field.options.map((o) => o.label).join(', ')}.`);
    }
    case 'initials':
      return z.string({ error: "Enter the young person's initials." }).transform((text, ctx) => {
        const initials = normaliseInitials(text);
        if (!initials) {
          ctx.addIssue({ code: 'custom', message: 'Enter initials only (1 to 3 letters, e.g. "J.S."), never a name.' });
          return z.NEVER;
        }
        return initials;
      });
    case 'attestation': {
      const base = z.union(
        [
          z.boolean().transform((agreed): AttestationAnswer => ({ agreed })),
          z.strictObject({ agreed: z.boolean(), who: z.string().optional(), how: z.string().optional() }),
        ],
        {
          error: 'Confirm this statement.',
        },
      );
      return base.superRefine((answer: AttestationAnswer, ctx) => {
        if (field.required && !answer.agreed)
          ctx.addIssue({ code: 'custom', message: `Confirm this before you submit: "${field.statement}"` });
        if (!answer.agreed) return;
        if (field.who && !(answer.who && field.who.includes(answer.who)))
          ctx.addIssue({ code: 'custom', message: `Say who agreed: ${field.who.join(', ')}.` });
        if (field.how && !(answer.how && field.how.includes(answer.how)))
          ctx.addIssue({ code: 'custom', message: `Say how they agreed: ${field.how.join(', ')}.` });
      }) as unknown as z.ZodType<AnswerValue>;
    }
  }
}

/**
 * The time zone a flow's "today" is in. Organisations name none (yet), and they are UK charities: a
 * date typed just after midnight in London means London's day, which UTC calls yesterday in summer.
 */
export const defaultTimeZone = 'Europe/London';

/** The calendar date (YYYY-MM-DD) it is at `now` in `timeZone` (an IANA name such as "Europe/London"). */
export function calendarDateIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Validates raw form input against a flow. Never throws for bad input: every problem comes back
 * as a message on its field. Keys the flow does not define are dropped, so nothing unasked is stored.
 * A `notBefore: today` date is checked against the date at `now` in `timeZone`.
 */
export function validateAnswers(flow: Flow, raw: unknown, now?: Date, timeZone = defaultTimeZone): AnswersResult {
  const today = now ? calendarDateIn(now, timeZone) : undefined;
  const input: Record<string, unknown> =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const answers: Record<string, AnswerValue> = {};
  const fieldErrors: FieldErrors = {};
  for (const field of flow.fields) {
    const value = input[field.id];
    if (blank(value) || (field.type === 'attestation' && value === false && !field.required)) {
      if (field.required)
        fieldErrors[field.id] =
          field.type === 'attestation' ? `Confirm this before you submit: "${field.statement}"` : 'This is required.';
      continue;
    }
    const parsed = fieldAnswerSchema(field, today).safeParse(value);
    if (parsed.success) answers[field.id] = parsed.data;
    else fieldErrors[field.id] = parsed.error.issues[0]?.message ?? 'This answer is not valid.';
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, answers };
}

/** The answer as a person reads it: the choice's label, "Yes (Parent, In person)" for an attestation. */
export function displayAnswer(field: FlowField, value: AnswerValue): string {
  if (typeof value !== 'string') {
    const detail = [value.who, value.how].filter(Boolean).join(', ');
    return `${value.agreed ? 'Yes' : 'No'}${detail ? ` (${detail})` : ''}`;
  }
  if (field.type === 'choice') return field.options.find((option) => option.value === value)?.label ?? value;
  return value;
}
