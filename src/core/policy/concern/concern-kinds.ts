/**
 * The kinds of safeguarding concern Policy Desk tells apart: the categories UK guidance uses
 * (Working Together to Safeguard Children 2023, Keeping Children Safe in Education, NSPCC), plus
 * the emergencies that put the emergency line first. One list for the detector, the advice and
 * the routes an organisation may give per kind.
 */
export const concernKinds = [
  'physical-abuse',
  'sexual-abuse',
  'emotional-abuse',
  'neglect',
  'self-harm-suicide',
  'online-sexual-abuse',
  'exploitation',
  'peer-on-peer',
  'domestic-abuse',
  'fgm',
  'radicalisation',
  'missing-child',
  'medical-emergency',
  'threat-to-life',
] as const;

export type ConcernKind = (typeof concernKinds)[number];

/** The kinds a route can be given for in organisation.yaml: an allegation about an adult of the organisation, or a kind of harm. */
export const reportingRouteKinds = ['allegation', ...concernKinds] as const;

export type ReportingRouteKind = (typeof reportingRouteKinds)[number];

/** How each kind is named to people. */
export const concernKindLabel: Readonly<Record<ReportingRouteKind, string>> = {
  allegation: 'an allegation about an adult in the organisation',
  'physical-abuse': 'physical abuse',
  'sexual-abuse': 'sexual abuse',
  'emotional-abuse': 'emotional abuse',
  neglect: 'neglect',
  'self-harm-suicide': 'self-harm or suicidal thoughts',
  'online-sexual-abuse': 'online sexual abuse',
  exploitation: 'exploitation',
  'peer-on-peer': 'abuse between young people',
  'domestic-abuse': 'domestic abuse',
  fgm: 'female genital mutilation (FGM)',
  radicalisation: 'radicalisation',
  'missing-child': 'a missing person',
  'medical-emergency': 'a medical emergency',
  'threat-to-life': 'a threat to life',
};
