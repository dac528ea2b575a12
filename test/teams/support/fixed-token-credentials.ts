import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';

type Credentials = Awaited<ReturnType<ConfigurationServiceClientCredentialFactory['createCredentials']>>;
type WebResource = Parameters<Credentials['signRequest']>[0];

/** The bearer token the bot's outgoing calls carry in tests. */
export const outgoingTestToken = 'outgoing-test-token';

/**
 * botbuilder's own credentials factory for this app id and secret (so app-id checks on incoming
 * tokens are the real ones), except that outgoing calls are signed with a fixed token instead of
 * one fetched from Microsoft Entra, which a test cannot reach.
 */
export class FixedTokenCredentialsFactory extends ConfigurationServiceClientCredentialFactory {
  constructor(appId: string) {
    super({ MicrosoftAppId: appId, MicrosoftAppPassword: 'test-secret', MicrosoftAppType: 'MultiTenant' });
  }

  override async createCredentials(appId: string): Promise<Credentials> {
    if (!(await this.isValidAppId(appId))) throw new Error(`Invalid appId ${appId}.`);
    return {
      async signRequest(request: WebResource): Promise<WebResource> {
        request.headers.set('authorization', `Bearer ${outgoingTestToken}`);
        return request;
      },
    };
  }
}
