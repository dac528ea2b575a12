import { z } from 'zod';
import { PolicyDeskError } from '../../src/core/errors.ts';

/** The placeholder app id in manifests/teams/manifest.json, replaced when the package is built. */
export const placeholderAppId = '00000000-0000-0000-0000-000000000000';

/** A Microsoft App ID (a GUID). */
export const appIdSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/,
    'MICROSOFT_APP_ID must be the Azure bot’s Microsoft App ID, a GUID such as 1b2c3d4e-…',
  )
  .refine((id) => id !== placeholderAppId, 'MICROSOFT_APP_ID is still the all-zero placeholder');

/** Hosts that are placeholders, never a real organisation's (RFC 2606 examples and local names). */
const placeholderHost = /(^|\.)(example\.(org|com|net)|localhost|invalid|test)$/i;

/** A DNS host name as Teams' validDomains takes it: letters, digits and hyphens in dot-separated labels, no wildcard, no port. */
const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The manifest's version: MAJOR.MINOR.PATCH, digits only (Teams refuses `1.0`, `v1.0.1` and pre-release tags). */
export const versionSchema = z
  .string()
  .trim()
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/,
    'TEAMS_APP_VERSION must be MAJOR.MINOR.PATCH with digits only, e.g. 1.0.1 (not 1.0, not v1.0.1)',
  );

/** The public host of the messaging endpoint: a host name, or an https URL whose host is taken. */
export const domainSchema = z
  .string()
  .trim()
  .transform((text) =>
    text
      .replace(/^https:\/\//i, '')
      .replace(/\/.*$/, '')
      .toLowerCase(),
  )
  .refine(
    (host) => !host.includes('*'),
    'TEAMS_APP_DOMAIN must be one host name, e.g. bot.charity.org.uk: no wildcard (*.) domains',
  )
  .refine((host) => !/:\d+$/.test(host), 'TEAMS_APP_DOMAIN must be a host name without a port, e.g. bot.charity.org.uk')
  .refine(
    (host) => hostPattern.test(host),
    'TEAMS_APP_DOMAIN must be a host name such as bot.charity.org.uk (letters, digits, hyphens and dots)',
  );

const publicUrl = (setting: string, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${setting} is required for an organisation-wide or store package: the address of ${what}`)
    .refine(
      (text) => URL.canParse(text) && new URL(text).protocol === 'https:',
      `${setting} must be an https:// address (of ${what})`,
    )
    .refine(
      (text) => !URL.canParse(text) || !placeholderHost.test(new URL(text).hostname),
      `${setting} is a placeholder address; set it to your organisation's own page (${what})`,
    );

/** Who publishes the app: required for an organisation-wide or store package. */
export const developerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'TEAMS_DEVELOPER_NAME is required: your organisation’s name as Teams shows it')
    .max(32, 'TEAMS_DEVELOPER_NAME must be at most 32 characters'),
  websiteUrl: publicUrl('TEAMS_WEBSITE_URL', 'your website'),
  privacyUrl: publicUrl('TEAMS_PRIVACY_URL', 'your privacy notice'),
  termsOfUseUrl: publicUrl('TEAMS_TERMS_URL', 'your terms of use'),
});

/** The publisher's details for the manifest. */
export type Developer = z.infer<typeof developerSchema>;

/** What the manifest template must contain for filling in to make sense. */
const templateSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  developer: z.looseObject({
    name: z.string(),
    websiteUrl: z.string(),
    privacyUrl: z.string(),
    termsOfUseUrl: z.string(),
  }),
  bots: z.array(z.looseObject({ botId: z.string() })).length(1),
  validDomains: z.array(z.string()).optional(),
});

/**
 * Who the package is for. `sideload`: a test upload by one person; the template's placeholder
 * publisher pages are allowed. `organisation`: the org-wide catalogue or the Teams Store; the
 * publisher's name and its three pages are required and checked.
 */
export type PackageAudience = 'sideload' | 'organisation';

/** Settings for one package build. */
export interface ManifestSettings {
  readonly appId: string;
  /** The app version (Teams wants a higher one for every update); default: the template's. */
  readonly version?: string;
  /** The public host of the messaging endpoint, added to validDomains. */
  readonly domain?: string;
  /** Default `organisation`. */
  readonly audience?: PackageAudience;
  /** The publisher; required (and checked) for an organisation package. */
  readonly developer?: Partial<Developer>;
}

/** A package setting that is missing or wrong: every problem, each naming its setting. */
export class PackageSettingsError extends PolicyDeskError {
  constructor(readonly problems: readonly string[]) {
    super('policy_desk_config_invalid', `Teams package: ${problems.join('; ')}.`);
    this.name = 'PackageSettingsError';
  }
}

/**
 * The manifest with the app id (app and bot), version, domain and publisher filled in. Every
 * setting is validated first, and all problems are reported together, each naming its setting.
 */
export function fillManifest(template: unknown, settings: ManifestSettings): Record<string, unknown> {
  const checked = templateSchema.parse(template);
  const audience = settings.audience ?? 'organisation';
  const problems: string[] = [];
  const take = <T>(result: z.ZodSafeParseResult<T>): T | undefined => {
    if (result.success) return result.data;
    problems.push(...result.error.issues.map((issue) => issue.message));
    return undefined;
  };
  const appId = take(appIdSchema.safeParse(settings.appId))?.toLowerCase();
  const version = take(versionSchema.safeParse(settings.version ?? checked.version));
  const domain = settings.domain ? take(domainSchema.safeParse(settings.domain)) : undefined;
  if (audience === 'organisation' && domain && placeholderHost.test(domain))
    problems.push('TEAMS_APP_DOMAIN is a placeholder host; set it to the host where Policy Desk runs');
  const given = {
    ...checked.developer,
    ...Object.fromEntries(
      Object.entries(settings.developer ?? {}).filter(([, value]) => value !== undefined && value !== ''),
    ),
  };
  const developer = audience === 'organisation' ? take(developerSchema.safeParse(given)) : given;
  if (problems.length || !appId || !version || !developer) throw new PackageSettingsError(problems);
  // Keep the template's own key order: the parsed copy puts the checked keys first.
  const manifest = template as typeof checked;
  const domains = new Set(checked.validDomains ?? []);
  if (domain) domains.add(domain);
  return {
    ...manifest,
    id: appId,
    version,
    developer: { ...checked.developer, ...developer },
    bots: checked.bots.map((bot) => ({ ...bot, botId: appId })),
    validDomains: [...domains],
  };
}
