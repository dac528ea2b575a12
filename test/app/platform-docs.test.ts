import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.ts';

/** The platform guides, checked against the settings the app reads. */
const root = path.join(import.meta.dirname, '../..');
const guide = (name: string) => readFileSync(path.join(root, 'docs', name), 'utf8');
const settings = Object.keys(configSchema.shape);
/** The settings a guide's tables give a row of their own (`| \`A\`, \`B\` | …`). */
const tableSettings = (text: string) =>
  new Set(
    text
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]!)),
  );

describe('the platform guides', () => {
  it('docs/slack.md has a settings row for every SLACK_ setting', () => {
    const rows = tableSettings(guide('slack.md'));
    expect(settings.filter((key) => key.startsWith('SLACK_') && !rows.has(key))).toEqual([]);
  });

  it('docs/teams.md has a settings row for every MICROSOFT_ and TEAMS_ setting', () => {
    const rows = tableSettings(guide('teams.md'));
    expect(
      settings.filter((key) => (key.startsWith('MICROSOFT_') || key.startsWith('TEAMS_')) && !rows.has(key)),
    ).toEqual([]);
  });

  it('says SLACK_BOT_TOKEN is for one workspace, not needed (and refused) with the install flow', () => {
    const row = guide('slack.md')
      .split('\n')
      .find((line) => line.startsWith('| `SLACK_BOT_TOKEN` |'))!;
    expect(row).not.toContain('both modes');
    expect(row).toContain('Leave it unset with the install flow');
  });
});
