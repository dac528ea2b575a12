import { describe, expect, it } from 'vitest';
import { detectConcern, normaliseMessage, readConcern } from '../../../../src/core/policy/concern/detect-concern.ts';

const flagged = (message: string): boolean => detectConcern(message).level !== 'none';

describe('detectConcern', () => {
  it('reads reports in the third person and in everyday words (the issue’s examples)', () => {
    for (const message of [
      "one of the boys said his mum's boyfriend hits him",
      'a girl in my group showed me cuts on her arm',
      'someone shared a nude of a 14 year old in the group chat',
      'another volunteer keeps messaging a 15 year old late at night and told her to keep it secret',
      "a young person has bruises and won't say how they got them",
      "a member messaged me saying she doesn't want to be alive any more",
      "a participant collapsed on the video call and isn't responding",
    ]) {
      expect(flagged(message), message).toBe(true);
    }
  });

  it('names the kind of harm', () => {
    expect(detectConcern("one of the boys said his mum's boyfriend hits him").kinds).toContain('physical-abuse');
    expect(detectConcern('a girl in my group showed me cuts on her arm').kinds).toContain('self-harm-suicide');
    expect(detectConcern('someone shared a nude of a 14 year old in the group chat')).toMatchObject({ online: true });
    expect(detectConcern('her family are taking her abroad this summer to be cut, she is 9').kinds).toContain('fgm');
  });

  it('reads an allegation about an adult of the organisation, and a request for secrecy', () => {
    const allegation = detectConcern(
      'another volunteer keeps messaging a 15 year old late at night and told her to keep it secret',
    );
    expect(allegation).toMatchObject({ level: 'concern', allegation: true, secrecy: true });
    expect(
      detectConcern('the u14 coach keeps giving one lad lifts home on his own and bought him a new phone'),
    ).toMatchObject({ allegation: true });
  });

  it('marks immediate danger, and not a pattern from the past', () => {
    expect(detectConcern("a participant collapsed on the video call and isn't responding").danger).toBe(true);
    expect(detectConcern('a lad has a knife in his bag in the changing rooms').danger).toBe(true);
    expect(detectConcern("we can't find one of the kids on the beach trip, he was here 10 mins ago").danger).toBe(true);
    expect(
      detectConcern('one of the girls keeps going missing from home at weekends, social worker knows').danger,
    ).toBe(false);
  });

  it('the rules leave ordinary policy questions alone, including ones that mention harm words', () => {
    for (const question of [
      'Can I text this young person?',
      'a young person told me their phone is broken, can I lend them mine?',
      "what's the policy on reporting abuse?",
      'can I give first aid to a child?',
      'do we need a DBS check to drive the minibus?',
      'what do I do if a child ever tells me they are being abused?',
      'we are running a self-harm awareness session for parents, can we put the slides on the website?',
      'who do I call in an emergency if the coordinator is not answering?',
      'learner keeps posting rude stuff in the zoom chat, am i ok to kick him out?',
      'the wifi keeps dropping, learners getting kicked out of the call',
      'Is sexting ever ok?',
    ]) {
      expect(readConcern(question).level, question).toBe('none');
      // The learned model may still read one as a possible concern: then the reporting route comes
      // first and the policy answer under it, never instead of it.
      expect(detectConcern(question).level, question).not.toBe('concern');
    }
  });

  it('the learned model adds reports the rules miss, as possible concerns', () => {
    const report = 'her dad films her crying at training and posts it online to toughen her up, she is 11';
    expect(detectConcern(report, null).level).toBe('none');
    expect(detectConcern(report).level).not.toBe('none');
  });

  it('normalises chat spelling, contractions and scare quotes before reading', () => {
    expect(normaliseMessage("yp said her bf's 'special game' isn't ok")).toBe(
      "young person said her boyfriend's special game is not ok",
    );
  });
});
