import { beforeAll, describe, expect, it } from 'vitest';
import { SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { composeCard } from '../../../src/teams/render/adaptive-card.ts';
import { renderRequestForm } from '../../../src/teams/render/form.ts';
import { conversationFixture } from '../../support/conversation-fixture.ts';

describe('renderRequestForm', () => {
  let form: RequestFormReply;

  beforeAll(async () => {
    const { conversation } = await conversationFixture();
    form = conversation.requestForm('allsorts', 'trustee-contact') as RequestFormReply;
  });

  it('draws each field as its Adaptive Card input, and an attestation with who and how', () => {
    const card = composeCard([renderRequestForm(form, { submission: 'rt-aaaaaaaaaaaaaaaa' })]);
    const inputs = card.body.filter((element) => element.type.startsWith('Input.'));
    expect(inputs.map((input) => [input.type, input.id])).toEqual([
      ['Input.Text', 'f.young-person'],
      ['Input.Text', 'f.purpose'],
      ['Input.Toggle', 'f.parent-agreement'],
      ['Input.ChoiceSet', 'f.parent-agreement.who'],
      ['Input.ChoiceSet', 'f.parent-agreement.how'],
    ]);
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Submit request',
        verb: SubmitRequestFormId,
        data: { flow: 'trustee-contact', submission: 'rt-aaaaaaaaaaaaaaaa' },
        style: 'positive',
        associatedInputs: 'auto',
      },
    ]);
  });

  it('puts each error under its own field in the attention colour, and keeps the values typed', () => {
    const withErrors = {
      ...form,
      errors: { 'young-person': 'Enter initials only.', requestId: 'Use 6 to 64 characters.' },
    };
    const card = composeCard([
      renderRequestForm(withErrors, {
        submission: 'rt-aaaaaaaaaaaaaaaa',
        values: { 'f.young-person': 'Jamie Smith', 'f.parent-agreement.who': 'Carer' },
      }),
    ]);
    const at = card.body.findIndex((element) => element.id === 'f.young-person');
    const next = card.body.slice(at + 1).find((element) => element.type === 'TextBlock');
    expect(next).toMatchObject({ text: 'Enter initials only.', color: 'attention' });
    expect(card.body[at]).toMatchObject({ value: 'Jamie Smith' });
    expect(card.body.find((element) => element.id === 'f.parent-agreement.who')).toMatchObject({ value: 'Carer' });
    expect(JSON.stringify(card.body)).toContain('Use 6 to 64 characters.');
  });

  it('gives every required input an errorMessage, so Teams says what is missing on the field', () => {
    const card = composeCard([renderRequestForm(form, { submission: 'rt-aaaaaaaaaaaaaaaa' })]);
    const required = card.body.filter((element) => element.type.startsWith('Input.') && element.isRequired === true);
    expect(required.length).toBeGreaterThanOrEqual(3);
    for (const input of required) expect(input.errorMessage, String(input.id)).toMatch(/^(Fill in|Choose|Confirm)/);
    expect(required.find((input) => input.id === 'f.young-person')?.errorMessage).toBe(
      "Fill in “Young person's initials”.",
    );
  });
});
