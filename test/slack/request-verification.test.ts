import { describe, expect, it } from 'vitest';
import { isSslCheck, verifySlackSignature } from '../../src/slack/request-verification.ts';
import { slackSignature } from './support/sign.ts';

const secret = 'test-secret';
const body = Buffer.from('command=%2Fpolicy&text=hi');
const nowMs = 1_767_225_600_000;
const ts = Math.floor(nowMs / 1000);
const check = (overrides: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
  verifySlackSignature({
    signingSecret: secret,
    body,
    signature: slackSignature(secret, ts, body.toString()),
    timestamp: String(ts),
    nowMs,
    ...overrides,
  });

describe('verifySlackSignature', () => {
  it('accepts a signature made with the secret within five minutes either way', () => {
    expect(check({})).toBeUndefined();
    expect(check({ nowMs: nowMs + 300_000 })).toBeUndefined();
    expect(check({ nowMs: nowMs - 300_000 })).toBeUndefined();
  });

  it('refuses a stale or a future timestamp, whatever the signature', () => {
    expect(check({ nowMs: nowMs + 301_000 })).toEqual({ status: 401, reason: 'timestamp outside five minutes' });
    expect(check({ nowMs: nowMs - 301_000 })).toEqual({ status: 401, reason: 'timestamp outside five minutes' });
  });

  it('refuses missing, malformed and mismatched signatures', () => {
    expect(check({ signature: undefined })?.status).toBe(401);
    expect(check({ timestamp: undefined })?.status).toBe(401);
    expect(check({ timestamp: '12abc' })?.reason).toBe('malformed timestamp');
    expect(check({ signature: 'v1=abc' })?.reason).toBe('malformed signature');
    expect(check({ signature: slackSignature('other', ts, body.toString()) })?.reason).toBe('signature mismatch');
    expect(check({ body: Buffer.from('command=%2Fpolicy&text=HI') })?.reason).toBe('signature mismatch');
  });
});

describe('isSslCheck', () => {
  it('is true only for a form-encoded ssl_check=1', () => {
    expect(isSslCheck('application/x-www-form-urlencoded', Buffer.from('ssl_check=1&token=t'))).toBe(true);
    expect(isSslCheck('application/x-www-form-urlencoded; charset=utf-8', Buffer.from('token=t&ssl_check=1'))).toBe(
      true,
    );
    expect(isSslCheck('application/x-www-form-urlencoded', Buffer.from('ssl_check=0'))).toBe(false);
    expect(isSslCheck('application/x-www-form-urlencoded', Buffer.from('command=%2Fpolicy&text=ssl_check%3D1'))).toBe(
      false,
    );
    expect(isSslCheck('application/json', Buffer.from('{"ssl_check":"1"}'))).toBe(false);
    expect(isSslCheck(undefined, Buffer.from('ssl_check=1'))).toBe(false);
  });
});
