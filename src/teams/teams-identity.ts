import { z } from 'zod';
import type { PersonRef } from '../core/approvals/people.ts';
import type { Speaker } from '../core/conversation/conversation.ts';

/** The parts of an incoming activity that say who is speaking and from which tenant. */
const identitySchema = z.object({
  from: z.object({ id: z.string().min(1).max(300), aadObjectId: z.string().min(1).max(200).optional() }).optional(),
  conversation: z.object({ tenantId: z.string().min(1).max(200).optional() }).optional(),
  channelData: z
    .object({ tenant: z.object({ id: z.string().min(1).max(200) }).optional() })
    .optional()
    .nullable(),
});

/** How tenants map to organisations. */
export interface OrgDirectory {
  /** Tenant id → organisation slug (TEAMS_ORGS). */
  readonly orgs: Readonly<Record<string, string>>;
  readonly defaultOrg?: string;
  /** Every organisation in the corpus: with exactly one, every tenant maps to it. */
  readonly organisations?: readonly string[];
}

/** Who is speaking, or why the bot cannot tell. */
export type Identity =
  | { ok: true; speaker: Speaker; tenantId?: string }
  | { ok: false; problem: 'no-user' | 'unlinked'; message: string; tenantId?: string };

/** The organisation a tenant belongs to: TEAMS_ORGS, then DEFAULT_ORG, then the only organisation. */
export function organisationFor(tenantId: string | undefined, directory: OrgDirectory): string | undefined {
  if (tenantId && directory.orgs[tenantId]) return directory.orgs[tenantId];
  if (directory.defaultOrg) return directory.defaultOrg;
  return directory.organisations?.length === 1 ? directory.organisations[0] : undefined;
}

/**
 * The speaker of an activity. Identity is the sender's AAD object id from the authenticated
 * activity, never anything a card sends back; only local mode (no tokens) falls back to `from.id`.
 */
export function identify(activity: unknown, directory: OrgDirectory, options: { local: boolean }): Identity {
  const parsed = identitySchema.safeParse(activity);
  const data = parsed.success ? parsed.data : {};
  const tenantId = data.conversation?.tenantId ?? data.channelData?.tenant?.id;
  const userId = data.from?.aadObjectId ?? (options.local ? data.from?.id : undefined);
  if (!userId) {
    return {
      ok: false,
      problem: 'no-user',
      message:
        'Policy Desk could not tell who you are (no Microsoft Entra user id on the message). Use Policy Desk from your own Teams account.',
      ...(tenantId ? { tenantId } : {}),
    };
  }
  const org = organisationFor(tenantId, directory);
  if (!org) {
    return {
      ok: false,
      problem: 'unlinked',
      message: `This Teams tenant${tenantId ? ` (${tenantId})` : ''} is not linked to an organisation. Ask your administrator to set TEAMS_ORGS=${tenantId ?? '<tenant id>'}:<organisation> (or DEFAULT_ORG).`,
      ...(tenantId ? { tenantId } : {}),
    };
  }
  const person: PersonRef = { platform: 'teams', userId };
  return { ok: true, speaker: { org, person }, ...(tenantId ? { tenantId } : {}) };
}
