import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/package-teams.ts';
import { accentColor, colorIcon, outlineIcon } from '../../scripts/teams-package/icons.ts';
import { fillManifest, type PackageSettingsError, placeholderAppId } from '../../scripts/teams-package/manifest.ts';
import { encodePng } from '../../scripts/teams-package/png.ts';
import { writeZip } from '../../scripts/teams-package/zip.ts';
import { decodePng, readPngInfo } from '../support/png.ts';
import { readZip } from '../support/zip.ts';

const dir = join(import.meta.dirname, '../../manifests/teams');
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/schemas/teams-manifest-1.29.schema.json'), 'utf8'),
);
const template = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const appId = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
/** The publisher settings an organisation-wide package needs. */
const publisher = {
  TEAMS_WEBSITE_URL: 'https://www.allsortsglos.org.uk',
  TEAMS_PRIVACY_URL: 'https://www.allsortsglos.org.uk/privacy',
  TEAMS_TERMS_URL: 'https://www.allsortsglos.org.uk/terms',
};
const developer = {
  websiteUrl: publisher.TEAMS_WEBSITE_URL,
  privacyUrl: publisher.TEAMS_PRIVACY_URL,
  termsOfUseUrl: publisher.TEAMS_TERMS_URL,
};

// Both packages are CommonJS with a default export; under nodenext the default import is the module object.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('manifests/teams/manifest.json', () => {
  it('is valid against the Teams manifest 1.29 schema, as committed and once filled in', () => {
    const validate = validator();
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
    expect(
      validate(
        fillManifest(template, {
          appId,
          version: '1.0.1',
          domain: 'https://bot.allsortsglos.org.uk/api/messages',
          developer,
        }),
      ),
      JSON.stringify(validate.errors),
    ).toBe(true);
    // The validator does catch a bad manifest.
    expect(validate({ ...template, bots: [{ ...template.bots[0], scopes: ['everyone'] }] })).toBe(false);
    expect(validate({ ...template, id: 'not-a-guid' })).toBe(false);
  });

  it('declares one bot for personal chats and teams, with a command list for each', () => {
    expect(template).toMatchObject({
      manifestVersion: '1.29',
      id: placeholderAppId,
      accentColor,
      icons: { color: 'color.png', outline: 'outline.png' },
    });
    const [bot] = template.bots;
    expect(bot).toMatchObject({ botId: placeholderAppId, scopes: ['personal', 'team'] });
    expect(bot.commandLists.map((list: { scopes: string[] }) => list.scopes)).toEqual([['personal'], ['team']]);
    expect(bot.commandLists[0].commands.map((command: { title: string }) => command.title)).toEqual([
      'policy',
      'request',
      'home',
      'help',
    ]);
    // In a channel "request" lists the flows; a form (and the request its answers make) goes to the personal chat.
    const teamRequest = bot.commandLists[1].commands.find((command: { title: string }) => command.title === 'request');
    expect(teamRequest.description).toContain('opens in your personal chat');
  });

  it('refuses to fill in an app id that is not a GUID, or the placeholder', () => {
    expect(() => fillManifest(template, { appId: 'my-bot', developer })).toThrow(/GUID/);
    expect(() => fillManifest(template, { appId: placeholderAppId, developer })).toThrow(/placeholder/);
  });

  it('refuses an organisation package with the placeholder publisher pages, naming each setting', () => {
    const problems = (() => {
      try {
        fillManifest(template, { appId });
        return [];
      } catch (error) {
        return (error as PackageSettingsError).problems;
      }
    })();
    expect(problems).toEqual([
      "TEAMS_WEBSITE_URL is a placeholder address; set it to your organisation's own page (your website)",
      "TEAMS_PRIVACY_URL is a placeholder address; set it to your organisation's own page (your privacy notice)",
      "TEAMS_TERMS_URL is a placeholder address; set it to your organisation's own page (your terms of use)",
    ]);
    expect(() =>
      fillManifest(template, {
        appId,
        developer: { ...developer, privacyUrl: 'http://www.allsortsglos.org.uk/privacy' },
      }),
    ).toThrow('TEAMS_PRIVACY_URL must be an https:// address');
    // A sideload for testing may keep them.
    expect(fillManifest(template, { appId, audience: 'sideload' })).toMatchObject({
      developer: { websiteUrl: 'https://www.example.org/policy-desk' },
    });
  });

  it('accepts only MAJOR.MINOR.PATCH versions and single host names', () => {
    for (const version of ['1.0', 'v1.0.1', '1.0.1-beta', '01.0.0'])
      expect(() => fillManifest(template, { appId, developer, version })).toThrow(
        /TEAMS_APP_VERSION must be MAJOR.MINOR.PATCH/,
      );
    expect(fillManifest(template, { appId, developer, version: '10.2.33' })).toMatchObject({ version: '10.2.33' });
    expect(() => fillManifest(template, { appId, developer, domain: '*.allsortsglos.org.uk' })).toThrow(/no wildcard/);
    expect(() => fillManifest(template, { appId, developer, domain: 'bot.allsortsglos.org.uk:8443' })).toThrow(
      /without a port/,
    );
    expect(() => fillManifest(template, { appId, developer, domain: 'bot_1.allsortsglos' })).toThrow(
      /must be a host name/,
    );
    expect(() => fillManifest(template, { appId, developer, domain: 'bot.example.org' })).toThrow(/placeholder host/);
    expect(
      fillManifest(template, { appId, developer, domain: 'https://Bot.Allsortsglos.org.uk/api/messages' }),
    ).toMatchObject({ validDomains: ['bot.allsortsglos.org.uk'] });
  });
});

