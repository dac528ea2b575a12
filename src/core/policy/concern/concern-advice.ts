import type { ConcernKind } from './concern-kinds.ts';

/**
 * What to do, and what not to do, when someone passes on a concern: the first-response advice UK
 * guidance gives every member of staff and volunteer (NSPCC, Keeping Children Safe in Education,
 * Working Together to Safeguard Children). General to any organisation; an organisation may
 * replace the general lists with its own in `organisation.yaml` (`reporting.advice`).
 */
export interface ConcernAdvice {
  readonly doNow: readonly string[];
  readonly dont: readonly string[];
}

/** The advice for every concern. */
export const generalAdvice: ConcernAdvice = {
  doNow: [
    'Listen, stay calm and take it seriously. Tell them they were right to tell you.',
    "Write down what was said or seen as soon as you can, in the person's own words, with the date and time. Sign it.",
    'Tell the people below today, before you go home.',
  ],
  dont: [
    'Do not promise to keep it secret: explain that you will have to tell someone whose job is to help.',
    'Do not investigate, ask leading questions or confront anyone involved.',
    'Do not share it with anyone who does not need to know.',
  ],
};

/** Added for an allegation about an adult of the organisation (staff, volunteer, trustee). */
export const allegationAdvice: ConcernAdvice = {
  doNow: ['If the concern is about the person you would normally tell, tell the next person named below instead.'],
  dont: ['Do not tell or question the adult the concern is about.'],
};

/** Added for some kinds of harm. */
export const kindAdvice: Readonly<Partial<Record<ConcernKind, ConcernAdvice>>> = {
  'online-sexual-abuse': {
    doNow: [],
    dont: [
      'Do not view, copy, screenshot, forward or delete images of a child: leave the device as it is and say where the images are.',
    ],
  },
  'medical-emergency': {
    doNow: ['Give first aid if you are trained and it is safe to. Stay with them until help arrives.'],
    dont: [],
  },
  'missing-child': {
    doNow: [
      'Check the register and search the immediate area now. If they are not found quickly, call 999, then tell the parent or carer.',
    ],
    dont: [],
  },
  'self-harm-suicide': {
    doNow: ['If they may act on it now, do not leave them alone: call 999.'],
    dont: [],
  },
  fgm: {
    doNow: [],
    dont: ['Do not discuss it with the family: it could put the child at greater risk.'],
  },
  'domestic-abuse': {
    doNow: [],
    dont: ['Do not contact the family about it yourself: it could put the child or the parent at greater risk.'],
  },
};

/** The advice for one concern: the general (or the organisation's own) lists, then what its kinds add. */
export function adviceFor(
  kinds: readonly ConcernKind[],
  allegation: boolean,
  base: ConcernAdvice = generalAdvice,
): ConcernAdvice {
  const parts = [
    base,
    ...(allegation ? [allegationAdvice] : []),
    ...kinds.map((kind) => kindAdvice[kind]).filter((a): a is ConcernAdvice => !!a),
  ];
  return {
    doNow: [...new Set(parts.flatMap((part) => part.doNow))],
    dont: [...new Set(parts.flatMap((part) => part.dont))],
  };
}
