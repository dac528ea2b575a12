import { z } from 'zod';
import { flowSchema } from '../approvals/flow-schema.ts';
import { reportingRouteKinds } from '../policy/concern/concern-kinds.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens (e.g. "activity-leader")');

/** A person or route the policy names: the DSL, a safeguarding lead, the emergency services. */
export const contactSchema = z.strictObject({
  title: z.string().min(1),
  name: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  notes: z.string().min(1).optional(),
});

/** The platform accounts of one person; any subset. */
export const accountsSchema = z
  .strictObject({
    slack: z.string().min(1).optional(),
    teams: z.string().min(1).optional(),
    playground: z.string().min(1).optional(),
  })
  .refine((accounts) => Object.keys(accounts).length > 0, 'give at least one account: slack, teams or playground');

/** Someone who holds roles in the organisation. */
export const personSchema = z.strictObject({
  name: z.string().min(1),
  roles: z.array(slug).default([]),
  accounts: accountsSchema,
});

/** Where one kind of concern goes, when it differs from the general route (an allegation to the LADO, online abuse to CEOP). */
export const reportingRouteSchema = z.strictObject({
  summary: z.string().min(1),
  contacts: z.array(slug).min(1),
});

/** The reporting route for a disclosure or an immediate danger. */
export const reportingSchema = z.strictObject({
  summary: z.string().min(1),
  contacts: z.array(slug).min(1),
  emergency: z.string().min(1),
  clauses: z.array(z.strictObject({ document: z.string().min(1), clause: z.string().min(1) })).default([]),
  /** Routes by kind of concern; a concern of a kind with no route here takes the general one. */
  routes: z.partialRecord(z.enum(reportingRouteKinds), reportingRouteSchema).optional(),
  /** The organisation's own first-response advice, replacing the general lists. */
  advice: z.strictObject({ do: z.array(z.string().min(1)).min(1), dont: z.array(z.string().min(1)).min(1) }).optional(),
});

/** `policies/<org>/organisation.yaml`. */
export const organisationSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  contacts: z.record(slug, contactSchema),
  askInstead: z.array(slug).min(1),
  reporting: reportingSchema,
  roles: z.record(
    slug,
    z.strictObject({
      title: z.string().min(1),
      description: z.string().optional(),
      /** Where requests for this role are posted instead of direct messages: a Slack channel id, a Teams channel conversation id. */
      channels: z.strictObject({ slack: z.string().min(1).optional(), teams: z.string().min(1).optional() }).optional(),
    }),
  ),
  people: z.array(personSchema).default([]),
  flows: z.array(flowSchema).default([]),
});

export type Contact = z.infer<typeof contactSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
