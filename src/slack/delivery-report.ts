/** One message Slack would not take: for whom, and Slack's reason. */
export interface FailedDelivery {
  /** Who it was for, as people read it: "Alex (activity leader)", "the role's channel". */
  readonly to: string;
  /** Slack's error code (`invalid_blocks`, `channel_not_found`…). */
  readonly code: string;
}

// Reports are read straight after the command that caused them; a bounded memory is enough.
const maxRequests = 2000;

/**
 * What could not be delivered for each request, in this process. The notifier records a failed
 * post; the listener that caused it (a submitted form, a decision) reads it before telling the
 * person "sent", so nobody is told a request reached someone it did not reach.
 */
export class DeliveryReport {
  readonly #failures = new Map<string, FailedDelivery[]>();

  /** Records that a message for `requestId` did not reach `to`. */
  record(requestId: string, failure: FailedDelivery): void {
    const known = this.#failures.get(requestId) ?? [];
    this.#failures.delete(requestId);
    this.#failures.set(requestId, [...known, failure]);
    if (this.#failures.size > maxRequests) this.#failures.delete(this.#failures.keys().next().value!);
  }

  /** The failures recorded for a request since `since` of them were seen (so one command reads only its own). */
  since(requestId: string, since: number): readonly FailedDelivery[] {
    return (this.#failures.get(requestId) ?? []).slice(since);
  }

  /** How many failures a request has so far. */
  count(requestId: string): number {
    return this.#failures.get(requestId)?.length ?? 0;
  }
}

/** "Alex (activity leader) and the trustee channel (invalid_blocks)". */
export function describeFailures(failures: readonly FailedDelivery[]): string {
  const parts = failures.map((failure) => `${failure.to} (${failure.code})`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
