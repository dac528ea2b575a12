import type { Logger } from './adapters/logger.ts';
import type { Config } from './config.ts';
import type { ApprovalService } from './core/approvals/approval-service.ts';
import type { RecordStore } from './core/approvals/ports.ts';
import type { Conversation, Notifier } from './core/conversation/conversation.ts';
import type { Route } from './http/server.ts';

/** What every platform gets: the conversation core, settings, the shared store and a logger. */
export interface PlatformDeps {
  readonly conversation: Conversation;
  /** The approvals core, for read-only views such as the playground's records page. */
  readonly approvals: ApprovalService;
  readonly config: Config;
  /** For the platform's own write-once records (e.g. where it posted a request's messages). */
  readonly store: RecordStore;
  readonly logger: Logger;
}

/**
 * A platform (Slack, Teams, the playground): routes on the shared HTTP server, a notifier that
 * delivers notifications to its own accounts and redraws its own messages, and a lifecycle.
 */
export interface Platform {
  readonly name: 'slack' | 'teams' | 'playground';
  readonly routes: readonly Route[];
  readonly notifier: Notifier;
  /** Starts what runs beside the HTTP routes (Socket Mode, for instance). */
  start(): Promise<void>;
  /** Stops taking work and finishes what is in flight. */
  stop(): Promise<void>;
  /**
   * Posts plain text, verbatim, in the channel this platform has for an organisation's role
   * (`roles.<role>.channels`): true when it was posted, false when the role has no channel here.
   */
  postToRoleChannel?(org: string, role: string, text: string): Promise<boolean>;
  /** What `/healthz` reports for this platform. */
  health(): Promise<Record<string, unknown>>;
}
