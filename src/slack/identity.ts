import type { Conversation, Speaker } from '../core/conversation/conversation.ts';
import type { NoticeReply } from '../core/conversation/replies.ts';
import { PolicyDeskError } from '../core/errors.ts';

/** A Slack user in an organisation, or the notice to show when the workspace is not linked to one. */
export type SpeakerResult =
  | { readonly ok: true; readonly speaker: Speaker }
  | { readonly ok: false; readonly notice: NoticeReply };

/** How workspaces map to organisations. */
export interface OrgMapping {
  /** Slack team id → organisation slug (SLACK_ORGS). */
  readonly orgs: Readonly<Record<string, string>>;
  /** DEFAULT_ORG. */
  readonly defaultOrg?: string;
  /** Every organisation the corpus holds, when known: with exactly one, it is the default. */
  readonly organisations?: readonly string[];
  /** The organisation a workspace was installed for through its install link (install-flow mode). */
  readonly installedOrg?: (teamId: string | undefined) => string | undefined;
}

/**
 * Resolves who is speaking: the Slack user id from the payload (never from a button value) and the
 * organisation from the payload's team id: `SLACK_ORGS[team] ?? the install link's organisation ??
 * DEFAULT_ORG ?? the only organisation`.
 */
export function speakerResolver(
  conversation: Conversation,
  mapping: OrgMapping,
): (teamId: string | undefined, userId: string) => SpeakerResult {
  const only = mapping.organisations?.length === 1 ? mapping.organisations[0] : undefined;
  return (teamId, userId) => {
    const org =
      (teamId ? mapping.orgs[teamId] : undefined) ?? mapping.installedOrg?.(teamId) ?? mapping.defaultOrg ?? only;
    const team = teamId ?? 'unknown';
    if (!org) {
      return {
        ok: false,
        notice: {
          kind: 'notice',
          tone: 'error',
          text: `This Slack workspace (${team}) is not linked to an organisation. An admin installs Policy Desk again from the organisation's install link, or sets SLACK_ORGS=${team}:<organisation> (or DEFAULT_ORG) and restarts Policy Desk.`,
        },
      };
    }
    try {
      conversation.organisation(org);
    } catch (error) {
      if (!(error instanceof PolicyDeskError) || error.code !== 'policy_desk_unknown_org') throw error;
      return {
        ok: false,
        notice: {
          kind: 'notice',
          tone: 'error',
          text: `This Slack workspace (${team}) is linked to "${org}", which is not in the policies folder. An admin fixes SLACK_ORGS or DEFAULT_ORG.`,
        },
      };
    }
    return { ok: true, speaker: { org, person: { platform: 'slack', userId } } };
  };
}
