import { createHash } from 'node:crypto';
import type { Platform } from './people.ts';

/** What an audit entry records. */
export type AuditEventType = 'submitted' | 'decided' | 'voted' | 'vote-change-refused' | 'reminded' | 'escalated' | 'withdrawn' | 'expired' | 'lapsed';

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

/** One entry of the hash chain. */
export interface AuditEntry extends AuditEvent {
  readonly v: 1;
  /** 1-based position in the organisation's log. */
  readonly seq: number;
  /** Hash of entry seq-1 (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 of every other field, canonically serialised. */
  readonly hash: string;
}

/** The prevHash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every level and undefined dropped: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** SHA-256 hex of a value's canonical JSON. */
export function hashValue(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The hash an entry must carry: over every field but `hash` itself. */
export function computeEntryHash(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = entry;
  return hashValue(rest);
}

/** Places an event in the chain at `seq`, after the entry whose hash is `prevHash`. */
export function chainEntry(event: AuditEvent, seq: number, prevHash: string): AuditEntry {
  const unhashed = { ...event, v: 1 as const, seq, prevHash };
  return { ...unhashed, hash: computeEntryHash(unhashed) };
}

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
export function checkEntry(entry: unknown, seq: number, prevHash: string, org?: string): ChainProblem | undefined {
  if (entry === null || typeof entry !== 'object') return { seq, problem: 'the entry is not an object' };
  const candidate = entry as AuditEntry;
  if (candidate.seq !== seq) return { seq, problem: `the entry says it is number ${String(candidate.seq)} (moved or reordered)` };
  if (org !== undefined && candidate.org !== org) return { seq, problem: `the entry belongs to organisation "${String(candidate.org)}"` };
  if (typeof candidate.hash !== 'string' || computeEntryHash(candidate) !== candidate.hash) return { seq, problem: 'the entry was edited: its content does not match its hash' };
  if (candidate.prevHash !== prevHash) return { seq, problem: 'the chain is broken before this entry: its prevHash does not match the previous entry (an entry was edited, reordered or deleted)' };
  return undefined;
}

/** Verifies a whole chain held in memory (entries in seq order from 1). */
export function verifyChain(entries: readonly unknown[], org?: string): { ok: true; count: number; headHash: string } | { ok: false; broken: ChainProblem } {
  let prevHash = genesisHash;
  for (let i = 0; i < entries.length; i++) {
    const problem = checkEntry(entries[i], i + 1, prevHash, org);
    if (problem) return { ok: false, broken: problem };
    prevHash = (entries[i] as AuditEntry).hash;
  }
  return { ok: true, count: entries.length, headHash: prevHash };
}
