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

describe('whom a section or document addresses, above the clause’s own heading', () => {
  // Headings of the Scottish Korfball Association's codes of conduct (a test fixture).
  it('reads a heading above that says whom it addresses', () => {
    const sentence = 'Be a positive role model.';
    expect(
      clauseActor(
        sentence,
        undefined,
        'My responsibilities as a Parent, Guardian, and/or Carer > Supporting the SKA and the Club',
      ),
    ).toBe('parent');
    expect(clauseActor(sentence, undefined, 'My Responsibilities as a Coach > Standards of Personal Conduct')).toBe(
      'staff',
    );
  });

  it('does not read a heading above that names a topic as whom it addresses', () => {
    const sentence = 'Call 999 and tell the designated person.';
    expect(clauseActor(sentence, undefined, 'If You’re Worried About a Child > Immediate Danger')).toBe('unknown');
    expect(clauseActor(sentence, undefined, 'Safeguarding Children > Photography')).toBe('unknown');
  });

  it('reads the document title last, when it says whom it addresses', () => {
    const sentence = 'Be punctual for sessions.';
    expect(
      clauseActor(sentence, undefined, 'Supporting the Club', 'Code of Conduct for Parents, Guardians, and/or Carers'),
    ).toBe('parent');
    expect(clauseActor(sentence, undefined, 'Supporting the Club', 'Child Protection Policy')).toBe('unknown');
  });

  it('counts foster carers as the organisation’s own carers, not a family', () => {
    expect(clauseActor('Keep a daily log.', undefined, 'Guidance for Foster Carers')).not.toBe('parent');
  });
});
