import { describe, expect, it, vi } from 'vitest';
import { TextAnalyser } from '../../../src/core/policy/text-analysis.ts';

const analyser = new TextAnalyser();

describe('TextAnalyser', () => {
  it('reads a text once: a sentence that is a whole clause, or recurs, is normalised a single time', () => {
    const own = new TextAnalyser();
    const normalise = vi.spyOn(own, 'normalise');
    const text = "Staff mustn't text a young person's personal mobile.";
    const first = own.tokensAndTerms(text);
    expect(own.terms(text)).toBe(first.terms);
    expect(own.tokensAndTerms(text)).toBe(first);
    expect(normalise).toHaveBeenCalledTimes(1);
    // The same reading as a fresh analyser gives.
    expect(new TextAnalyser().tokensAndTerms(text)).toEqual(first);
  });

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

  it('reads an age however chat or a policy writes it, and "yr" as a year', () => {
    // "6 yr old", "a 14yo", "4-year-old", "under the age of 16": each an age, so none outweighs the others.
    for (const text of ['can i give a 6 yr old aspirin?', 'a 14yo wants to join', '2-, 3- and 4-year-old children'])
      expect(analyser.terms(text), text).toContain(analyser.terms('age')[0]);
    expect(analyser.terms('can i give a 6 yr old aspirin?')).not.toContain('old');
    expect(analyser.terms('the yr 7s')).toEqual(analyser.terms('the year 7s'));
  });

  it('reads chat spellings of tomorrow, week, approved and comms as the words', () => {
    expect(analyser.terms('trip tmrw')).toEqual(analyser.terms('trip tomorrow'));
    expect(analyser.terms('every wk')).toEqual(analyser.terms('every week'));
    expect(analyser.terms("has the dsl ok'd it")).toEqual(analyser.terms('has the dsl approved it'));
    expect(analyser.terms('club comms')).toEqual(analyser.terms('club communications'));
  });

  it('reads "1:1", "1-2-1" and "1-1 sessions" as the policies\' "one-to-one", one term where its words were stop words', () => {
    const policy = analyser.terms('communicate on a one-to-one basis');
    expect(policy).toHaveLength(3);
    for (const text of ['a 1:1 basis', 'a 1-2-1 basis', 'a one on one basis', 'a 1 to 1 basis'])
      expect(analyser.terms(`communicate on ${text}`), text).toEqual(policy);
    expect(analyser.terms('1-1 sessions')).toEqual(analyser.terms('one to one sessions'));
    // A score and a time are no such thing.
    expect(analyser.terms('we drew 1-1')).toEqual(analyser.terms('we drew'));
    expect(analyser.terms('pick up at 11:15')).not.toContain(analyser.terms('one-to-one')[0]);
  });

  it('drops chat openers that ask nothing ("hiya", "sorry to bother you", "random q")', () => {
    const plain = analyser.terms('can i text a member');
    for (const text of [
      'hiya, sorry to bother you, just wondering if i can text a member',
      'random q but can i text a member',
      'silly question maybe but can i text a member',
    ])
      expect(analyser.terms(text), text).toEqual(plain);
    // Words of the question itself stay: "the afternoon session" is not an opener.
    expect(analyser.terms('can i text a member in the afternoon')).toContain('afternoon');
    expect(analyser.terms('morning session cancelled, can i text a member')).toContain('morn');
    expect(analyser.terms('morning, can i text a member')).toEqual(plain);
  });

  it('reads every UK name of a criminal records check as one term', () => {
    const [dbs] = analyser.terms('DBS');
    for (const text of [
      'has he got his dbs back yet?',
      'coaches must hold an enhanced CRC with barring list check',
      'all leaders need a PVG',
      'volunteers are AccessNI cleared',
      'an Access NI check',
      'a criminal record check is required',
      'the Disclosure and Barring Service',
      'apply through Disclosure Scotland',
      'an old CRB certificate',
    ]) {
      expect(analyser.terms(text), text).toContain(dbs);
    }
    // A child disclosing is not a records check.
    expect(analyser.terms('what do i do after a disclosure?')).not.toContain(dbs);
  });

  it('spells out the safeguarding roles staff abbreviate, as policies write them in full', () => {
    const lead = analyser.terms('Designated Safeguarding Lead');
    for (const text of ["who's the dsl?", 'our DSL is Jo', 'ask one of the DSLs']) {
      for (const term of lead) expect(analyser.terms(text), text).toContain(term);
    }
    expect(analyser.terms('ddsl?')).toEqual(analyser.terms('deputy designated safeguarding lead'));
    expect(analyser.terms('tell the deputy dsl')).toEqual(
      analyser.terms('tell the deputy designated safeguarding lead'),
    );
    expect(analyser.terms('dso')).toEqual(analyser.terms('designated safeguarding officer'));
    // Not inside another word: a DSLR camera is no safeguarding lead.
    expect(analyser.terms('can i bring my dslr?')).not.toContain(lead.at(-1));
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

describe('recording and filming', () => {
  it('keeps a record apart from filming, and relates the two only as nearby words', () => {
    // "Record" was the same word as "film": "keep a record of the concern" matched filming clauses,
    // and "can I film…?" matched every clause about recording what was said.
    expect(analyser.terms('write a record of what she said')).not.toContain('film');
    expect(analyser.terms('can i video the session')).toContain('film');
    expect(analyser.related('film')).toContain('record');
  });
});
