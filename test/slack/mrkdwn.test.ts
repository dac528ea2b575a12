import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, literalMrkdwn, truncate, unescapeSlackText } from '../../src/slack/mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so mentions and links show as text', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <https://evil.example|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt;',
    );
  });

  it('escapes an existing entity again, so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
});

describe('literalMrkdwn', () => {
  it('breaks *bold*, _italic_, ~strike~ and `code` pairs without changing the visible text', () => {
    const out = literalMrkdwn('*urgent* _now_ ~x~ `y` <!here>');
    expect(out).not.toMatch(/\*[^\u200B]/);
    expect(out.replace(/\u200B/g, '')).toBe('*urgent* _now_ ~x~ `y` &lt;!here&gt;');
  });
});

describe('unescapeSlackText', () => {
  it('turns Slack-escaped message text back into what was typed, links to their text', () => {
    expect(
      unescapeSlackText('Can I use &lt;WhatsApp&gt; &amp; <https://example.org|this site> or <https://a.example>?'),
    ).toBe('Can I use <WhatsApp> & this site or https://a.example?');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text to the limit with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(truncate('a'.repeat(20), 10)).toHaveLength(10);
  });
});
