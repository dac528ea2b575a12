import { z } from 'zod';

/** The placeholder app id in manifests/teams/manifest.json, replaced when the package is built. */
export const placeholderAppId = '00000000-0000-0000-0000-000000000000';

/** A Microsoft App ID (a GUID). */
export const appIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'MICROSOFT_APP_ID must be the Azure bot’s Microsoft App ID, a GUID such as 1b2c3d4e-…')
  .refine((id) => id !== placeholderAppId, 'MICROSOFT_APP_ID is still the all-zero placeholder');

/** What the manifest template must contain for filling in to make sense. */
const templateSchema = z.looseObject({
  id: z.string(),
  version: z.string(),
  bots: z.array(z.looseObject({ botId: z.string() })).length(1),
  validDomains: z.array(z.string()).optional(),
});

/** Settings for one package build. */
export interface ManifestSettings {
  readonly appId: string;
  /** The app version (Teams wants a higher one for every update); default: the template's. */
  readonly version?: string;
  /** The public host of the messaging endpoint, added to validDomains. */
  readonly domain?: string;
}

/** The manifest with the app id (app and bot) and optional version and domain filled in. */
export function fillManifest(template: unknown, settings: ManifestSettings): Record<string, unknown> {
  const appId = appIdSchema.parse(settings.appId).toLowerCase();
  const checked = templateSchema.parse(template);
  // Keep the template's own key order: the parsed copy puts the checked keys first.
  const manifest = template as typeof checked;
  const domains = new Set(checked.validDomains ?? []);
  if (settings.domain) domains.add(settings.domain.replace(/^https?:\/\//, '').replace(/\/.*$/, ''));
  return {
    ...manifest,
    id: appId,
    ...(settings.version ? { version: settings.version } : {}),
    bots: checked.bots.map((bot) => ({ ...bot, botId: appId })),
    validDomains: [...domains],
  };
}
