import { describe, expect, it } from 'vitest';
import type { RequestFormReply } from '../../src/core/conversation/replies.ts';
import { answersFromInputs } from '../../src/playground/form-answers.ts';
import { conversationFixture } from '../support/conversation-fixture.ts';

describe('answersFromInputs', () => {
  it('passes text through, turns a ticked box into true and an unticked one into false', async () => {
    const { conversation } = await conversationFixture();
    const form = conversation.requestForm('allsorts', 'photos') as RequestFormReply;
    expect(
      answersFromInputs(form, {
        activity: 'Trip',
        date: '2026-07-14',
        subject: 'Park',
        'parental-consent': 'yes',
        extra: 'dropped',
      }),
    ).toEqual({
      activity: 'Trip',
      date: '2026-07-14',
      subject: 'Park',
      'parental-consent': true,
      'allsorts-phone': false,
    });
  });

  it('gives an attestation that asks who and how as { agreed, who, how }', async () => {
    const { conversation } = await conversationFixture();
    const form = conversation.requestForm('allsorts', 'trustee-contact') as RequestFormReply;
    expect(
      answersFromInputs(form, {
        'parent-agreement': 'yes',
        'parent-agreement.who': 'Carer',
        'parent-agreement.how': 'By phone',
      })['parent-agreement'],
    ).toEqual({ agreed: true, who: 'Carer', how: 'By phone' });
    expect(answersFromInputs(form, { 'parent-agreement.who': '' })['parent-agreement']).toEqual({ agreed: false });
  });
});
