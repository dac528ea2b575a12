import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackageSettingsError } from '../../scripts/teams-package/manifest.ts';
import { UsageError } from '../../src/cli/cli-support.ts';
import { PolicyDeskError } from '../../src/core/errors.ts';
import { TeamsAuthenticationError, UnsupportedChannelError } from '../../src/teams/teams-http.ts';

const root = path.join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );
}

const errorsFile = path.join(root, 'src/core/errors.ts');
/** The codes the ErrorCode type lists. */
const codes = [...readFileSync(errorsFile, 'utf8').matchAll(/^\s*\|\s*'(policy_desk_[a-z_]+)'/gm)].map(
  (match) => match[1]!,
);

describe('one error vocabulary (src/core/errors.ts)', () => {
  it('raises every code it lists somewhere: no code that nothing raises', () => {
    expect(codes.length).toBeGreaterThan(5);
    const sources = [...files(path.join(root, 'src')), ...files(path.join(root, 'scripts'))].map((file) =>
      readFileSync(file, 'utf8'),
    );
    const unraised = codes.filter(
      (code) => !sources.some((text) => new RegExp(`(?:new PolicyDeskError|super)\\(\\s*'${code}'`).test(text)),
    );
    expect(unraised).toEqual([]);
  });

  it('the core, adapters, platforms and tools throw only coded errors (no plain Error, no error class outside the vocabulary)', () => {
    const layers = [
      'src/core',
      'src/adapters',
      'src/slack',
      'src/teams',
      'src/playground',
      'src/cli',
      'src/http',
      'scripts/teams-package',
    ];
    const offenders = layers.flatMap((layer) =>
      files(path.join(root, layer)).flatMap((file) => {
        // The vocabulary itself: PolicyDeskError is the one class that extends Error.
        if (file === errorsFile) return [];
        const text = readFileSync(file, 'utf8');
        return /\bthrow new Error\(|\bnew Error\(|\bextends Error\b/.test(text) ? [path.relative(root, file)] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("maps the platforms' and tools' own errors onto its codes", () => {
    const mapped = [
      new TeamsAuthenticationError(new Error('bad token')),
      new UnsupportedChannelError('webchat'),
      new UsageError('ask: --org is required', 'ask --org ORG'),
      new PackageSettingsError(['MICROSOFT_APP_ID: missing']),
    ];
    for (const error of mapped) expect(error).toBeInstanceOf(PolicyDeskError);
    expect(mapped.map((error) => error.code)).toEqual([
      'policy_desk_unauthenticated',
      'policy_desk_invalid_input',
      'policy_desk_usage',
      'policy_desk_config_invalid',
    ]);
    expect(mapped[2]!.message).toBe('ask: --org is required\nusage: ask --org ORG');
  });
});
