import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const oauth = {
  SLACK_CLIENT_ID: '123.456',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 's'.repeat(32),
  SLACK_SIGNING_SECRET: 'signing',
};

describe('Slack install-flow settings', () => {
  it('turns on several workspaces with the client id, client secret and state secret, in HTTP mode with no bot token', () => {
    expect(loadConfig(oauth).slack).toEqual({
      mode: 'http',
      signingSecret: 'signing',
      oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 's'.repeat(32) },
      orgs: {},
    });
  });

  it('names every missing or conflicting setting, never echoing a secret', () => {
    const message = (() => {
      try {
        loadConfig({
          SLACK_CLIENT_ID: '123.456',
          SLACK_STATE_SECRET: 'short-s3cr3t',
          SLACK_BOT_TOKEN: 'xoxb-1',
          SLACK_APP_TOKEN: 'xapp-1',
        });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('SLACK_CLIENT_SECRET: required for the install flow');
    expect(message).toContain('SLACK_STATE_SECRET: required for the install flow, at least 32 characters');
    expect(message).toContain('SLACK_SIGNING_SECRET: required with the install flow');
    expect(message).toContain('SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID');
    expect(message).toContain('SLACK_APP_TOKEN: the install flow needs HTTP mode');
    expect(message).not.toContain('short-s3cr3t');
  });

  it('keeps single-workspace token mode as it was', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'signing' }).slack).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 'signing',
      orgs: {},
    });
  });
});
