import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { AnswerReply } from '../../../src/core/conversation/replies.ts';
import { composeCard } from '../../../src/teams/render/adaptive-card.ts';
import { renderAnswer } from '../../../src/teams/render/answer.ts';

const markdownQuote = 'Staff *must not* share [their number](https://example.com) _ever_ # 1.';

function answerWithQuote(quote: string): AnswerReply {
  return {
    kind: 'answer',
    answerId: 'a1',
    question: 'q',
    verdict: 'not-allowed',
    headline: 'Not allowed',
    explanation: 'The policy does not permit this.',
    citations: [
      {
        quote,
        context: 'Staff should:',
        documentId: 'd',
        documentTitle: 'Policy',
        section: '3. PHONES',
        clause: '3.1',
        reference: 'Policy · 3. PHONES · clause 3.1',
        kind: 'clause',
        overdue: 'Past its review date (2024-01-01)',
      },
    ],
    notices: [],
    requestButtons: [
      { action: ActionId.startRequest, label: 'Request approval: Photos', value: { flow: 'photos' }, style: 'primary' },
    ],
    feedbackButtons: [
      {
        action: ActionId.feedbackHelpful,
        label: 'Helpful',
        value: { answer: 'a1', verdict: 'not-allowed', clauses: ['d#3.1'] },
      },
    ],
  };
}

describe('renderAnswer', () => {
  it('draws a quote as one plain TextRun, so Markdown in policy text is shown as written', () => {
    const card = composeCard([renderAnswer(answerWithQuote(markdownQuote))]);
    const json = JSON.stringify(card);
    expect(json).toContain(JSON.stringify({ type: 'TextRun', text: markdownQuote }));
    // Never as a TextBlock, which Teams would read as Markdown.
    expect(card.body.filter((element) => element.type === 'TextBlock').map((element) => element.text)).not.toContain(
      markdownQuote,
    );
    expect(json).toContain('Past its review date (2024-01-01)');
  });

  it('draws the rule a clause is cited for as a bold run, every word of the clause still there', () => {
    const reply = answerWithQuote('Phones stay off. Staff *must not* text young people. Tell the DSL.');
    const withRule: AnswerReply = {
      ...reply,
      citations: [{ ...reply.citations[0]!, rule: 'Staff *must not* text young people.' }],
    };
    const json = JSON.stringify(composeCard([renderAnswer(withRule)]));
    expect(json).toContain(
      JSON.stringify({ type: 'TextRun', text: 'Staff *must not* text young people.', weight: 'bolder' }),
    );
    expect(json).toContain(JSON.stringify({ type: 'TextRun', text: 'Phones stay off. ' }));
    expect(json).toContain(JSON.stringify({ type: 'TextRun', text: ' Tell the DSL.' }));
  });

  it('turns buttons into Action.Execute with the core action id as verb and the button value as data', () => {
    const card = composeCard([renderAnswer(answerWithQuote('q'))]);
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Request approval: Photos',
        verb: ActionId.startRequest,
        data: { flow: 'photos' },
        style: 'positive',
        associatedInputs: 'none',
      },
      {
        type: 'Action.Execute',
        title: 'Helpful',
        verb: ActionId.feedbackHelpful,
        data: { answer: 'a1', verdict: 'not-allowed', clauses: ['d#3.1'] },
        associatedInputs: 'none',
      },
    ]);
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
  });
});
