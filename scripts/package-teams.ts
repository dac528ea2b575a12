/**
 * Builds the Teams app package to upload (sideload) or publish to the organisation's app catalogue:
 * dist/policy-desk-teams.zip with manifest.json (the app id filled in) and the two icons.
 *
 * An organisation-wide (or Teams Store) package, the default, needs the publisher's pages:
 *
 *   MICROSOFT_APP_ID=<Azure bot's app id> \
 *   TEAMS_WEBSITE_URL=https://www.charity.org.uk TEAMS_PRIVACY_URL=https://www.charity.org.uk/privacy \
 *   TEAMS_TERMS_URL=https://www.charity.org.uk/terms npm run package:teams
 *
 *   TEAMS_DEVELOPER_NAME=Allsorts   the publisher's name as Teams shows it (default: the manifest's)
 *   TEAMS_APP_VERSION=1.0.1   MAJOR.MINOR.PATCH, higher for every update of an installed app (default: the manifest's)
 *   TEAMS_APP_DOMAIN=bot.charity.org.uk   the public host of https://<host>/api/messages, added to validDomains
 *   npm run package:teams -- --sideload   a test upload by one person: the placeholder pages are allowed
 *   npm run package:teams -- --out other.zip
 *
 * Settings come from the environment, and from .env in the current directory when there is one.
 *   npm run package:teams -- --icons   redraws manifests/teams/color.png and outline.png
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import { colorIcon, outlineIcon } from './teams-package/icons.ts';
import { fillManifest, type PackageAudience, PackageSettingsError } from './teams-package/manifest.ts';
import { encodePng } from './teams-package/png.ts';
import { writeZip } from './teams-package/zip.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = join(root, 'manifests', 'teams');

/** Builds the package from the manifest template and icons; returns the zip. */
export function buildTeamsPackage(
  env: Readonly<Record<string, string | undefined>>,
  options: { readonly audience?: PackageAudience; readonly dir?: string } = {},
): Buffer {
  const dir = options.dir ?? manifestDir;
  const template: unknown = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const manifest = fillManifest(template, {
    appId: env.MICROSOFT_APP_ID ?? '',
    audience: options.audience ?? 'organisation',
    ...(env.TEAMS_APP_VERSION ? { version: env.TEAMS_APP_VERSION } : {}),
    ...(env.TEAMS_APP_DOMAIN ? { domain: env.TEAMS_APP_DOMAIN } : {}),
    developer: {
      name: env.TEAMS_DEVELOPER_NAME,
      websiteUrl: env.TEAMS_WEBSITE_URL,
      privacyUrl: env.TEAMS_PRIVACY_URL,
      termsOfUseUrl: env.TEAMS_TERMS_URL,
    } as Record<string, string>,
  });
  return writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: readFileSync(join(dir, 'color.png')) },
    { name: 'outline.png', data: readFileSync(join(dir, 'outline.png')) },
  ]);
}

const help = `Builds the Teams app package (manifest.json with the app id filled in, and the two icons) to
upload in Teams or to the organisation's app catalogue. Writes dist/policy-desk-teams.zip.

usage: MICROSOFT_APP_ID=<id> TEAMS_WEBSITE_URL=… TEAMS_PRIVACY_URL=… TEAMS_TERMS_URL=… npm run package:teams
       npm run package:teams -- --sideload     a test upload by one person: placeholder pages allowed
       npm run package:teams -- --out FILE     write the zip elsewhere
       npm run package:teams -- --icons        redraw manifests/teams/color.png and outline.png

settings (environment, or .env in the current directory): MICROSOFT_APP_ID, TEAMS_WEBSITE_URL,
TEAMS_PRIVACY_URL, TEAMS_TERMS_URL, TEAMS_DEVELOPER_NAME, TEAMS_APP_VERSION, TEAMS_APP_DOMAIN
(docs/teams.md, "Build the app package").

exit codes: 0 written; 1 a setting is missing or wrong (each listed), nothing written`;

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(help);
    return 0;
  }
  // The same .env as the server (settings already in the environment win).
  if (existsSync('.env')) process.loadEnvFile('.env');
  if (argv.includes('--icons')) {
    writeFileSync(join(manifestDir, 'color.png'), encodePng(colorIcon()));
    writeFileSync(join(manifestDir, 'outline.png'), encodePng(outlineIcon()));
    console.log('package:teams: drew manifests/teams/color.png (192×192) and outline.png (32×32)');
    return 0;
  }
  const outAt = argv.indexOf('--out');
  const out = resolve(outAt >= 0 && argv[outAt + 1] ? argv[outAt + 1]! : join(root, 'dist', 'policy-desk-teams.zip'));
  const audience: PackageAudience = argv.includes('--sideload') ? 'sideload' : 'organisation';
  try {
    const zip = buildTeamsPackage(process.env, { audience });
    if (audience === 'sideload')
      console.warn(
        'package:teams: a sideload package, for a test upload only: its publisher pages may be placeholders. Build without --sideload for the organisation catalogue or the Store.',
      );
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    console.log(
      `package:teams: wrote ${out} (manifest.json, color.png, outline.png). Upload it in Teams: Apps > Manage your apps > Upload an app.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PackageSettingsError) {
      console.error(
        `package:teams: nothing written.\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}\nSee docs/teams.md, "Build the app package".`,
      );
      return 1;
    }
    const message =
      error instanceof ZodError ? error.issues.map((issue) => issue.message).join('; ') : (error as Error).message;
    console.error(`package:teams: ${message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
