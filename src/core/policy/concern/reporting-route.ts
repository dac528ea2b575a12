import type { Organisation } from '../../organisation/organisation-schema.ts';
import { adviceFor } from './concern-advice.ts';
import { concernKindLabel, type ReportingRouteKind } from './concern-kinds.ts';
import type { ConcernAssessment } from './detect-concern.ts';

/** What a person is told to do with a concern: the organisation's route for its kind, and the advice. */
export interface ReportingRoute {
  /** Happening now: the emergency line comes first. */
  readonly danger: boolean;
  readonly emergency: string;
  readonly summary: string;
  /** Contact ids from organisation.yaml, in the order to try them. */
  readonly contacts: readonly string[];
  readonly doNow: readonly string[];
  readonly dont: readonly string[];
  /** The route used: a kind with its own route in organisation.yaml, or `general`. */
  readonly route: ReportingRouteKind | 'general';
  /** What the concern reads as, in words ("physical abuse", "an allegation about an adult in the organisation"). */
  readonly about: readonly string[];
}

/**
 * The route for a concern. An allegation about an adult of the organisation takes the
 * organisation's allegation route, then online sexual abuse its own (CEOP, where the policy names
 * it), then the first kind with a route; otherwise the general route.
 */
export function reportingRoute(organisation: Organisation, concern: ConcernAssessment): ReportingRoute {
  const { reporting } = organisation;
  const routes = reporting.routes ?? {};
  const candidates: ReportingRouteKind[] = [
    ...(concern.allegation ? (['allegation'] as const) : []),
    ...(concern.online ? (['online-sexual-abuse'] as const) : []),
    ...concern.kinds,
  ];
  const kind = candidates.find((candidate) => routes[candidate]);
  const route = kind ? routes[kind]! : { summary: reporting.summary, contacts: reporting.contacts };
  const base = reporting.advice ? { doNow: reporting.advice.do, dont: reporting.advice.dont } : undefined;
  const advice = adviceFor(concern.kinds, concern.allegation, base);
  return {
    danger: concern.danger,
    emergency: reporting.emergency,
    summary: route.summary,
    contacts: route.contacts,
    doNow: advice.doNow,
    dont: advice.dont,
    route: kind ?? 'general',
    about: [...new Set([...(concern.allegation ? (['allegation'] as const) : []), ...concern.kinds])].map(
      (k) => concernKindLabel[k],
    ),
  };
}