describe('the app icons', () => {
  it('has a 192×192 colour icon, opaque, full-bleed accent, the logo inside the central 120×120 safe area', () => {
    const png = readFileSync(join(dir, 'color.png'));
    expect(readPngInfo(png)).toEqual({ width: 192, height: 192, bitDepth: 8, colorType: 6 });
    const { pixels } = decodePng(png);
    expect([...pixels.subarray(0, 4)]).toEqual([0x1f, 0x6f, 0x5c, 255]);
    expect(pixels.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
    // Every pixel that is not the accent colour (the logo) lies within 36..155 on both axes.
    const logo: Array<[number, number]> = [];
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i] !== 0x1f || pixels[i + 1] !== 0x6f || pixels[i + 2] !== 0x5c)
        logo.push([(i / 4) % 192, Math.floor(i / 4 / 192)]);
    expect(logo.length).toBeGreaterThan(1000);
    for (const [x, y] of logo) {
      expect(x).toBeGreaterThanOrEqual(36);
      expect(x).toBeLessThan(156);
      expect(y).toBeGreaterThanOrEqual(36);
      expect(y).toBeLessThan(156);
    }
  });

  it('has a 32×32 outline icon: white on a transparent background', () => {
    const png = readFileSync(join(dir, 'outline.png'));
    expect(readPngInfo(png)).toEqual({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
    const { pixels } = decodePng(png);
    const alphas = pixels.filter((_, i) => i % 4 === 3);
    expect(alphas[0]).toBe(0);
    expect(alphas.filter((alpha) => alpha === 0).length).toBeGreaterThan(32 * 32 * 0.5);
    expect(alphas.some((alpha) => alpha === 255)).toBe(true);
    // Only two kinds of pixel: opaque white, and fully transparent (no grey edges, no partial alpha).
    const kinds = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) kinds.add([...pixels.subarray(i, i + 4)].join(','));
    expect([...kinds].sort()).toEqual(['255,255,255,0', '255,255,255,255']);
  });

  it('are exactly what the drawing code makes (npm run package:teams -- --icons redraws them)', () => {
    expect(encodePng(colorIcon()).equals(readFileSync(join(dir, 'color.png')))).toBe(true);
    expect(encodePng(outlineIcon()).equals(readFileSync(join(dir, 'outline.png')))).toBe(true);
  });
});

