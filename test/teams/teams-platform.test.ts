import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { loadConfig } from '../../src/config.ts';
import { PolicyDeskError } from '../../src/core/errors.ts';
import { botFrameworkSettings, createTeamsPlatform } from '../../src/teams/teams-platform.ts';
import { conversationFixture } from '../support/conversation-fixture.ts';
import { cardOf, cardText } from './support/connector-double.ts';
import { eventually, people, personalChat, startTeamsHarness, type TeamsHarness } from './support/teams-harness.ts';

async function depsFor(env: Record<string, string>) {
  const { conversation, approvals, store } = await conversationFixture();
  return { conversation, approvals, store, config: loadConfig(env), logger: createLogger('silent') };
}

describe('createTeamsPlatform', () => {
  it('refuses to start in production without an app id', async () => {
    const deps = await depsFor({ NODE_ENV: 'development', TEAMS_LOCAL: '1' });
    const production = { ...deps, config: { ...deps.config, production: true } };
    const error = await createTeamsPlatform(production).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PolicyDeskError);
    expect(error).toMatchObject({
      code: 'policy_desk_config_invalid',
      message: expect.stringContaining('MICROSOFT_APP_ID'),
    });
  });

  it('refuses to start when Teams is not configured at all', async () => {
    const deps = await depsFor({});
    await expect(createTeamsPlatform(deps)).rejects.toMatchObject({
      code: 'policy_desk_config_invalid',
      message: expect.stringContaining('TEAMS_LOCAL'),
    });
  });

  it('starts with an app id in production and serves POST /api/messages', async () => {
    const deps = await depsFor({
      NODE_ENV: 'production',
      AUDIT_KEY: 'a'.repeat(64),
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
      MICROSOFT_APP_PASSWORD: 'secret',
    });
    const platform = await createTeamsPlatform(deps);
    expect(platform.name).toBe('teams');
    expect(platform.routes.map((route) => `${route.method} ${route.path}`)).toEqual(['POST /api/messages']);
    expect(await platform.health()).toMatchObject({ status: 'ok', mode: 'authenticated' });
  });
});

describe('botFrameworkSettings', () => {
  it('keeps botbuilder on its public-cloud defaults unless an OpenID metadata URL is given', () => {
    const teams = loadConfig({
      MICROSOFT_APP_ID: 'app',
      MICROSOFT_APP_PASSWORD: 'pw',
      MICROSOFT_APP_TYPE: 'SingleTenant',
      MICROSOFT_APP_TENANT_ID: 'tenant',
    }).teams!;
    expect(botFrameworkSettings(teams)).toEqual({
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppTenantId: 'tenant',
      MicrosoftAppType: 'SingleTenant',
    });
    const custom = botFrameworkSettings({
      ...teams,
      openIdMetadataUrl: 'http://127.0.0.1:1/.well-known/openid-configuration',
    });
    expect(custom).toMatchObject({
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/.well-known/openid-configuration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    });
  });
});

describe('Teams local mode (no app id)', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({ local: true, env: { DEFAULT_ORG: 'allsorts' } });
  });
  afterAll(async () => h?.close());

  it('says at start-up that tokens are not checked', () => {
    expect(h.logs.join('')).toContain('Teams: local mode, tokens are not checked');
  });

  it('answers without a token, replying without credentials', async () => {
    const answer = await h.post({
      type: 'message',
      id: 'local-1',
      channelId: 'emulator',
      serviceUrl: h.connector.url,
      from: { id: 'emulator-user' },
      recipient: { id: 'bot' },
      conversation: { id: 'emulator-conversation' },
      text: 'Can I text this young person?',
    });
    expect(answer.status).toBe(200);
    const reply = await eventually(() => h.connector.messages('emulator-conversation')[0]);
    expect(reply.authorization).toBeUndefined();
    expect(cardText(cardOf(reply))).toContain('Needs approval');
  });

  it('falls back to from.id for identity only here', async () => {
    await h.message({ ...people.sam, aad: undefined as unknown as string }, 'home', {
      conversationId: personalChat(people.sam),
    });
    const reply = await eventually(() => h.connector.messages(personalChat(people.sam))[0]);
    expect(cardText(cardOf(reply))).toContain(`Policy Desk · teams:${people.sam.mri}`);
  });
});
