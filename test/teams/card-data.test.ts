import { describe, expect, it } from 'vitest';
import type { FormFieldView } from '../../src/core/conversation/replies.ts';
import {
  cardInvokeSchema,
  formAnswers,
  newSubmissionId,
  requestActionData,
  submissionPattern,
} from '../../src/teams/card-data.ts';

const fields: FormFieldView[] = [
  { type: 'text', id: 'purpose', label: 'Purpose', required: true, maxLength: 200, multiline: false },
  { type: 'date', id: 'date', label: 'Date', required: true },
  { type: 'attestation', id: 'consent', label: 'Consent', required: true, statement: 'I confirm' },
  {
    type: 'attestation',
    id: 'agreement',
    label: 'Agreement',
    required: true,
    statement: 'They agree',
    who: ['Parent', 'Carer'],
    how: ['In person'],
  },
];

describe('formAnswers', () => {
  it('turns card inputs into the core’s raw answers and remembers what was typed', () => {
    const { answers, values } = formAnswers(fields, {
      flow: 'x',
      submission: 'rt-1',
      'f.purpose': 'Mentoring',
      'f.date': '2026-07-14',
      'f.consent': 'true',
      'f.agreement': 'false',
      'f.agreement.who': 'Carer',
      'f.unknown': 'ignored',
    });
    expect(answers).toEqual({
      purpose: 'Mentoring',
      date: '2026-07-14',
      consent: true,
      agreement: { agreed: false, who: 'Carer' },
    });
    expect(values).toEqual({
      'f.purpose': 'Mentoring',
      'f.date': '2026-07-14',
      'f.consent': 'true',
      'f.agreement': 'false',
      'f.agreement.who': 'Carer',
    });
  });

  it('ignores inputs that are not text (a forged object cannot reach the core)', () => {
    expect(formAnswers(fields, { 'f.purpose': { $gt: '' }, 'f.date': ['2026-01-01'] }).answers).toEqual({
      consent: false,
      agreement: { agreed: false },
    });
  });
});

describe('card payload schemas', () => {
  it('accepts an Action.Execute invoke and refuses an Action.Submit one', () => {
    expect(
      cardInvokeSchema.safeParse({
        action: { type: 'Action.Execute', verb: 'pd_vote_for', data: { request: 'r-1' } },
        trigger: 'manual',
      }).success,
    ).toBe(true);
    expect(cardInvokeSchema.safeParse({ action: { type: 'Action.Submit', data: {} } }).success).toBe(false);
  });

  it('keeps only the request id and comment from a decision button’s data, never an identity', () => {
    expect(
      requestActionData.parse({ request: 'r-k3m9q2xfa7bc', comment: 'ok', user: 'aad-someone', aadObjectId: 'x' }),
    ).toEqual({ request: 'r-k3m9q2xfa7bc', comment: 'ok' });
    // No request has an id like this: the button is refused before the core is asked.
    expect(requestActionData.safeParse({ request: 'r-1' }).success).toBe(false);
  });

  it('makes submission ids that are valid request ids', () => {
    const id = newSubmissionId();
    expect(id).toMatch(submissionPattern);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{5,63}$/);
  });
});
