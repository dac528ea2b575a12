/**
 * Every key the approvals core writes. Each is written once (putIfAbsent) and never overwritten
 * or deleted; state is derived by reading them. See docs/approvals.md.
 */
export const keys = {
  /** The store's epoch, written once when a deployment first writes: its absence under a running process means the store was reset. */
  epoch: 'store:epoch',
  /** The submitted request: flow, requester, answers, policy versions in force. */
  request: (id: string) => `request:${id}`,
  /** The n-th request submitted in an organisation (n = 1, 2, 3…); value is the request id. */
  requestIndex: (org: string, n: number) => `reqindex:${org}:${n}`,
  /** The one terminal transition (approved, declined, withdrawn, expired): whoever claims it first wins. */
  outcome: (id: string) => `outcome:${id}`,
  /** One board member's vote, keyed by person (not account), so one vote per human across platforms. */
  vote: (id: string, personKey: string) => `vote:${id}:${personKey}`,
  /** The n-th reminder of a pending request, claimed by the process that sends it. */
  reminder: (id: string, n: number) => `reminder:${id}:${n}`,
  /** Escalation of a pending request to the backup roles. */
  escalation: (id: string) => `escalation:${id}`,
  /** The end of a granted permission, claimed by the process that tells the requester. */
  lapse: (id: string) => `lapse:${id}`,
  /** The n-th refused attempt to change a vote (the refusal is audited). */
  voteChangeRefused: (id: string, personKey: string, n: number) => `votechange:${id}:${personKey}:${n}`,
  /** The n-th entry of an organisation's hash-chained audit log. */
  audit: (org: string, n: number) => `audit:${org}:${n}`,
  /** Claimed before the event `eventId` is first appended (value: the log position then), so it gets one entry whatever the retries. */
  auditing: (org: string, eventId: string) => `auditing:${org}:${eventId}`,
  /** Marks that the event `eventId` has its audit entry (value: its seq and hash). */
  audited: (org: string, eventId: string) => `audited:${org}:${eventId}`,
  /** Marks that the notifications of the event `eventId` were handed to every platform: the outbox's work for it is done. */
  delivered: (org: string, eventId: string) => `delivered:${org}:${eventId}`,
  /** When this store's deliveries began to be tracked: events older than it were delivered before there were markers. */
  deliveriesSince: 'outbox:since',
} as const;
