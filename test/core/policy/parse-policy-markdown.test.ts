import { describe, expect, it } from 'vitest';
import { parsePolicyMarkdown } from '../../../src/core/policy/parse-policy-markdown.ts';

const front = (numbering: 'numbered' | 'positional', extra = '') =>
  `---\nid: test-doc\ntitle: Test Policy\norganisation: test-org\nsource: test.txt\nnumbering: ${numbering}\n${extra}---\n`;

function labels(source: string): string[] {
  const result = parsePolicyMarkdown(source, 'test-org/test.md');
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.document.clauses.map((clause) => clause.label);
}

describe('parsePolicyMarkdown (numbered documents)', () => {
  const doc = `${front('numbered')}
## 2. VIDEOS

2.1 Staff should not take photographs
without permission.

2.2 Photographs may be taken.

## 4. PHONES

4.1 All staff must ensure this. This includes:

- Not to use premium rate services.
- Not to use the mobile phone when driving.

4.2 Risks are:

- Content
- Contact

These issues are managed.
`;

  it('labels clauses with the document numbers and rejoins broken lines', () => {
    const result = parsePolicyMarkdown(doc, 'x.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const clause = result.document.clauses.find((c) => c.label === '2.1')!;
    expect(clause.text).toBe('Staff should not take photographs without permission.');
    expect(clause.section).toBe('2. VIDEOS');
    expect(clause.line).toBe(11);
  });

  it('makes each item of a list inside a numbered clause a sub-clause with the lead-in as context', () => {
    const result = parsePolicyMarkdown(doc, 'x.md');
    if (!result.ok) throw new Error('parse failed');
    const bullet = result.document.clauses.find((c) => c.label === '4.1 (2)')!;
    expect(bullet.text).toBe('Not to use the mobile phone when driving.');
    expect(bullet.context).toBe('All staff must ensure this. This includes:');
  });

  it('keeps a list of short fragments, and the paragraph after it, inside the clause', () => {
    const result = parsePolicyMarkdown(doc, 'x.md');
    if (!result.ok) throw new Error('parse failed');
    expect(labels(doc)).not.toContain('4.2 (1)');
    expect(result.document.clauses.find((c) => c.label === '4.2')!.text).toBe(
      'Risks are:\n• Content\n• Contact\nThese issues are managed.',
    );
  });
});

describe('parsePolicyMarkdown (positional documents)', () => {
  const doc = `${front('positional')}
# Title line is not a section

Version: 2 Review date: Jan 26

## Dos and don'ts

### Do

1. Set your privacy settings.
2. Ensure your phone is PIN protected.
3. Consider separate accounts.

### Do not.

1. Give your personal information.

## Managing **Our** Presence

Our presence will follow these guidelines:

- All accounts will be password-protected.
- We will not contact children directly.
`;

  it('labels by section path and position, using ordered-list numbers', () => {
    expect(labels(doc)).toEqual([
      'Preamble 1',
      "Dos and don'ts > Do 1",
      "Dos and don'ts > Do 2",
      "Dos and don'ts > Do 3",
      "Dos and don'ts > Do not 1",
      'Managing Our Presence 1',
      'Managing Our Presence 2',
    ]);
  });

  it('counts on an ordered list whose numbers a paragraph before it already took', () => {
    // As in a nursery's and a rowing club's policies: a section opens with a paragraph, then its
    // steps 1, 2, 3. Both conversions failed with a duplicate "Procedure 1" until the steps were
    // rewritten as bullets.
    const steps = `${front('positional')}\n## Procedure\n\nWhen a child is collected late, staff follow these steps.\n\n1. Call the parent on their mobile.\n2. Call the emergency contact named on the form.\n3. Tell the manager before the session ends.\n\n## Outings\n\n1. Count the children before you leave the building.\n2. Count them again when you arrive there.\n`;
    expect(labels(steps)).toEqual([
      'Procedure 1',
      'Procedure 2',
      'Procedure 3',
      'Procedure 4',
      'Outings 1',
      'Outings 2',
    ]);
  });

  it('attaches a lead-in paragraph ending with a colon to each item instead of counting it', () => {
    const result = parsePolicyMarkdown(doc, 'x.md');
    if (!result.ok) throw new Error('parse failed');
    const item = result.document.clauses.find((c) => c.label === 'Managing Our Presence 2')!;
    expect(item.context).toBe('Our presence will follow these guidelines:');
    expect(item.text).toBe('We will not contact children directly.');
  });

  it('keeps every other label when one clause is edited', () => {
    const edited = doc.replace(
      '2. Ensure your phone is PIN protected.',
      '2. Ensure your phone and tablet are PIN protected at all times.',
    );
    expect(labels(edited)).toEqual(labels(doc));
  });
});

describe('parsePolicyMarkdown ("also asked as" comments)', () => {
  it('gives each clause the phrasings written under it, and never quotes them', () => {
    const source = `${front('positional')}## Phones\n\nStaff must not text young people.\n<!-- asked: can i whatsapp a yp? | ok to txt a kid -->\n\n- Keep your phone on silent during every session.\n  <!-- asked: phone on loud in a session? -->\n- Lock your phone with a passcode when you leave it.\n`;
    const result = parsePolicyMarkdown(source, 'test-org/test.md');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [text, silent, lock] = result.document.clauses;
    expect(text).toMatchObject({
      label: 'Phones 1',
      text: 'Staff must not text young people.',
      asked: ['can i whatsapp a yp?', 'ok to txt a kid'],
    });
    expect(silent).toMatchObject({
      label: 'Phones 2',
      text: 'Keep your phone on silent during every session.',
      asked: ['phone on loud in a session?'],
    });
    expect(lock!.asked).toBeUndefined();
  });

  it('refuses phrasings before any clause, naming the line', () => {
    const result = parsePolicyMarkdown(
      `${front('positional')}<!-- asked: anything -->\n\n## A\n\nText.\n`,
      'test-org/test.md',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        line: 8,
        message: expect.stringMatching(/must come after the clause/),
      });
  });
});

describe('parsePolicyMarkdown (errors)', () => {
  it('rejects a file without front matter, naming line 1', () => {
    const result = parsePolicyMarkdown('# Policy\n\nText.', 'org/p.md');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ file: 'org/p.md', line: 1 })] });
  });

  it('names the front matter line and field of a bad value', () => {
    const result = parsePolicyMarkdown(
      `---\nid: Bad Id\ntitle: T\norganisation: o\nsource: s\nnumbering: numbered\n---\n\n1.1 Text.\n`,
      'org/p.md',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'org/p.md', line: 2 });
    expect(result.problems[0]!.message).toMatch(/^id: /);
  });

  it('reports a missing required front matter field', () => {
    const result = parsePolicyMarkdown(
      `---\nid: doc\norganisation: o\nsource: s\nnumbering: numbered\n---\n\n1.1 Text.\n`,
      'p.md',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join()).toMatch(/title/);
  });

  it('reports a duplicate clause label with both lines', () => {
    const result = parsePolicyMarkdown(`${front('numbered')}\n2.1 First.\n\n2.1 Second.\n`, 'p.md');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({
        line: 11,
        message: expect.stringMatching(/duplicate clause label "2.1" \(first used on line 9\)/),
      });
  });

  it('reports YAML syntax errors with their line', () => {
    const result = parsePolicyMarkdown(`---\nid: doc\ntitle: [unclosed\n---\n\n1.1 Text.\n`, 'p.md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/YAML syntax/);
  });
});
