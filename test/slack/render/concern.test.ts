import { describe, expect, it } from 'vitest';
import type { AnswerReply, ConcernReply } from '../../../src/core/conversation/replies.ts';
import { renderConcern } from '../../../src/slack/render/concern.ts';
import { actionIdsOf, mrkdwnOf, quotesOf } from '../support/blocks-query.ts';

const concern: ConcernReply = {
  kind: 'concern',
  headline: 'Report this concern now',
  danger: false,
  emergency: 'If someone is in immediate danger, call 999 now.',
  about: 'This reads like physical abuse.',
  summary: 'Tell the DSL.',
  doNow: ['Write down what was said.'],
  dont: ['Do not promise to keep it secret.'],
  contacts: [{ title: 'DSL', phone: '01234' }],
  answerHeading: 'What your policies say',
};

describe('renderConcern', () => {
  it('shows the route, what to do and not do, who to tell, then the emergency line; no buttons', () => {
    const { blocks } = renderConcern(concern);
    expect(mrkdwnOf(blocks)).toEqual([
      ':rotating_light: *Report this concern now*\nThis reads like physical abuse.',
      'Tell the DSL.',
      '*Do now*\n• Write down what was said.',
      '*Do not*\n• Do not promise to keep it secret.',
      '*Who to tell*\n• *DSL*: 01234',
      ':rotating_light: *If someone is in immediate danger, call 999 now.*',
    ]);
    expect(actionIdsOf(blocks)).toEqual([]);
  });

  it('puts the emergency line first when it is happening now', () => {
    const { blocks, text } = renderConcern({ ...concern, danger: true });
    expect(mrkdwnOf(blocks)[0]).toBe(':rotating_light: *If someone is in immediate danger, call 999 now.*');
    expect(text!.startsWith('If someone is in immediate danger, call 999 now.')).toBe(true);
  });

  it('draws the policy answer under the route when the message was also a question', () => {
    const answer: AnswerReply = {
      kind: 'answer',
      answerId: 'a1',
      question: 'q',
      verdict: 'see-policy',
      headline: 'See the policy',
      explanation: 'Read the quoted clauses.',
      citations: [
        {
          quote: 'Report concerns to the DSL.',
          documentId: 'd',
          documentTitle: 'Policy',
          section: 'S',
          clause: '1',
          reference: 'Policy · S · clause 1',
          kind: 'clause',
        },
      ],
      notices: [],
      requestButtons: [],
      feedbackButtons: [],
    };
    const { blocks } = renderConcern({ ...concern, answer });
    const texts = mrkdwnOf(blocks);
    expect(texts.indexOf('*What your policies say*')).toBeGreaterThan(texts.indexOf('*Who to tell*\n• *DSL*: 01234'));
    expect(quotesOf(blocks).join('\n')).toContain('Report concerns to the DSL.');
  });
});
