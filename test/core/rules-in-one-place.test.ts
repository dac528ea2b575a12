import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialsInputLength, maxCommentLength, voteLabels } from '../../src/core/approvals/rules.ts';
import { ActionId, requestActionValue } from '../../src/core/conversation/actions.ts';
import { feedbackData, requestActionData, startRequestData } from '../../src/teams/card-data.ts';
import { allsortsAnswers, conversationFixture } from '../support/conversation-fixture.ts';

const src = path.join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|js)$/.test(name) ? [full] : [];
  });
const sources = files(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, 'utf8') }));
/** The code of a file without its comments (what it does, not what it says about itself). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const writing = (pattern: RegExp, except: string[] = ['core/approvals/rules.ts']): string[] =>
  sources
    .filter((source) => !except.includes(source.file) && pattern.test(code(source.text)))
    .map((source) => source.file);

describe('each shared rule lives in one place (src/core/approvals/rules.ts)', () => {
  it('the comment length: no surface writes its own number', () => {
    expect(maxCommentLength).toBe(1000);
    expect(writing(/comment[^\n]*\b(1000|5000)\b|\b(1000|5000)\b[^\n]*comment/i)).toEqual([]);
    expect(writing(/max(?:_length|Length|length)[:=]\s*"?1000\b/)).toEqual([]);
  });

  it('the initials length and its input size', () => {
    expect(initialsInputLength).toBe(12);
    expect(writing(/max(?:_length|Length|length)[:=]\s*"?12\b/)).toEqual([]);
  });

  it('the request-id pattern and the vote labels', () => {
    expect(writing(/\[a-z0-9\]\[a-z0-9-\]\{5,63\}/)).toEqual([]);
    expect(writing(/label: '(For|Against|Abstain)'/)).toEqual([]);
    expect(writing(/`For \$\{/)).toEqual([]);
    expect(voteLabels).toEqual({ for: 'For', against: 'Against', abstain: 'Abstain' });
  });

  it('which notification kinds are actionable', () => {
    expect(writing(/'approval-needed', 'vote-needed', 'reminder', 'escalated'/)).toEqual([]);
  });

  it('the button values: Teams parses card data with the core’s schemas (the comment’s length is left to the core)', () => {
    expect(requestActionData.safeParse({ request: 'Not An Id!' }).success).toBe(
      requestActionValue.safeParse({ request: 'Not An Id!' }).success,
    );
    expect(
      requestActionData.safeParse({ request: 'r-k3m9q2xfa7bc', comment: 'x'.repeat(maxCommentLength + 1), other: 1 })
        .success,
    ).toBe(true);
    expect(startRequestData.safeParse({ flow: '' }).success).toBe(false);
    expect(
      feedbackData.safeParse({ answer: 'a', verdict: 'allowed', clauses: ['1', '2', '3', '4', '5', '6'] }).success,
    ).toBe(false);
  });

  it('messages in the core name no surface (no slash commands, CLI commands or platform names)', () => {
    const literals = sources
      .filter((source) => source.file.startsWith('core/approvals/') || source.file.startsWith('core/conversation/'))
      .flatMap((source) =>
        [...code(source.text).matchAll(/(['`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((match) => ({
          file: source.file,
          text: match[2]!,
        })),
      );
    const naming = literals.filter((literal) =>
      /(^|\s)\/(request|policy)\b|npm run|\bSlack\b|\bTeams\b|Home tab/.test(literal.text),
    );
    expect(naming).toEqual([]);
  });
});

describe('the comment length, enforced by the core for every platform', () => {
  it('a comment one character too long is refused with the rule’s number; one at the limit is recorded', async () => {
    const { conversation } = await conversationFixture();
    const sam = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'sam' } };
    const alex = { org: 'allsorts', person: { platform: 'playground' as const, userId: 'alex' } };
    const submitted = await conversation.submitRequest(sam, 'photos', allsortsAnswers.photos);
    if (!submitted.ok) throw new Error('submit failed');
    const tooLong = await conversation.handleAction(
      alex,
      ActionId.approve,
      { request: submitted.request.id },
      { comment: 'x'.repeat(maxCommentLength + 1) },
    );
    expect(tooLong[0]).toMatchObject({
      kind: 'notice',
      tone: 'error',
      text: `Keep the comment to ${maxCommentLength} characters or fewer.`,
    });
    const atLimit = await conversation.handleAction(
      alex,
      ActionId.approve,
      { request: submitted.request.id },
      { comment: 'x'.repeat(maxCommentLength) },
    );
    expect(atLimit[0]).toMatchObject({ kind: 'notice', tone: 'success' });
  });
});
