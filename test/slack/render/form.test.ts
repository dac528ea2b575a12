import { describe, expect, it } from 'vitest';
import { SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { readFormAnswers } from '../../../src/slack/form-state.ts';
import { attestationBlockId, inlineErrors, renderRequestForm } from '../../../src/slack/render/form.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';
import { formState } from '../support/slack-harness.ts';

async function form(flow: string): Promise<RequestFormReply> {
  const { conversation } = await conversationFixture();
  return conversation.requestForm('allsorts', flow) as RequestFormReply;
}

type Input = {
  type: 'input';
  block_id: string;
  optional: boolean;
  element: Record<string, unknown>;
  label: { text: string };
  hint?: { text: string };
};
const inputs = (view: ReturnType<typeof renderRequestForm>) =>
  view.blocks.filter((b): b is never => b.type === 'input') as unknown as Input[];

describe('renderRequestForm', () => {
  it('is a modal with the submit callback id, the flow in private_metadata and titles within Slack’s limits', async () => {
    const view = renderRequestForm(await form('photos'));
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: SubmitRequestFormId,
      private_metadata: '{"flow":"photos"}',
      submit: { text: 'Submit request' },
    });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it('draws one input per field, keyed by field id, with the right element for each type', async () => {
    const view = renderRequestForm(await form('trustee-contact'));
    expect(inputs(view).map((i) => [i.block_id, i.element.type])).toEqual([
      ['young-person', 'plain_text_input'],
      ['purpose', 'plain_text_input'],
      ['parent-agreement', 'checkboxes'],
      [attestationBlockId('parent-agreement', 'who'), 'static_select'],
      [attestationBlockId('parent-agreement', 'how'), 'static_select'],
    ]);
    expect(inputs(view)[0]!.hint!.text).toBe('Initials only (e.g. J.S.), never a name.');
    expect(inputs(view)[1]!.element).toMatchObject({ multiline: true });
    // The statement is quoted in full above the checkbox (an option's text is capped at 75 characters).
    expect(JSON.stringify(view.blocks)).toContain('The parent or carer has been informed and agrees');
  });

  it('writes errors in the hints of their fields and keeps the answers when errors cannot go inline', async () => {
    const base = await form('photos');
    const withErrors = { ...base, errors: { date: 'Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.' } };
    const view = renderRequestForm(withErrors, {
      values: { ...allsortsAnswers.photos, date: '2026-02-30' },
      showErrors: true,
    });
    expect(inputs(view).find((i) => i.block_id === 'date')!.hint!.text).toBe(
      '⚠️ Enter a real date as YYYY-MM-DD, e.g. 2025-03-14.',
    );
    // An impossible date is not put back into the datepicker (Slack would refuse the whole view).
    expect(inputs(view).find((i) => i.block_id === 'date')!.element.initial_date).toBeUndefined();
    expect(inputs(view).find((i) => i.block_id === 'activity')!.element.initial_value).toBe('Summer trip');
    expect(inputs(view).find((i) => i.block_id === 'parental-consent')!.element.initial_options).toHaveLength(1);
  });
});

describe('inlineErrors', () => {
  it('maps field errors to their input block ids, or gives up when one belongs to no field', async () => {
    const base = await form('photos');
    expect(inlineErrors({ ...base, errors: { date: 'bad' } })).toEqual({ date: 'bad' });
    expect(inlineErrors({ ...base, errors: { requestId: 'bad' } })).toBeUndefined();
    expect(inlineErrors(base)).toBeUndefined();
  });
});

describe('readFormAnswers', () => {
  it('reads a submitted modal back into the answers the core validates', async () => {
    const trustee = await form('trustee-contact');
    expect(readFormAnswers(trustee, formState(trustee, allsortsAnswers['trustee-contact']))).toEqual(
      allsortsAnswers['trustee-contact'],
    );
    const photos = await form('photos');
    expect(readFormAnswers(photos, formState(photos, allsortsAnswers.photos))).toEqual(allsortsAnswers.photos);
  });

  it('reads empty and unticked inputs as missing or false, for the core to judge', async () => {
    const photos = await form('photos');
    expect(readFormAnswers(photos, {})).toEqual({
      activity: undefined,
      date: undefined,
      subject: undefined,
      'parental-consent': false,
      'allsorts-phone': false,
    });
  });
});

describe("renderRequestForm within a modal's 100 blocks", () => {
  it('moves quoted statements into hints when a form would pass 100 blocks, and stays submittable', async () => {
    const base = await form('photos');
    const attestation = base.fields.find((f) => f.type === 'attestation')!;
    const fields = Array.from({ length: 60 }, (_, i) => ({ ...attestation, id: `a${i}`, statement: `Statement ${i}` }));
    const view = renderRequestForm({ ...base, fields });
    expect(view.blocks.length).toBe(63);
    expect(view.callback_id).toBe(SubmitRequestFormId);
    expect(inputs(view)[59]!.hint!.text).toContain('“Statement 59”');
  });
});
