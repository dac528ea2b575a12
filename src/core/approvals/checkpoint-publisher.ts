import { checkpointRole } from '../organisation/organisation-schema.ts';
import type { Corpus } from '../policy/corpus.ts';
import { type AuditCheckpoint, checkpointText } from './audit-chain.ts';
import type { Clock, RecordStore } from './ports.ts';

/** The post in the trustees' channel: what it is, why to keep it, and the line `audit verify --checkpoint` reads. */
export function checkpointPost(organisationName: string, point: AuditCheckpoint): string {
  return [
    `Audit checkpoint for ${organisationName}: the record of permission requests had ${point.count} ${point.count === 1 ? 'entry' : 'entries'} at ${point.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}.`,
    'Keep this message. It is signed with the audit key: if the record is ever cut short or rewritten, checking it against this line shows it (paste the line into audit verify --checkpoint).',
    checkpointText(point),
  ].join('\n');
}

/** A place a checkpoint is posted for a role: a platform's channel for it. */
export interface CheckpointChannel {
  readonly name: string;
  /** Posts `text` in the role's channel of `org`; false when the organisation has none there. */
  post(org: string, role: string, text: string): Promise<boolean>;
}

/** What publishing did, for the log. */
export type CheckpointEvent =
  | { readonly kind: 'written'; readonly org: string; readonly entries: number }
  | {
      readonly kind: 'posted';
      readonly org: string;
      readonly role: string;
      readonly channel: string;
      readonly entries: number;
    }
  | {
      readonly kind: 'post-failed';
      readonly org: string;
      readonly role: string;
      readonly channel: string;
      readonly error: unknown;
    };

/**
 * Publishes each organisation's signed audit checkpoint where the store cannot rewrite it: a line
 * in this host's append-only file, and a post in the trustees' channel. At most once per period
 * per organisation, and only when its log has grown. The channel is shared, so each period's post
 * is claimed in the store and made by one process.
 */
export class CheckpointPublisher {
  readonly #last = new Map<string, { count: number; at: number }>();

  constructor(
    private readonly options: {
      readonly corpus: Corpus;
      readonly checkpoint: (org: string) => Promise<AuditCheckpoint | undefined>;
      readonly store: RecordStore;
      readonly clock: Clock;
      readonly everyMs: number;
      /** Appends the checkpoint's line to this host's append-only file, when there is one. */
      readonly appendLine?: ((line: string) => void) | undefined;
      readonly channels: readonly CheckpointChannel[];
      readonly onEvent: (event: CheckpointEvent) => void;
    },
  ) {}

  async publish(): Promise<void> {
    const { corpus, store, clock, everyMs, appendLine, channels, onEvent } = this.options;
    for (const [org, orgCorpus] of corpus.organisations) {
      const last = this.#last.get(org);
      if (last && clock.now().getTime() - last.at < everyMs) continue;
      const point = await this.options.checkpoint(org);
      if (!point || point.count === 0 || point.count === last?.count) continue;
      this.#last.set(org, { count: point.count, at: clock.now().getTime() });
      if (appendLine) {
        appendLine(checkpointText(point));
        onEvent({ kind: 'written', org, entries: point.count });
      }
      const role = checkpointRole(orgCorpus.organisation);
      if (!role || !channels.length) continue;
      const period = Math.floor(clock.now().getTime() / everyMs);
      const claim = { count: point.count, head: point.head, at: point.at };
      if (!(await store.putIfAbsent(`checkpoint-post:${org}:${period}`, claim))) continue;
      const text = checkpointPost(orgCorpus.organisation.name, point);
      for (const channel of channels) {
        try {
          if (await channel.post(org, role, text))
            onEvent({ kind: 'posted', org, role, channel: channel.name, entries: point.count });
        } catch (error) {
          onEvent({ kind: 'post-failed', org, role, channel: channel.name, error });
        }
      }
    }
  }
}
