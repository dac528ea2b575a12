import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../src/cli/eval.ts';

describe('normaliseForMatch (how npm run eval finds an expected snippet in a cited clause)', () => {
  it('finds a snippet copied without the Markdown emphasis its clause keeps', () => {
    const clause = normaliseForMatch(
      'We require all under 18s to have a completed consent form. If you arrive without one you will **NOT** be permitted entry to the event.',
    );
    expect(clause).toContain(
      normaliseForMatch('If you arrive without one you will NOT be permitted entry to the event.'),
    );
    expect(normaliseForMatch('*Mobile Phones* - No mobile phones are allowed on camp')).toBe(
      normaliseForMatch('Mobile Phones - No mobile phones are allowed on camp'),
    );
  });

  it('still tells different words apart, and lays out whitespace and quote marks alike', () => {
    expect(normaliseForMatch('you will **NOT** be permitted')).not.toContain(
      normaliseForMatch('you will be permitted'),
    );
    expect(normaliseForMatch('a  young\n person’s “phone”')).toBe(`a young person's "phone"`);
  });
});
