import { describe, expect, it } from 'vitest';
import { actorFactor, clauseActor, questionActor } from '../../../src/core/policy/actors.ts';

describe('who a question and a clause are about', () => {
  it('reads the asker, a young person or a parent as the one who would act', () => {
    expect(questionActor('can i dm one of the lads about training?')).toBe('staff');
    expect(questionActor('can the kids bring their phones on the trip?')).toBe('young-person');
    expect(questionActor('can a parent film the match from the touchline?')).toBe('parent');
    expect(questionActor('a mum wants to video her own child at the session, is that allowed?')).toBe('parent');
    expect(questionActor('what time does the session start?')).toBe('unknown');
  });

  it('reads the families’ own rules from the sentence or its heading', () => {
    // Headings and sentences of football clubs' policies (Hanworth Villa FC, Wilpshire Wanderers).
    expect(
      clauseActor(
        'Avoid posting photos of youth players without parental consent.',
        undefined,
        'Responsibilities > Parents, Guardians, and Spectators',
      ),
    ).toBe('parent');
    expect(clauseActor('Parents must not use social media to speak ill of the club or any staff.')).toBe('parent');
    expect(clauseActor('Accept decisions of referees without dissent.', undefined, 'Responsibilities > Players')).toBe(
      'young-person',
    );
    // A rule for whoever asks the parents, not for the parents.
    expect(clauseActor('Parents will be asked to give permission for photographs to be taken.')).toBe('unknown');
    // A heading that names staff as well is not the families' alone.
    expect(clauseActor('Read the policy before the season starts.', undefined, 'Staff and parents')).toBe('staff');
  });

  it('ranks the other party’s rules lower, but a parent’s question is also answered by the organisation’s rules', () => {
    expect(actorFactor('staff', 'parent')).toBeLessThan(1);
    expect(actorFactor('parent', 'parent')).toBeGreaterThan(1);
    expect(actorFactor('parent', 'staff')).toBe(1);
    expect(actorFactor('parent', 'young-person')).toBeLessThan(1);
    expect(actorFactor('unknown', 'parent')).toBe(1);
  });
});
