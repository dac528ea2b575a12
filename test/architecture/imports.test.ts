import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '../../src');

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

/** Every module specifier a file imports or re-exports, static or dynamic. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1]!);
}

/** Specifiers resolved against the importing file when relative, so folder rules can be checked. */
function resolved(file: string): string[] {
  return imports(file).map((specifier) =>
    specifier.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), specifier)) : specifier,
  );
}

const PLATFORM_AND_IO =
  /^(?:@slack\/|botbuilder|botframework|keyv$|@keyv\/|(?:node:)?(?:fs|fs\/promises|http|https|http2|net|child_process|dgram|tls)$|pino|pg$|redis$|@redis\/|sqlite3$|playwright)/;

describe('module boundaries', () => {
  it('keeps src/core free of platform and I/O modules', () => {
    const offenders = files(path.join(src, 'core')).flatMap((file) =>
      imports(file)
        .filter((specifier) => PLATFORM_AND_IO.test(specifier))
        .map((specifier) => `${path.relative(src, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps src/core from importing the adapters and platforms built on it', () => {
    const offenders = files(path.join(src, 'core')).flatMap((file) =>
      resolved(file)
        .filter(
          (target) =>
            /^(?:adapters|slack|teams|playground|cli)\//.test(target) || target === 'main.ts' || target === 'config.ts',
        )
        .map((target) => `${path.relative(src, file)} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps Slack and Teams code from importing each other', () => {
    const offenders = [
      ...files(path.join(src, 'slack')).flatMap((file) =>
        resolved(file)
          .filter((t) => t.startsWith('teams/'))
          .map((t) => `${path.relative(src, file)} imports ${t}`),
      ),
      ...files(path.join(src, 'teams')).flatMap((file) =>
        resolved(file)
          .filter((t) => t.startsWith('slack/'))
          .map((t) => `${path.relative(src, file)} imports ${t}`),
      ),
    ];
    expect(offenders).toEqual([]);
  });

  it('reads process.env only in src/config.ts', () => {
    const offenders = files(src)
      .filter((file) => path.relative(src, file) !== 'config.ts')
      .filter((file) => /\bprocess\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file));
    expect(offenders).toEqual([]);
  });

  it('reads HTTP request bodies only through the one size-limited reader, src/http/read-body.ts', () => {
    const offenders = files(src)
      .filter((file) => path.relative(src, file) !== path.join('http', 'read-body.ts'))
      .filter((file) =>
        /\.(?:on|once|addListener)\(\s*['"]data['"]|\bfor await \(const \w+ of req\b|\breq\.read\(/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => path.relative(src, file));
    expect(offenders).toEqual([]);
  });

  it('imports only production dependencies (and Node built-ins) under src/: the image installs nothing else', () => {
    const manifest = JSON.parse(readFileSync(path.join(src, '../package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // The Docker image runs `npm ci --omit=dev`: a devDependency (fflate, used only by scripts/) would be missing.
    const packageOf = (specifier: string) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    const offenders = files(src).flatMap((file) =>
      imports(file)
        .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:'))
        .filter((specifier) => !(packageOf(specifier) in manifest.dependencies))
        .map((specifier) => `${path.relative(src, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
    expect(packageOf('@slack/web-api/dist/x')).toBe('@slack/web-api');
  });

  it('detects a forbidden import (the scanner itself works)', () => {
    expect(PLATFORM_AND_IO.test('node:fs')).toBe(true);
    expect(PLATFORM_AND_IO.test('@slack/bolt')).toBe(true);
    expect(PLATFORM_AND_IO.test('zod')).toBe(false);
  });
});
