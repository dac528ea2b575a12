import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { PolicyDeskError } from '../../src/core/errors.ts';

/** The message loadConfig throws for `env`. */
function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyDeskError);
    expect((error as PolicyDeskError).code).toBe('policy_desk_config_invalid');
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to refuse these settings');
}

describe('loadConfig', () => {
  it('lists every bad setting at once: values that do not parse and missing platform settings together', () => {
    const message = problems({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_BOT_TOKEN: 'xoxb-1',
      MICROSOFT_APP_TYPE: 'Single',
      TICK_INTERVAL_MS: '5',
    });
    expect(message).toContain(
      'PORT="eighty": not a port number: use 1 to 65535 (3978 by default), or 0 for any free port',
    );
    expect(message).toContain(
      'LOG_LEVEL="loud": use one of fatal, error, warn, info (the default), debug, trace, silent',
    );
    expect(message).toContain('MICROSOFT_APP_TYPE="Single": use MultiTenant, SingleTenant or UserAssignedMSI');
    expect(message).toContain('TICK_INTERVAL_MS="5": use a number of milliseconds, at least 1000');
    expect(message).toContain('SLACK_SIGNING_SECRET: HTTP mode refuses to start without it');
    expect(message).toMatch(/Fix them in the environment or \.env/);
  });

  it('lists AUDIT_KEY problems with the others: missing in production, or too short', () => {
    const missing = problems({ NODE_ENV: 'production', PORT: 'eighty' });
    expect(missing).toMatch(
      /invalid settings:\n {2}PORT="eighty": not a port number.*\n {2}AUDIT_KEY: production refuses to start without it/,
    );
    const short = problems({ AUDIT_KEY: 'too-short-s3cr3t', LOG_LEVEL: 'loud' });
    expect(short).toContain('LOG_LEVEL="loud": use one of');
    expect(short).toContain('AUDIT_KEY: use at least 32 characters');
    expect(short).not.toContain('s3cr3t');
    expect(loadConfig({ NODE_ENV: 'production', AUDIT_KEY: 'k'.repeat(32) }).auditKey).toBe('k'.repeat(32));
    expect(loadConfig({}).auditKey).toBeUndefined();
  });

  it('with the organisations the policies hold, lists settings naming another one with the others', () => {
    const message = (() => {
      try {
        loadConfig(
          { DEFAULT_ORG: 'alsorts', PORT: 'eighty', TEAMS_LOCAL: '1', TEAMS_ORGS: 't1:nowhere' },
          { organisations: ['allsorts', 'worknlearn'] },
        );
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain('PORT="eighty": not a port number');
    expect(message).toContain('DEFAULT_ORG="alsorts": no such organisation in policies/ (it has allsorts, worknlearn)');
    expect(message).toContain('TEAMS_ORGS: t1 is mapped to "nowhere", which is not an organisation in policies/');
    expect(loadConfig({ DEFAULT_ORG: 'allsorts' }, { organisations: ['allsorts'] }).defaultOrg).toBe('allsorts');
  });

  it('never repeats a secret or a URL in the message', () => {
    const message = problems({
      SLACK_BOT_TOKEN: 'not-a-token-s3cr3t',
      SLACK_SIGNING_SECRET: 'x',
      STORE_URL: 'mysql://user:hunter2@db',
    });
    expect(message).toContain('SLACK_BOT_TOKEN: a bot token starts with xoxb-');
    expect(message).toContain('STORE_URL: must start with');
    expect(message).not.toContain('s3cr3t');
    expect(message).not.toContain('hunter2');
  });

  it('honours PLAYGROUND=0 with no platform configured, and serves the playground by default', () => {
    expect(loadConfig({ PLAYGROUND: '0' }).playground).toBe(false);
    expect(loadConfig({}).playground).toBe(true);
  });

  it('serves the playground beside Slack only when PLAYGROUND=1', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
    expect(loadConfig(slack).playground).toBe(false);
    expect(loadConfig({ ...slack, PLAYGROUND: '1' }).playground).toBe(true);
  });

  it('reads LOG_FORMAT (auto by default) and refuses an unknown one', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(problems({ LOG_FORMAT: 'yaml' })).toContain('LOG_FORMAT="yaml": use auto');
  });
});

describe('loadConfig with the organisations the policies hold', () => {
  const organisations = ['allsorts', 'worknlearn'];
  const refused = (env: Record<string, string>): string => {
    try {
      loadConfig(env, { organisations });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected loadConfig to refuse these settings');
  };

  it('names each setting that points at an organisation the policies folder lacks', () => {
    const message = refused({
      DEFAULT_ORG: 'nowhere',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_ORGS: 'T1:allsorts,T2:alsorts',
      TEAMS_LOCAL: '1',
      TEAMS_ORGS: 'tenant-1:worknlearn',
    });
    expect(message.split('\n').filter((line) => line.startsWith('  '))).toEqual([
      '  DEFAULT_ORG="nowhere": no such organisation in policies/ (it has allsorts, worknlearn)',
      '  SLACK_ORGS: T2 is mapped to "alsorts", which is not an organisation in policies/ (it has allsorts, worknlearn)',
    ]);
  });

  it('finds nothing wrong when every name is known', () => {
    expect(
      loadConfig({ DEFAULT_ORG: 'allsorts', TEAMS_LOCAL: '1', TEAMS_ORGS: 'tenant-1:worknlearn' }, { organisations })
        .defaultOrg,
    ).toBe('allsorts');
  });
});
