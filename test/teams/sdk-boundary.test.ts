import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const teamsDir = path.join(import.meta.dirname, '../../src/teams');

/** The adapter files: the only ones a port to another Bot Framework SDK (the Microsoft 365 Agents SDK) rewrites. */
const adapterFiles = ['policy-desk-bot.ts', 'teams-http.ts', 'teams-messenger.ts', 'teams-platform.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('src/teams SDK boundary', () => {
  it('imports botbuilder (or any Bot Framework package) only in its four adapter files', () => {
    const importing = files(teamsDir)
      .filter((file) =>
        /from ['"](botbuilder|botframework-[\w-]+|@microsoft\/agents-[\w-]+)['"]/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(teamsDir, file))
      .sort();
    expect(importing).toEqual([...adapterFiles].sort());
  });

  it('keeps the cards, card data, records, identity and notifier free of SDK types', () => {
    for (const file of [
      'card-actions.ts',
      'card-data.ts',
      'request-cards.ts',
      'teams-identity.ts',
      'teams-notifier.ts',
      'teams-records.ts',
      'render/adaptive-card.ts',
      'render/home.ts',
    ]) {
      expect(readFileSync(path.join(teamsDir, file), 'utf8'), file).not.toMatch(/botbuilder|TurnContext|CloudAdapter/);
    }
  });
});