describe('buildTeamsPackage', () => {
  it('zips manifest.json with the app id filled in, and both icons', () => {
    const entries = readZip(buildTeamsPackage({ MICROSOFT_APP_ID: appId, TEAMS_APP_VERSION: '1.2.3', ...publisher }));
    expect(entries.map((entry) => entry.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8'));
    expect(manifest).toMatchObject({
      id: appId,
      version: '1.2.3',
      bots: [{ botId: appId }],
      developer: { name: 'Policy Desk', ...developer },
    });
    expect(validator()(manifest)).toBe(true);
    expect(entries[1]!.data.equals(readFileSync(join(dir, 'color.png')))).toBe(true);
    expect(entries[2]!.data.equals(readFileSync(join(dir, 'outline.png')))).toBe(true);
  });

  it('builds the same bytes from the same inputs', () => {
    expect(
      buildTeamsPackage({ MICROSOFT_APP_ID: appId, ...publisher }).equals(
        buildTeamsPackage({ MICROSOFT_APP_ID: appId, ...publisher }),
      ),
    ).toBe(true);
  });

  it('runs as npm run package:teams: writes the zip, or says which setting is missing', async () => {
    const run = promisify(execFile);
    // Run from an empty directory, so a developer's own .env cannot change the outcome.
    const cwd = mkdtempSync(join(tmpdir(), 'pd-teams-'));
    const out = join(cwd, 'package.zip');
    const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
    const script = join(import.meta.dirname, '../../scripts/package-teams.ts');
    await run(tsx, [script, '--out', out], { cwd, env: { ...process.env, MICROSOFT_APP_ID: appId, ...publisher } });
    expect(readZip(readFileSync(out)).map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
    ]);
    const failed = await run(tsx, [script, '--out', out], {
      cwd,
      env: { ...process.env, MICROSOFT_APP_ID: '', TEAMS_APP_VERSION: 'v1.0' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('MICROSOFT_APP_ID') });
    expect((failed as { stderr: string }).stderr).toContain('TEAMS_APP_VERSION must be MAJOR.MINOR.PATCH');
    expect((failed as { stderr: string }).stderr).toContain('TEAMS_WEBSITE_URL is a placeholder address');
    const sideload = join(mkdtempSync(join(tmpdir(), 'pd-teams-')), 'sideload.zip');
    await run(tsx, [script, '--sideload', '--out', sideload], {
      cwd,
      env: { ...process.env, MICROSOFT_APP_ID: appId },
    });
    expect(readZip(readFileSync(sideload)).map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
    ]);
  });
});

describe('writeZip (fflate) and the PNG encoder (zlib.crc32)', () => {
  it('round-trips entries in order, deflated, the same bytes from the same inputs', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hello hello hello hello') },
      { name: 'b/c.json', data: Buffer.from('{}') },
    ];
    const zip = writeZip(entries);
    expect(readZip(zip).map((entry) => [entry.name, entry.data.toString()])).toEqual([
      ['a.txt', 'hello hello hello hello'],
      ['b/c.json', '{}'],
    ]);
    expect(writeZip(entries).equals(zip)).toBe(true);
    // Each entry's CRC-32 in the central directory is zlib's over the data.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(zip.readUInt32LE(central + 16)).toBe(crc32(entries[0]!.data));
    expect(zip.readUInt16LE(central + 10)).toBe(8);
    expect(() => writeZip([...entries, entries[0]!])).toThrow('two files named a.txt');
  });

  it('refuses a PNG whose chunk CRC is wrong', () => {
    const png = Buffer.from(encodePng(outlineIcon()));
    expect(decodePng(png).width).toBe(32);
    png[png.length - 20] ^= 0xff;
    expect(() => decodePng(png)).toThrow(/bad CRC/);
  });
});
