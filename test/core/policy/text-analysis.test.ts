import { describe, expect, it } from 'vitest';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';

const analyser = new TextAnalyser();

describe('TextAnalyser', () => {
  it('reads a kiss in chat spelling as a kiss, and no other x', () => {
    for (const text of [
      'can i sign off my texts with an x?',
      "is 'thanks x' ok in an email to a parent?",
      'she always puts xx at the end',
      'avoiding kisses (X’s) in messages',
    ]) {
      expect(analyser.terms(text), text).toContain('kiss');
    }
    for (const text of ['student x said he was late', 'he needs an x-ray', 'box 4x4']) {
      expect(analyser.terms(text), text).not.toContain('kiss');
    }
  });

  it('reads carrying on and keeping going as continuing', () => {
    expect(analyser.terms('can i carry on with the call?')).toContain('continu');
    expect(analyser.terms('ok to keep going on my own?')).toContain('continu');
  });

  it("reads a club's youth and junior players, members and sections as young people", () => {
    for (const text of ['Avoid private messaging with youth players.', 'the junior section', 'junior members'])
      expect(analyser.terms(text), text).toContain('youngperson');
    // A youth worker is an adult.
    expect(analyser.terms('the youth worker')).not.toContain('youngperson');
  });
});
