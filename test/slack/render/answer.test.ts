import { describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import type { AnswerReply, NoAnswerReply } from '../../../src/core/conversation/replies.ts';
import { renderAnswer } from '../../../src/slack/render/answer.ts';
import { actionIdsOf, buttonsOf, mrkdwnOf, quotesOf } from '../support/blocks-query.ts';

const feedback = { answer: 'a1', verdict: 'not-allowed', clauses: ['doc#1.1'] };

const answer: AnswerReply = {
  kind: 'answer',
  answerId: 'a1',
  question: 'Can I post *photos* of <!channel>?',
  verdict: 'not-allowed',
  headline: 'Not allowed',
  explanation: 'The policy says no.',
  citations: [
    {
      quote: 'Staff must *never* post photos <!channel> & share them.',
      context: 'Staff and volunteers:',
      documentId: 'doc',
      documentTitle: 'Photo <Policy>',
      section: '2. PHOTOS',
      clause: '2.1',
      reference: 'Photo <Policy> · 2. PHOTOS · clause 2.1',
      kind: 'clause',
      overdue: 'Past its review date (2024-01-01)',
    },
  ],
  notices: ['Two documents disagree.'],
  requestButtons: [
    { action: ActionId.startRequest, label: 'Request approval: Photos', value: { flow: 'photos' }, style: 'primary' },
    { action: ActionId.startRequest, label: 'Request approval: Other', value: { flow: 'other' }, style: 'primary' },
  ],
  feedbackButtons: [
    { action: ActionId.feedbackHelpful, label: 'Helpful', value: feedback },
    { action: ActionId.feedbackUnhelpful, label: 'Not helpful', value: feedback },
  ],
};

describe('renderAnswer', () => {
  it('draws the rule a clause is cited for in bold, every word of the clause still quoted', () => {
    const withRule: AnswerReply = {
      ...answer,
      citations: [
        {
          ...answer.citations[0]!,
          quote: 'Phones off. Staff must not post photos.',
          rule: 'Staff must not post photos.',
        },
      ],
    };
    const { blocks } = renderAnswer(withRule);
    expect(quotesOf(blocks)).toEqual(['Phones off. Staff must not post photos.']);
    expect(JSON.stringify(blocks)).toContain(
      JSON.stringify({ type: 'text', text: 'Staff must not post photos.', style: { bold: true } }),
    );
  });

  it('quotes each clause verbatim in rich text, with document, section and clause escaped beneath', () => {
    const { blocks } = renderAnswer(answer);
    expect(quotesOf(blocks)).toEqual(['Staff must *never* post photos <!channel> & share them.']);
    expect(mrkdwnOf(blocks)).toContain(':page_facing_up: Photo &lt;Policy&gt; · 2. PHOTOS · clause 2.1');
    expect(mrkdwnOf(blocks)).toContain(':warning: Past its review date (2024-01-01)');
    expect(JSON.stringify(blocks)).toContain('Staff and volunteers:');
  });

  it('puts the verdict first in plain words', () => {
    expect(mrkdwnOf(renderAnswer(answer).blocks)[0]).toBe(':no_entry: *Not allowed*\nThe policy says no.');
  });

  it('gives each Request approval button its own actions block, since action ids repeat', () => {
    const { blocks } = renderAnswer(answer);
    const requestBlocks = blocks.filter((b) => b.type === 'actions' && b.block_id?.startsWith('pd_request_start:'));
    expect(requestBlocks.map((b) => b.block_id)).toEqual(['pd_request_start:photos', 'pd_request_start:other']);
    expect(
      buttonsOf(blocks)
        .filter((b) => b.action === ActionId.startRequest)
        .map((b) => b.value),
    ).toEqual([{ flow: 'photos' }, { flow: 'other' }]);
  });

  it('adds Share to channel only when asked, carrying the short reference and never the question', () => {
    expect(actionIdsOf(renderAnswer(answer).blocks)).not.toContain(ActionId.shareAnswer);
    const long = { ...answer, question: 'q'.repeat(2000) };
    const reference = { share: 'AAAAAAAAAAAAAAAA', key: 'k'.repeat(43) };
    const share = buttonsOf(renderAnswer(long, { share: reference }).blocks).find(
      (b) => b.action === ActionId.shareAnswer,
    )!;
    expect(share.value).toEqual(reference);
    expect(
      JSON.stringify(renderAnswer(long, { share: reference }).blocks.filter((b) => b.type === 'actions')),
    ).not.toContain('qqq');
  });

  it('names who shared an answer, with their question as literal text', () => {
    const first = mrkdwnOf(renderAnswer(answer, { sharedBy: 'U_SAM' }).blocks)[0]!;
    expect(first).toContain('<@U_SAM> shared an answer to:');
    expect(first).not.toContain('<!channel>');
    expect(first.replace(/\u200B/g, '')).toContain('&lt;!channel&gt;');
  });

  it('escapes the fallback text', () => {
    expect(renderAnswer(answer).text).toContain('Photo &lt;Policy&gt;');
  });

  it('lists who to ask for a question the policies do not cover', () => {
    const none: NoAnswerReply = {
      kind: 'no-answer',
      answerId: 'a2',
      question: 'party?',
      headline: 'The policies do not cover this',
      explanation: 'Ask someone.',
      contacts: [{ title: 'Safeguarding Lead', name: 'Lee', email: 'lee@example.org', notes: 'Any concern' }],
      safetyNote: 'Passing on a worry about someone’s safety? Tell the <DSL> today.',
      feedbackButtons: answer.feedbackButtons,
    };
    const texts = mrkdwnOf(renderAnswer(none).blocks).join('\n');
    expect(texts).toContain('*Who to ask*');
    expect(texts).toContain('Passing on a worry about someone’s safety? Tell the &lt;DSL&gt; today.');
    expect(texts).toContain('• *Safeguarding Lead*: Lee · lee@example.org');
    expect(actionIdsOf(renderAnswer(none).blocks)).toEqual([ActionId.feedbackHelpful, ActionId.feedbackUnhelpful]);
  });
});
