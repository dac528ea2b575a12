import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Flow, flowSchema } from '../../../src/core/approvals/flow-schema.ts';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { RequestFormReply } from '../../../src/core/conversation/replies.ts';
import { choiceValue } from '../../../src/slack/render/form.ts';
import { quotesOf } from '../support/blocks-query.ts';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { formState, SlackHarness, slackIds } from '../support/slack-harness.ts';

const clause35 = { document: 'allsorts-mobile-phone-policy', clause: '3.5' };
const longText = (n: number, i: number) =>
  `Choice ${i}: ${'a very long wording of one of the choices '.repeat(Math.ceil(n / 40))}`.slice(0, n);
const route = { kind: 'single', roles: ['activity-leader'] };

/** A flow with 45 conditions, a choice of 120 options of 200 characters, and who/how choices of 160. */
const bigFlow: Flow = flowSchema.parse({
  id: 'big-trip',
  title: 'A residential trip with many conditions',
  description: 'Written to cross every Block Kit limit a large policy can reach.',
  clauses: [clause35],
  fields: [
    {
      id: 'venue',
      label: 'Venue',
      type: 'choice',
      options: Array.from({ length: 120 }, (_, i) => ({ value: `venue-${i}`, label: longText(200, i) })),
    },
    {
      id: 'consent',
      label: 'Consent',
      type: 'attestation',
      statement: 'Parents agree.',
      who: [longText(160, 1), longText(160, 2)],
      how: ['In writing', 'By phone'],
    },
  ],
  route,
  conditions: Array.from({ length: 45 }, (_, i) => ({
    text: `Condition ${i + 1}: staff must follow rule ${i + 1} of the trip plan at all times.`,
  })),
});

/** A form with 120 inputs: more than a modal can ever hold. */
const hugeForm: Flow = flowSchema.parse({
  id: 'huge-form',
  title: 'A form with 120 questions',
  description: 'Too long for Slack.',
  clauses: [clause35],
  fields: Array.from({ length: 120 }, (_, i) => ({ id: `q${i}`, label: `Question ${i}`, type: 'text' })),
  route,
});

/** 58 more small flows, all linked to clause 3.5, so answers offer 60+ requests and /request lists 65. */
const manyFlows: Flow[] = Array.from({ length: 58 }, (_, i) =>
  flowSchema.parse({
    id: `extra-${i}`,
    title: `Extra request ${i}`,
    description: `Extra ${i}.`,
    clauses: [clause35],
    fields: [{ id: 'why', label: 'Why', type: 'text' }],
    route,
  }),
);

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start({ extraFlows: [bigFlow, hugeForm, ...manyFlows] });
});

afterAll(async () => {
  await harness.stop();
});

const refused = () => harness.double.calls.filter((call) => call.problems);
const responseTo = (id: string) => (calls: readonly RecordedCall[]) =>
  calls.find((c) => c.method === 'response_url' && c.responseId === id);

