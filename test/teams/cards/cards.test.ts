import { beforeAll, describe, expect, it } from 'vitest';
import { ActionId, SubmitRequestFormId } from '../../../src/core/conversation/actions.ts';
import type { AnswerReply, RequestFormReply, RequestReply } from '../../../src/core/conversation/replies.ts';
import { composeCard, maxRefreshUsers, RefreshVerb } from '../../../src/teams/cards/adaptive-card.ts';
import { answerPart } from '../../../src/teams/cards/answer.card.ts';
import { concernPart } from '../../../src/teams/cards/concern.card.ts';
import { formPart } from '../../../src/teams/cards/form.card.ts';
import { repliesCard } from '../../../src/teams/cards/reply.card.ts';
import { commentInputId, requestPart } from '../../../src/teams/cards/request.card.ts';
import { allsortsAnswers, conversationFixture } from '../../support/conversation-fixture.ts';

const sam = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'sam' } };
const alex = { platform: 'playground' as const, userId: 'alex' };

const markdownQuote = 'Staff *must not* share [their number](https://example.com) _ever_ # 1.';

function answerWithQuote(quote: string): AnswerReply {
  return {
    kind: 'answer',
    answerId: 'a1',
    question: 'q',
    verdict: 'not-allowed',
    headline: 'Not allowed',
    explanation: 'The policy does not permit this.',
    citations: [{ quote, context: 'Staff should:', documentId: 'd', documentTitle: 'Policy', section: '3. PHONES', clause: '3.1', reference: 'Policy · 3. PHONES · clause 3.1', kind: 'clause', overdue: 'Past its review date (2024-01-01)' }],
    notices: [],
    requestButtons: [{ action: ActionId.startRequest, label: 'Request approval: Photos', value: { flow: 'photos' }, style: 'primary' }],
    feedbackButtons: [{ action: ActionId.feedbackHelpful, label: 'Helpful', value: { answer: 'a1', verdict: 'not-allowed', clauses: ['d#3.1'] } }],
  };
}

describe('answerPart', () => {
  it('draws a quote as one plain TextRun, so Markdown in policy text is shown as written', () => {
    const card = composeCard([answerPart(answerWithQuote(markdownQuote))]);
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify({ type: 'TextRun', text: markdownQuote }));
    // Never as a TextBlock, which Teams would read as Markdown.
    expect(card.body.filter((element) => element.type === 'TextBlock').map((element) => element.text)).not.toContain(markdownQuote);
    expect(json).toContain('Past its review date (2024-01-01)');
  });

  it('turns buttons into Action.Execute with the core action id as verb and the button value as data', () => {
    const card = composeCard([answerPart(answerWithQuote('q'))]);
    expect(card.actions).toEqual([
      { type: 'Action.Execute', title: 'Request approval: Photos', verb: ActionId.startRequest, data: { flow: 'photos' }, style: 'positive', associatedInputs: 'none' },
      { type: 'Action.Execute', title: 'Helpful', verb: ActionId.feedbackHelpful, data: { answer: 'a1', verdict: 'not-allowed', clauses: ['d#3.1'] }, associatedInputs: 'none' },
    ]);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' });
  });
});

describe('concernPart', () => {
  it('puts the emergency line first after the headline and offers no buttons', () => {
    const part = concernPart({ kind: 'concern', headline: 'Report this concern now', emergency: 'Call 999 now.', summary: 'Tell the DSL.', contacts: [{ title: 'DSL', phone: '0123' }] });
    expect(JSON.stringify(part.body[1])).toContain('Call 999 now.');
    expect(part.actions).toBeUndefined();
  });
});

