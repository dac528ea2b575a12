import { describe, expect, it } from 'vitest';
import { looksLikeConcern } from '../../../src/core/policy/concern-detector.ts';

describe('looksLikeConcern', () => {
  it('recognises disclosures and immediate danger', () => {
    for (const message of [
      'A young person told me that someone is hurting them',
      'one of our members has disclosed abuse at home',
      'Someone is in danger right now',
      'A child said she is scared to go home',
      'I think a boy in my group is self-harming',
      'a participant was touched by another adult',
      'He asked me to send nudes',
    ]) {
      expect(looksLikeConcern(message), message).toBe(true);
    }
  });

  it('leaves ordinary policy questions alone', () => {
    for (const question of [
      'Can I text this young person?',
      'Can I phone a young person on my own mobile in an emergency?',
      'Is sexting ever ok?',
      'Who ends the Zoom call?',
      'Can a trustee share their phone number with a disabled young person?',
    ]) {
      expect(looksLikeConcern(question), question).toBe(false);
    }
  });
});
