import { describe, expect, it } from 'vitest';
import { leadInWarnings } from '../../../src/core/policy/lead-in-checks.ts';
import { parsePolicyMarkdown } from '../../../src/core/policy/parse-policy-markdown.ts';

const front = (numbering: 'numbered' | 'positional') =>
  `---\nid: test-doc\ntitle: Test Policy\norganisation: test-org\nsource: test.txt\nnumbering: ${numbering}\n---\n`;

function warnings(body: string, numbering: 'numbered' | 'positional' = 'positional') {
  const result = parsePolicyMarkdown(`${front(numbering)}${body}`, 'test-org/test.md');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return leadInWarnings(result.document);
}

describe('lead-in paragraphs that state rules of their own', () => {
  it('warns, at the first item, about a lead-in that states something before its lead-in sentence', () => {
    // The shape of CAMSIS Education's disclosure paragraph (not the five).
    const found = warnings(`
## If a student discloses to you

If a student tells you of a risk to their safety you must let them know that you will pass it on. Never promise confidentiality. During your conversation:

- Allow them to speak freely
- Remain calm with composed reactions
`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'test-org/test.md', line: 13 }); // the list's first item
    expect(found[0]!.message).toContain('"If a student tells you of a risk to their safety you…"');
    expect(found[0]!.message).toContain("answers never quote a lead-in's own sentences");
  });

  it('says nothing of a lead-in alone, nor of a numbered clause that leads into its items', () => {
    expect(
      warnings(`
## Conduct

Staff must not:

- Give a lift to a child alone
- Share their personal number
`),
    ).toEqual([]);
    expect(
      warnings(
        `
## 3. PHONES

3.1 Staff must keep their phones on silent during every session and out of sight at all times. They must not:

- Take a personal call during a session
- Use the phone to take photos
`,
        'numbered',
      ),
    ).toEqual([]);
  });
});
