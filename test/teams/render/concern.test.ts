import { describe, expect, it } from 'vitest';
import type { ConcernReply } from '../../../src/core/conversation/replies.ts';
import { renderConcern } from '../../../src/teams/render/concern.ts';

const concern: ConcernReply = {
  kind: 'concern',
  headline: 'Report this concern now',
  danger: false,
  emergency: 'Call 999 now.',
  about: 'This reads like neglect.',
  summary: 'Tell the DSL.',
  doNow: ['Write down what was said.'],
  dont: ['Do not investigate.'],
  contacts: [{ title: 'DSL', phone: '0123' }],
  answerHeading: 'What your policies say',
};

const texts = (reply: ConcernReply): string[] => renderConcern(reply).body.map((element) => JSON.stringify(element));

describe('renderConcern', () => {
  it('gives the route, what to do and not to do, and who to tell, with no buttons', () => {
    const body = texts(concern);
    expect(body[0]).toContain('Report this concern now');
    expect(body.join()).toContain('Do not investigate.');
    expect(body.join()).toContain('Write down what was said.');
    expect(body.at(-1)).toContain('Call 999 now.');
    expect(renderConcern(concern).actions).toBeUndefined();
  });

  it('puts the emergency line first when it is happening now', () => {
    expect(texts({ ...concern, danger: true })[0]).toContain('Call 999 now.');
  });
});