describe('Slack within Block Kit limits, by design', () => {
  it('opens a form whose choices are longer than an option allows and number more than a select holds, and reads the answer back', async () => {
    const command = await harness.command('/request', slackIds.sam, 'big-trip');
    const open = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${command.responseId}`),
    );
    expect(open.problems).toBeUndefined();
    const view = open.body.view as {
      blocks: Array<{
        type: string;
        block_id?: string;
        text?: { text: string };
        element?: { option_groups?: Array<{ options: unknown[] }> };
        hint?: { text: string };
      }>;
    };
    const venue = view.blocks.find((b) => b.block_id === 'venue')!;
    expect(venue.element!.option_groups!.map((g) => g.options.length)).toEqual([100, 20]);
    // Every choice's full wording is in the form, numbered as in the select.
    const written = view.blocks
      .filter((b) => b.type === 'section')
      .map((b) => b.text!.text)
      .join('\n');
    expect(written).toContain(`120. ${longText(200, 119)}`);
    expect(view.blocks.find((b) => b.block_id === 'consent::who')!.hint!.text).toContain(`2. ${longText(160, 2)}`);

    const form = harness.app.conversation.requestForm('allsorts', 'big-trip') as RequestFormReply;
    const state = formState(form, {
      venue: 'venue-110',
      consent: { agreed: true, who: longText(160, 2), how: 'By phone' },
    });
    expect(state.venue!.value).toEqual({ type: 'static_select', selected_option: { value: choiceValue(110) } });
    const submitted = await harness.submitView(slackIds.sam, {
      id: 'VBIGTRIP1',
      callback_id: SubmitRequestFormId,
      private_metadata: JSON.stringify({ flow: 'big-trip' }),
      state,
    });
    expect(JSON.parse(submitted.text)).toMatchObject({
      response_action: 'update',
      view: { title: { text: 'Request sent' } },
    });
    const request = (await harness.app.approvals.getRequest('slack-vbigtrip1'))!;
    expect(request.answers).toEqual([
      { fieldId: 'venue', label: 'Venue', value: longText(200, 110) },
      { fieldId: 'consent', label: 'Consent', value: `Yes (${longText(160, 2)}, By phone)` },
    ]);
  });

  it('delivers a request with 45 conditions to the approver within 50 blocks, every condition quoted', async () => {
    const toAlex = await harness.double.waitFor((calls) =>
      calls.find(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.body.channel === 'D_U_ALEX' &&
          String(c.body.text).includes('many conditions'),
      ),
    );
    expect(toAlex.problems).toBeUndefined();
    expect((toAlex.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    expect(quotesOf(toAlex.body.blocks)).toHaveLength(45);
  });

  it('says plainly that a form too long for a modal cannot be filled in here, instead of cutting it', async () => {
    const command = await harness.command('/request', slackIds.sam, 'huge-form');
    const open = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === `trigger-${command.responseId}`),
    );
    expect(open.problems).toBeUndefined();
    const view = open.body.view as {
      callback_id?: string;
      submit?: unknown;
      blocks: Array<{ text?: { text: string } }>;
    };
    expect(view.callback_id).toBeUndefined();
    expect(view.submit).toBeUndefined();
    expect(view.blocks.map((b) => b.text?.text ?? '').join('\n')).toContain(
      'This form has 120 inputs, more than a Slack form can hold',
    );
  });

  it('lists 65 flows for /request as one select, and choosing one opens its form', async () => {
    const command = await harness.command('/request', slackIds.sam, '');
    const menu = await harness.double.waitFor(responseTo(command.responseId));
    expect(menu.problems).toBeUndefined();
    const select = (
      menu.body.blocks as Array<{
        elements?: Array<{ type: string; action_id: string; options?: Array<{ value: string }> }>;
      }>
    )
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.type === 'static_select')!;
    expect(select.action_id).toBe(ActionId.startRequest);
    expect(select.options).toHaveLength(65);

    const choice = select.options!.find((o) => JSON.parse(o.value).flow === 'extra-7')!;
    const pick = await harness.send(
      (await import('../support/sign.ts')).interactionBody({
        type: 'block_actions',
        user: { id: slackIds.sam, team_id: 'T_ALLSORTS' },
        team: { id: 'T_ALLSORTS' },
        trigger_id: 'trigger-pick',
        container: { type: 'message', is_ephemeral: true },
        response_url: harness.double.responseUrl('pick'),
        actions: [
          {
            type: 'static_select',
            action_id: ActionId.startRequest,
            block_id: 'pd_flow_picker',
            selected_option: { text: { type: 'plain_text', text: 'Extra request 7' }, value: choice.value },
            action_ts: '1',
          },
        ],
      }),
    );
    expect(pick.status).toBe(200);
    const opened = await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'views.open' && c.body.trigger_id === 'trigger-pick'),
    );
    expect(JSON.parse((opened.body.view as { private_metadata: string }).private_metadata)).toEqual({
      flow: 'extra-7',
    });
  });

  it('offers every linked flow under an answer (one select when there are many), nothing cut', async () => {
    const command = await harness.command('/policy', slackIds.sam, 'Can I text this young person?');
    const answer = await harness.double.waitFor(responseTo(command.responseId));
    expect(answer.problems).toBeUndefined();
    const select = (answer.body.blocks as Array<{ elements?: Array<{ type: string; options?: unknown[] }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.type === 'static_select');
    expect(select?.options?.length).toBeGreaterThan(58);
  });

  it('sent nothing Slack would refuse', () => {
    expect(refused()).toEqual([]);
  });
});
