import { z } from 'zod';
import { parseDuration } from './duration.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (e.g. "work-phone-sharing")');

/** A duration written as `30m`, `24h`, `7d` or `2w`, parsed to milliseconds; never zero (a `window: 0d` vote could never be cast). */
export const durationSchema = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, 'write a duration as a number and a unit: 30m, 24h, 7d or 2w')
  .refine(
    (text) => (parseDuration(text) ?? 1) > 0,
    'a duration of zero means at once: write one longer than zero, such as 30m, 24h or 7d',
  )
  .transform((text) => parseDuration(text) as number);

/** A reference to one clause of one policy document. */
export const clauseRefSchema = z.strictObject({
  document: z.string().min(1),
  clause: z.string().min(1),
  /**
   * A short verbatim phrase of the clause: `npm run check:policies` fails when the clause no longer
   * contains it, so renumbered bullets cannot move a link silently onto another clause.
   */
  quote: z.string().min(1).optional(),
});

const fieldBase = {
  id,
  label: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean().default(true),
};

/** One input on a request form. */
export const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...fieldBase,
    type: z.literal('text'),
    maxLength: z.number().int().positive().max(3000).default(500),
    multiline: z.boolean().default(false),
  }),
  // `notBefore: today`: the date of something still to happen, so a date in the past is refused.
  z.strictObject({ ...fieldBase, type: z.literal('date'), notBefore: z.literal('today').optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('choice'),
    options: z.array(z.strictObject({ value: id, label: z.string().min(1) })).min(2),
  }),
  // A young person appears by initials only: never a name.
  z.strictObject({ ...fieldBase, type: z.literal('initials') }),
  // A yes/no statement the requester must confirm, with who gave the agreement and how.
  z.strictObject({
    ...fieldBase,
    type: z.literal('attestation'),
    statement: z.string().min(1),
    who: z.array(z.string().min(1)).min(1).optional(),
    how: z.array(z.string().min(1)).min(1).optional(),
  }),
]);

/** A single decision by any holder of one of the roles; the first decision wins. */
export const singleRouteSchema = z.strictObject({
  kind: z.literal('single'),
  roles: z.array(id).min(1),
  remindAfter: durationSchema.optional(),
  escalateAfter: durationSchema.optional(),
  escalateTo: z.array(id).min(1).optional(),
  expireAfter: durationSchema.optional(),
});

/** A vote of a body (every holder of `body`), decided by quorum and threshold within a window. */
export const voteRouteSchema = z.strictObject({
  kind: z.literal('vote'),
  body: id,
  title: z.string().min(1).optional(),
  quorum: z.number().int().positive(),
  threshold: z.enum(['majority-of-cast', 'majority-of-board']),
  window: durationSchema,
  tie: z.enum(['chair-casting-vote', 'declined']),
  chair: id.optional(),
  remindAfter: durationSchema.optional(),
});

/** A condition shown with every approval: a verbatim quote of the clause that imposes it. */
export const conditionSchema = z.strictObject({
  text: z.string().min(1),
  clause: clauseRefSchema.optional(),
});

/** A permission request flow named by an organisation's policy. */
export const flowSchema = z.strictObject({
  id,
  title: z.string().min(1),
  description: z.string().min(1),
  clauses: z.array(clauseRefSchema).min(1),
  fields: z.array(fieldSchema).default([]),
  route: z.discriminatedUnion('kind', [singleRouteSchema, voteRouteSchema]),
  conditions: z.array(conditionSchema).default([]),
  lasts: durationSchema.optional(),
});

export type ClauseRef = z.infer<typeof clauseRefSchema>;
export type FlowField = z.infer<typeof fieldSchema>;
export type SingleRoute = z.infer<typeof singleRouteSchema>;
export type VoteRoute = z.infer<typeof voteRouteSchema>;
export type FlowRoute = SingleRoute | VoteRoute;
export type FlowCondition = z.infer<typeof conditionSchema>;
export type Flow = z.infer<typeof flowSchema>;