describe('requestPart', () => {
  let approverView: RequestReply;
  let sharedView: RequestReply;

  beforeAll(async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    approverView = (await conversation.requestView(submitted.request.id, alex)) as RequestReply;
    sharedView = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
  });

  it('gives an approver Approve and Decline with an optional comment box', () => {
    const part = requestPart(approverView, { refreshUserIds: ['29:alex'] });
    expect(part.actions?.map((action) => action.verb)).toEqual([ActionId.approve, ActionId.decline]);
    expect(part.body).toContainEqual(expect.objectContaining({ type: 'Input.Text', id: commentInputId, isMultiline: true }));
    expect(part.refresh).toEqual({ action: { type: 'Action.Execute', verb: RefreshVerb, data: { request: approverView.request.id } }, userIds: ['29:alex'] });
  });

  it('draws a shared copy with the status only: no buttons, no comment box, refresh for the named people', () => {
    const part = requestPart(sharedView, { shared: true, refreshUserIds: ['29:a', '29:b', '29:a'] });
    expect(part.actions).toBeUndefined();
    expect(JSON.stringify(part.body)).not.toContain('Input.Text');
    expect(JSON.stringify(part.body)).toContain('Pending: waiting for the Activity Leader or Co-ordinator.');
    expect(part.refresh?.userIds).toEqual(['29:a', '29:b']);
  });

  it('caps the refresh list at the 60 users Teams allows, and leaves it out when nobody is known', () => {
    const many = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
    expect(requestPart(sharedView, { shared: true, refreshUserIds: many }).refresh?.userIds).toHaveLength(maxRefreshUsers);
    expect(requestPart(sharedView, { shared: true }).refresh).not.toHaveProperty('userIds');
  });

  it('shows the young person by initials only, as the request holds them', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'keep-contact-details', { 'young-person': 'j. s.', reason: 'Placement' });
    if (!submitted.ok) throw new Error('submit failed');
    const view = (await conversation.requestView(submitted.request.id, 'channel')) as RequestReply;
    expect(JSON.stringify(requestPart(view, { shared: true }).body)).toContain(JSON.stringify({ type: 'TextRun', text: 'JS' }));
  });
});

describe('formPart', () => {
  let form: RequestFormReply;

  beforeAll(async () => {
    const { conversation } = await conversationFixture();
    form = conversation.requestForm('allsorts', 'trustee-contact') as RequestFormReply;
  });

  it('draws each field as its Adaptive Card input, and an attestation with who and how', () => {
    const card = composeCard([formPart(form, { submission: 'rt-aaaaaaaaaaaaaaaa' })]);
    const inputs = card.body.filter((element) => element.type.startsWith('Input.'));
    expect(inputs.map((input) => [input.type, input.id])).toEqual([
      ['Input.Text', 'f.young-person'],
      ['Input.Text', 'f.purpose'],
      ['Input.Toggle', 'f.parent-agreement'],
      ['Input.ChoiceSet', 'f.parent-agreement.who'],
      ['Input.ChoiceSet', 'f.parent-agreement.how'],
    ]);
    expect(card.actions).toEqual([{ type: 'Action.Execute', title: 'Submit request', verb: SubmitRequestFormId, data: { flow: 'trustee-contact', submission: 'rt-aaaaaaaaaaaaaaaa' }, style: 'positive', associatedInputs: 'auto' }]);
  });

  it('puts each error under its own field in the attention colour, and keeps the values typed', () => {
    const withErrors = { ...form, errors: { 'young-person': 'Enter initials only.', requestId: 'Use 6 to 64 characters.' } };
    const card = composeCard([formPart(withErrors, { submission: 'rt-aaaaaaaaaaaaaaaa', values: { 'f.young-person': 'Jamie Smith', 'f.parent-agreement.who': 'Carer' } })]);
    const at = card.body.findIndex((element) => element.id === 'f.young-person');
    const next = card.body.slice(at + 1).find((element) => element.type === 'TextBlock');
    expect(next).toMatchObject({ text: 'Enter initials only.', color: 'attention' });
    expect(card.body[at]).toMatchObject({ value: 'Jamie Smith' });
    expect(card.body.find((element) => element.id === 'f.parent-agreement.who')).toMatchObject({ value: 'Carer' });
    expect(JSON.stringify(card.body)).toContain('Use 6 to 64 characters.');
  });
});

describe('repliesCard', () => {
  it('puts a notice above a request, with the request’s buttons at the bottom of the card', async () => {
    const { conversation } = await conversationFixture();
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const card = repliesCard(submitted.replies, { request: { refreshUserIds: ['29:sam'] } });
    expect(JSON.stringify(card.body[0])).toContain('Request sent');
    expect(card.actions?.map((action) => action.verb)).toEqual([ActionId.withdraw]);
    expect(card.refresh?.userIds).toEqual(['29:sam']);
  });

  it('refuses to draw a form without its submission id', async () => {
    const { conversation } = await conversationFixture();
    expect(() => repliesCard([conversation.requestForm('allsorts', 'photos')])).toThrow(/submission id/);
  });
});
