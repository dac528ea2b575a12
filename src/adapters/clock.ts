import type { Clock } from '../core/approvals/ports.ts';

/** The real time. */
export const systemClock: Clock = { now: () => new Date() };
