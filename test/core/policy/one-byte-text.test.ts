import { describe, expect, it } from 'vitest';
import { oneByteText, oneByteTextAfter } from '../../../src/core/policy/one-byte-text.ts';

describe('oneByteText', () => {
  it('keeps every character of Latin-1 text, however the text was made', () => {
    // Cut from text holding a curly quote: the engine holds these words two bytes a character.
    const words = 'the learner’s phone is kept in the office'.match(/[a-z]{4,}/g)!.join(' ');
    expect(oneByteText(words)).toBe(words);
    expect(oneByteText('café – naïve'.replace('–', '-'))).toBe('café - naïve');
    expect(oneByteText('')).toBe('');
  });

  it('returns text holding a wider character as it is', () => {
    for (const text of ['it’s fine', 'see you 👋', '“quoted”']) expect(oneByteText(text)).toBe(text);
  });

  it('keeps long text whole, past the size converted at once', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    expect(long.length).toBeGreaterThan(4096 * 2);
    expect(oneByteText(long)).toBe(long);
  });

  it('narrows rewritten text only when the original held a wide character', () => {
    const original = 'it’s fine';
    const straight = original.replace('’', "'");
    expect(oneByteTextAfter(original, straight)).toBe("it's fine");
    expect(oneByteTextAfter('plain', 'plain text')).toBe('plain text');
    expect(oneByteTextAfter('see you 👋', 'see you 👋')).toBe('see you 👋');
  });
});
