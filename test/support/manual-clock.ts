import type { Clock } from '../../src/core/approvals/ports.ts';

/** A clock that moves only when told: the tests of reminders, windows and expiry. */
export class ManualClock implements Clock {
  #ms: number;

  constructor(start: Date | string = '2025-01-06T09:00:00Z') {
    this.#ms = new Date(start).getTime();
  }

  /** The current fake time. */
  now(): Date {
    return new Date(this.#ms);
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.#ms += ms;
  }

  /** Sets the clock. */
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
}
