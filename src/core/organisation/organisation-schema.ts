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

/** An id copied from a platform: no spaces, markup or quotes (a `<script>` is never an id). */
const platformId = (what: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^\s<>&"'`\\]+$/, `${what} has no spaces, < > & or quotes: copy the id itself`);

/** A Slack member id (U…, or W… on Enterprise Grid). */
export const slackMemberId = z
  .string()
  .regex(
    /^[UW][A-Z0-9_]{1,40}$/,
    "a Slack member id looks like U0123ABCD (in Slack: the person's profile, ⋮, Copy member ID)",
  );

/** A Slack channel id (C… public, G… private). */
export const slackChannelId = z
  .string()
  .regex(
    /^[CG][A-Z0-9_]{1,40}$/,
    "a Slack channel id looks like C0123ABCD (in Slack: the channel's details, at the bottom)",
  );

/** The platform accounts of one person; any subset. */
export const accountsSchema = z
  .strictObject({
    slack: slackMemberId.optional(),
    teams: platformId('a Teams (Microsoft Entra) object id').optional(),
    playground: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]{0,63}$/,
        'a playground name is lower-case letters, digits, dots, hyphens or underscores, e.g. alex',
      )
      .optional(),
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
export const organisationSchema = z
  .strictObject({
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
        channels: z
          .strictObject({ slack: slackChannelId.optional(), teams: platformId('a Teams channel id').optional() })
          .optional(),
      }),
    ),
    people: z
      .array(personSchema)
      .default([])
      .superRefine((people, context) => {
        // Two people with one name would be one person to every reader of a request and its record.
        const first = new Map<string, number>();
        people.forEach((person, i) => {
          const name = person.name.trim().toLowerCase();
          const earlier = first.get(name);
          if (earlier === undefined) first.set(name, i);
          else
            context.addIssue({
              code: 'custom',
              path: [i, 'name'],
              message: `"${person.name}" is already the name of person ${earlier + 1}: give each person a name that tells them apart, e.g. "${person.name} (${person.roles[0] ?? 'role'})"`,
            });
        });
      }),
    flows: z.array(flowSchema).default([]),
    /**
     * Where the signed checkpoints of the audit record are posted: the Slack and Teams channels of
     * this role (`roles.<role>.channels`). Default: the `trustee` role, when the organisation has one.
     */
    auditCheckpoints: z.strictObject({ role: slug }).optional(),
    /**
     * The organisation's own words, each list one meaning: its word for the young people, its places,
     * its phone ("[member, young person]", "[allsorts phone, work phone]"). Questions and policies are
     * read with the words of a list as one.
     */
    vocabulary: z
      .array(z.array(z.string().min(1)).min(2, 'give at least two words or phrases that mean the same'))
      .optional(),
  })
  .superRefine((organisation, context) => {
    const role = organisation.auditCheckpoints?.role;
    if (role !== undefined && !organisation.roles[role]) {
      context.addIssue({
        code: 'custom',
        path: ['auditCheckpoints', 'role'],
        message: `"${role}" is not one of the roles listed under roles: (${Object.keys(organisation.roles).join(', ')})`,
      });
    }
  });

/** The role whose channels get the audit checkpoints: `auditCheckpoints.role`, else `trustee` when there is one. */
export function checkpointRole(organisation: Pick<Organisation, 'auditCheckpoints' | 'roles'>): string | undefined {
  if (organisation.auditCheckpoints) return organisation.auditCheckpoints.role;
  return organisation.roles.trustee ? 'trustee' : undefined;
}

export type Contact = z.infer<typeof contactSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
