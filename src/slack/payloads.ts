import { z } from 'zod';

/**
 * The parts of Slack's payloads that Policy Desk reads, parsed with zod. Bolt has already checked
 * the signature; these schemas make sure what the listeners use is there and has the right type.
 * Identity is always `user.id` (or `user_id`) from here: never anything a button carries.
 */

const id = z.string().min(1).max(64);

/** A slash command (`/policy`, `/request`). */
export const commandPayload = z.object({
  team_id: id,
  user_id: id,
  channel_id: id.optional(),
  text: z.string().max(4000).default(''),
  trigger_id: z.string().min(1),
  response_url: z.string().min(1),
});

/** A button press (block_actions) in a message, a modal or the Home tab. */
export const blockActionPayload = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id, team_id: id.optional() }),
  team: z.object({ id }).nullish(),
  trigger_id: z.string().min(1).optional(),
  response_url: z.string().min(1).optional(),
  container: z.object({ type: z.string(), is_ephemeral: z.boolean().optional() }).optional(),
  view: z.object({ id, type: z.string() }).optional(),
  channel: z.object({ id }).optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string().min(1).max(255),
        value: z.string().max(2000).optional(),
        selected_option: z.object({ value: z.string().max(150) }).nullish(),
      }),
    )
    .min(1),
});

/** A modal submission (view_submission). */
export const viewSubmissionPayload = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id, team_id: id.optional() }),
  team: z.object({ id }).nullish(),
  view: z.object({
    id,
    callback_id: z.string(),
    private_metadata: z.string().max(3000).default(''),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }),
  }),
});

/** An Events API envelope (HTTP) or the same body delivered over Socket Mode. */
export const eventEnvelope = z.object({
  event_id: z.string().min(1).max(128).optional(),
  team_id: id.optional(),
});

/** A message or app_mention event. */
export const messageEvent = z.object({
  type: z.enum(['message', 'app_mention']),
  user: id.optional(),
  text: z.string().max(40_000).optional(),
  channel: id,
  ts: z.string().min(1),
  thread_ts: z.string().min(1).optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  team: id.optional(),
});

/** An app_home_opened event. */
export const homeOpenedEvent = z.object({
  type: z.literal('app_home_opened'),
  user: id,
  tab: z.string().optional(),
});

/** A button value: the JSON the blocks put there, or undefined when it is not JSON (the core refuses that as out of date). */
export function parseButtonValue(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The organisation's Slack team id from an interaction payload (Enterprise Grid puts it on the user). */
export function teamOf(payload: {
  readonly team?: { readonly id: string } | null;
  readonly user: { readonly team_id?: string | undefined };
}): string | undefined {
  return payload.team?.id ?? payload.user.team_id;
}
