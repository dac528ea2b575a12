import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every surface draws the core's neutral replies the same way: a `render/` folder, one file per
 * kind of reply named after it (`answer.ts`, `request.ts`; no `.blocks` or `.card` suffix), and
 * `render<Kind>` functions returning what that surface shows (Block Kit, an Adaptive Card part, HTML).
 */
const src = path.join(import.meta.dirname, '../../src');
const surfaces = ['slack', 'teams', 'playground'];

/** The functions a surface's render/ folder exports, with the file each comes from. */
function exported(surface: string): Map<string, string> {
  const dir = path.join(src, surface, 'render');
  const found = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/^export (?:async )?function (\w+)/gm))
      found.set(match[1]!, file);
  }
  return found;
}

describe('renderers on every surface', () => {
  it('live in render/, in files named after what they draw, with no surface suffix', () => {
    for (const surface of surfaces) {
      const files = readdirSync(path.join(src, surface, 'render')).filter((name) => name.endsWith('.ts'));
      expect(files.length, surface).toBeGreaterThan(5);
      for (const file of files) expect(file, `${surface}/render/${file}`).toMatch(/^[a-z]+(?:-[a-z]+)*\.ts$/);
    }
    const suffixed = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(?:blocks|card|cards|view|part)\.ts$/.test(file),
    );
    expect(suffixed).toEqual([]);
  });

  it('draw each kind of reply with a function of the same name, in a file of the same name, on Slack, Teams and the playground', () => {
    const placement: Record<string, string> = {
      renderAnswer: 'answer.ts',
      renderConcern: 'concern.ts',
      renderContacts: 'contacts.ts',
      renderNotice: 'notice.ts',
      renderReply: 'reply.ts',
      renderReplies: 'reply.ts',
      renderRequest: 'request.ts',
      renderRequestForm: 'form.ts',
      renderHome: 'home.ts',
      renderFlowMenu: 'menu.ts',
    };
    for (const surface of surfaces) {
      const functions = exported(surface);
      expect(Object.fromEntries(Object.keys(placement).map((name) => [name, functions.get(name)])), surface).toEqual(
        placement,
      );
    }
  });

  it('name every exported drawing function render…, never …Message, …Part, …View or …Card', () => {
    // The toolkits (Block Kit elements, Adaptive Card elements and fitting, HTML escaping) are not drawings of a reply.
    const toolkits = new Set(['kit.ts', 'adaptive-card.ts', 'html.ts']);
    for (const surface of surfaces) {
      const old = [...exported(surface)]
        .filter(([name, file]) => !toolkits.has(file) && /^[a-z]\w*(?:Message|Part|View|Card)$/.test(name))
        .map(([name]) => name);
      expect(old, surface).toEqual([]);
    }
  });
});
