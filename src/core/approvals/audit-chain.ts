import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { PolicyDeskError } from '../errors.ts';
import type { Platform } from './people.ts';

/** What an audit entry records. */
export type AuditEventType =
  | 'submitted'
  | 'decided'
  | 'voted'
  | 'vote-change-refused'
  | 'reminded'
  | 'escalated'
  | 'withdrawn'
  | 'expired'
  | 'lapsed';

/** Who caused an event: a platform account, or the system clock for reminders, escalation and expiry. */
export interface AuditActor {
  readonly platform: Platform | 'system';
  readonly userId: string;
}

/** The content of one audit entry, before it is placed in the chain. */
export interface AuditEvent {
  readonly org: string;
  readonly type: AuditEventType;
  /** Deterministic id of the fact this entry records (e.g. `vote:<request>:<person>`), so a retry can tell it is already audited. */
  readonly eventId: string;
  /** UTC, ISO 8601. */
  readonly at: string;
  readonly actor: AuditActor;
  readonly requestId: string;
  readonly flowId: string;
  /** Clause ids (`<document>#<label>`) that require this flow. */
  readonly clauses: readonly string[];
  /** Version hash of each policy document in force, by document id. */
  readonly policyVersions: Readonly<Record<string, string>>;
  /** Small structured facts: the vote, the decision, the roles escalated to. No free text. */
  readonly detail: Readonly<Record<string, string | number | boolean>>;
  /** The record this event wrote, and the hash of its value: so the record is tamper-evident too. */
  readonly recordKey?: string;
  readonly recordHash?: string;
}

/**
 * One entry of the hash chain. `v: 1`: `hash` is the SHA-256 of every other field. `v: 2` (sealed):
 * `hash` is an HMAC-SHA256 under the audit key, which is never kept in the store, so whoever can
 * write to the store cannot make an entry that verifies.
 */
export interface AuditEntry extends AuditEvent {
  readonly v: 1 | 2;
  /** 1-based position in the organisation's log. */
  readonly seq: number;
  /** Hash of entry seq-1 (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 (v1) or HMAC-SHA256 under the audit key (v2) of every other field, canonically serialised. */
  readonly hash: string;
}

/** The prevHash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every level and undefined dropped: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 hex of a value's canonical JSON. */
export function hashValue(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** HMAC-SHA256 hex of a value's canonical JSON under `key`. */
export function macValue(key: Uint8Array, value: unknown): string {
  return createHmac('sha256', key).update(canonicalJson(value)).digest('hex');
}

/** The hash an entry must carry: over every field but `hash` itself (an HMAC under `key` for a sealed, v2, entry). */
export function computeEntryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }, key?: Uint8Array): string {
  const { hash: _ignored, ...rest } = entry;
  if (entry.v === 2) {
    if (!key)
      throw new PolicyDeskError(
        'policy_desk_config_invalid',
        'A sealed audit entry needs the audit key: set AUDIT_KEY (see the README, Settings).',
      );
    return macValue(key, rest);
  }
  return hashValue(rest);
}

/** Places an event in the chain at `seq`, after the entry whose hash is `prevHash`: sealed with the audit key when there is one. */
export function chainEntry(event: AuditEvent, seq: number, prevHash: string, key?: Uint8Array): AuditEntry {
  const unhashed = { ...event, v: key ? (2 as const) : (1 as const), seq, prevHash };
  return { ...unhashed, hash: computeEntryHash(unhashed, key) };
}

const sameHex = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A break in the chain: which entry, and what is wrong with it. */
export interface ChainProblem {
  readonly seq: number;
  readonly problem: string;
}

/**
 * Checks one entry against its position and its predecessor's hash; undefined when it is sound.
 * An edited entry fails its own hash, a reordered one its seq or prevHash, and the entry after a
 * deleted one its prevHash.
 */
export function checkEntry(
  entry: unknown,
  seq: number,
  prevHash: string,
  org?: string,
  seal: { key?: Uint8Array; sealedBefore?: boolean } = {},
): ChainProblem | undefined {
  if (entry === null || typeof entry !== 'object') return { seq, problem: 'the entry is not an object' };
  const candidate = entry as AuditEntry;
  if (candidate.seq !== seq)
    return { seq, problem: `the entry says it is number ${String(candidate.seq)} (moved or reordered)` };
  if (org !== undefined && candidate.org !== org)
    return { seq, problem: `the entry belongs to organisation "${String(candidate.org)}"` };
  if (candidate.v === 2 && !seal.key)
    return {
      seq,
      problem:
        'the entry is sealed with the audit key: verify with AUDIT_KEY set (or the key file beside the SQLite file)',
    };
  if (candidate.v !== 2 && seal.sealedBefore)
    return {
      seq,
      problem: 'the entry is not sealed, but an earlier one is: it was forged, or rewritten without the audit key',
    };
  if (typeof candidate.hash !== 'string' || !sameHex(computeEntryHash(candidate, seal.key), candidate.hash)) {
    return {
      seq,
      problem:
        candidate.v === 2
          ? 'the entry was edited or forged: its seal does not match its content under the audit key'
          : 'the entry was edited: its content does not match its hash',
    };
  }
  if (candidate.prevHash !== prevHash)
    return {
      seq,
      problem:
        'the chain is broken before this entry: its prevHash does not match the previous entry (an entry was edited, reordered or deleted)',
    };
  return undefined;
}

/**
 * A signed statement that an organisation's log had `count` entries ending in `head`, published
 * where the store cannot rewrite it (an append-only file, a post in the trustees' channel). A log
 * that no longer extends it was cut or rewritten.
 */
export interface AuditCheckpoint {
  readonly org: string;
  readonly count: number;
  readonly head: string;
  /** UTC, ISO 8601. */
  readonly at: string;
  /** HMAC-SHA256 under the audit key of the four fields above. */
  readonly sig: string;
}

const checkpointPrefix = 'policy-desk-checkpoint v1';

/** Signs a checkpoint of an organisation's log. */
export function signCheckpoint(key: Uint8Array, point: Omit<AuditCheckpoint, 'sig'>): AuditCheckpoint {
  return { ...point, sig: macValue(key, { org: point.org, count: point.count, head: point.head, at: point.at }) };
}

/** The one-line text form: what is posted and appended, and what `audit verify --checkpoint` reads. */
export function checkpointText(point: AuditCheckpoint): string {
  return `${checkpointPrefix} org=${point.org} count=${point.count} head=${point.head} at=${point.at} sig=${point.sig}`;
}

/** Every checkpoint in a text (a file of lines, or a pasted post); lines that are not checkpoints are ignored. */
export function parseCheckpoints(text: string): AuditCheckpoint[] {
  const found: AuditCheckpoint[] = [];
  // As pasted from a chat post: no-break spaces, line breaks or zero-width characters may stand between the fields.
  text = text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ');
  const pattern =
    /policy-desk-checkpoint v1 org=([a-z0-9-]+) count=(\d+) head=([0-9a-f]{64}) at=(\S+) sig=([0-9a-f]{64})/g;
  for (const match of text.matchAll(pattern))
    found.push({ org: match[1]!, count: Number(match[2]), head: match[3]!, at: match[4]!, sig: match[5]! });
  return found;
}

/** True when the checkpoint was signed with `key` (and so not made, or changed, by someone without it). */
export function checkpointSigned(key: Uint8Array, point: AuditCheckpoint): boolean {
  return sameHex(signCheckpoint(key, point).sig, point.sig);
}
