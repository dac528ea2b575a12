import type { Logger } from '../adapters/logger.ts';
import type { Conversation } from '../core/conversation/conversation.ts';
import type { DeliveryReport } from './delivery-report.ts';
import type { EventDeduper } from './event-dedupe.ts';
import type { HomeTabs } from './home-tabs.ts';
import type { SpeakerResult } from './identity.ts';
import type { KeyvInstallationStore } from './installation-store.ts';
import type { MessageLog } from './message-log.ts';
import type { SharedQuestions } from './shared-questions.ts';
import type { SlackMessenger } from './slack-messenger.ts';

/** What every listener gets besides Bolt's arguments: the core, the Slack plumbing and the settings. */
export interface SlackContext {
  readonly conversation: Conversation;
  readonly logger: Logger;
  readonly messenger: SlackMessenger;
  readonly log: MessageLog;
  readonly homes: HomeTabs;
  readonly deduper: EventDeduper;
  /** Request messages Slack refused, so a listener never says "sent" for what did not arrive. */
  readonly report: DeliveryReport;
  /** The sealed questions behind "Share to channel" buttons. */
  readonly shares: SharedQuestions;
  /** The speaker for a payload's team and user. */
  readonly speaker: (teamId: string | undefined, userId: string) => SpeakerResult;
  /** How long a modal submission waits for the core before acknowledging with a "working" view. */
  readonly viewAckBudgetMs: number;
  /** The bot's own user id (from auth.test in token mode; per workspace, from Bolt's context, with the install flow). */
  readonly botUserId: string | undefined;
  /** Install-flow mode: the workspaces' installations (for uninstalls and revoked tokens). */
  readonly installations?: KeyvInstallationStore;
}

/** Waits for `work` up to `ms`: its value when it finished in time, or undefined when it is still running. */
export async function withinBudget<T>(
  work: Promise<T>,
  ms: number,
): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ done: false }>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ done: true as const, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A failure the person can act on, for work that threw (a store outage, say): the details go to the log. */
export const failureNotice = {
  kind: 'notice',
  tone: 'error',
  text: 'Policy Desk could not finish that just now. Please try again in a minute.',
} as const;
