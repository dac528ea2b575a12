import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anyMatcher, patternUnion, rewriter } from '../../../src/core/policy/pattern-union.ts';

const texts = [
  '',
  'one of the lads said his mum’s boyfriend hits him',
  'can i text a player?',
  "she can't come, it's her nan's",
  'AAA bbb ccc',
  ...readFileSync('test/fixtures/dev-questions.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { q: string }).q),
];

describe('patternUnion and anyMatcher', () => {
  it('answer exactly as testing the patterns one by one', () => {
    const patterns = [/\bhits?\b/, /^can i\b/, /\b(?:text|phone)\b.{0,10}player/, /’s\b/, /\bbbb\b/];
    const any = anyMatcher(patterns);
    for (const text of texts) expect(any(text), text).toBe(patterns.some((pattern) => pattern.test(text)));
    expect(patternUnion(patterns)).toBeInstanceOf(RegExp);
  });

  it('make no union of patterns whose meaning would change inside one', () => {
    expect(patternUnion([/(a)\1/, /b/])).toBeUndefined();
    expect(patternUnion([/(?<x>a)/, /b/])).toBeUndefined();
    expect(patternUnion([/a/i, /b/])).toBeUndefined();
    // Different flags: tested one by one, with the same answers.
    const mixed = [/AAA/i, /ccc$/];
    const any = anyMatcher(mixed);
    for (const text of texts) expect(any(text), text).toBe(mixed.some((pattern) => pattern.test(text)));
  });
});

describe('rewriter', () => {
  it('rewrites in order, as a loop of replace calls would, a rewrite feeding the next', () => {
    const rewrites: Array<readonly [RegExp, string]> = [
      [/\bcan't\b/g, 'cannot'],
      [/\bcannot come\b/g, 'is away'],
      [/\bnan's\b/g, 'grandmother’s'],
      [/\b(\w+)'s\b/g, '$1 is'],
    ];
    const rewrite = rewriter(rewrites);
    for (const text of texts) {
      const expected = rewrites.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
      expect(rewrite(text), text).toBe(expected);
    }
    expect(rewrite("she can't come, it's her nan's")).toBe('she is away, it is her grandmother’s');
  });
});
