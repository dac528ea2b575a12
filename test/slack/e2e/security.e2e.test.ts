import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/logger.ts';
import { MemoryRecordStore } from '../../../src/adapters/store/memory-store.ts';
import { loadConfig } from '../../../src/config.ts';
import { createSlackPlatform } from '../../../src/slack/slack-platform.ts';
import { conversationFixture } from '../../support/conversation-fixture.ts';
import { commandBody, SlackSigner, slackSignature } from '../support/sign.ts';
import { SlackHarness, slackIds, teamId } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start({ platform: { bodyLimit: 64 * 1024, bodyTimeoutMs: 300 } });
});

afterAll(async () => {
  await harness.stop();
});

const policy = commandBody({
  command: '/policy',
  text: 'Can I text this young person?',
  team_id: teamId,
  user_id: slackIds.sam,
  response_url: 'http://127.0.0.1:9/never',
  trigger_id: 't',
});

/** Sends `headers` with the /policy body and checks the app refused it before anything ran. */
async function expectRefused(headers: Record<string, string>, status = 401, body = policy): Promise<void> {
  harness.double.reset();
  const result = await harness.send(body, headers);
  expect(result.status).toBe(status);
  // Give any (wrongly) started listener time to call Slack, then check nothing did.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(harness.double.calls).toEqual([]);
}

describe('Slack request verification', () => {
  it('accepts a correctly signed request', async () => {
    const result = await harness.send(policy);
    expect(result.status).toBe(200);
  });

  it('refuses a forged signature with 401', async () => {
    const headers = harness.signer.headers(policy);
    await expectRefused({
      ...headers,
      'x-slack-signature': slackSignature('not-the-secret', Number(headers['x-slack-request-timestamp']), policy.body),
    });
  });

  it('refuses a body changed after signing with 401', async () => {
    const headers = harness.signer.headers(policy);
    await expectRefused(headers, 401, {
      ...policy,
      body: policy.body.replace('Sam', 'Alex').replace('U_SAM', 'U_ALEX'),
    });
  });

  it('refuses a request without the signature or timestamp header with 401', async () => {
    const headers = harness.signer.headers(policy);
    const { 'x-slack-signature': _signature, ...noSignature } = headers;
    const { 'x-slack-request-timestamp': _timestamp, ...noTimestamp } = headers;
    await expectRefused(noSignature);
    await expectRefused(noTimestamp);
  });

  it('refuses a replay more than five minutes old with 401', async () => {
    await expectRefused(harness.signer.headers(policy, { offsetSeconds: -301 }));
  });

  it('refuses a timestamp more than five minutes ahead with 401', async () => {
    // Well past the five-minute window, so a slow machine between signing and checking cannot bring it back inside.
    await expectRefused(harness.signer.headers(policy, { offsetSeconds: 360 }));
  });

  it('refuses a request signed by a clock that is an hour off, even with the right secret', async () => {
    const skewed = new SlackSigner('test-secret', () => Date.now() - 3_600_000);
    await expectRefused(skewed.headers(policy));
  });

  it('refuses a body over the limit with 413', async () => {
    const big = commandBody({
      command: '/policy',
      text: 'x'.repeat(70 * 1024),
      team_id: teamId,
      user_id: slackIds.sam,
      response_url: 'http://127.0.0.1:9/never',
      trigger_id: 't',
    });
    await expectRefused(harness.signer.headers(big), 413, big);
  });

  it('refuses with 413 a chunked body (no declared length) that grows past the limit', async () => {
    harness.double.reset();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        harness.url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 80; i += 1) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
    expect(harness.double.calls).toEqual([]);
  });

  it("answers Slack's unsigned ssl_check with 200 and runs nothing", async () => {
    harness.double.reset();
    const check = commandBody({ ssl_check: '1', token: 'legacy-verification-token' });
    const result = await harness.send(check, { 'content-type': check.contentType });
    expect(result.status).toBe(200);
    expect(result.text).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.double.calls).toEqual([]);
  });

  it('does not let ssl_check smuggle an unsigned command past the signature check', async () => {
    // Not an ssl_check (ssl_check=0), so it is an ordinary unsigned request: 401.
    const smuggled = commandBody({
      ssl_check: '0',
      command: '/policy',
      text: 'Can I text?',
      team_id: teamId,
      user_id: slackIds.sam,
      response_url: 'http://127.0.0.1:9/never',
      trigger_id: 't',
    });
    await expectRefused({ 'content-type': smuggled.contentType }, 401, smuggled);
  });

  it('answers 408 and closes, instead of hanging, when the body is shorter than its Content-Length', async () => {
    harness.double.reset();
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        harness.url,
        { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '500' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Half the declared body, then silence with the connection left open.
      req.write(`command=%2Fpolicy&text=${'x'.repeat(200)}`);
    });
    expect(status).toBe(408);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(harness.double.calls).toEqual([]);
  });
});

describe('createSlackPlatform', () => {
  it('refuses to start in HTTP mode without a signing secret', async () => {
    const { conversation, approvals } = await conversationFixture();
    // loadConfig refuses this too; the factory checks again for configs built another way.
    const config = { ...loadConfig({}), slack: { mode: 'http' as const, botToken: 'xoxb-test', orgs: {} } };
    await expect(
      createSlackPlatform({
        conversation,
        approvals,
        config,
        store: new MemoryRecordStore(),
        logger: createLogger('silent'),
      }),
    ).rejects.toThrow('Slack: HTTP mode refuses to start without SLACK_SIGNING_SECRET');
  });

  it('fails at start-up with a clear message when the bot token is refused', async () => {
    const { conversation, approvals } = await conversationFixture();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-wrong',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: harness.double.apiUrl,
    });
    await expect(
      createSlackPlatform({
        conversation,
        approvals,
        config,
        store: new MemoryRecordStore(),
        logger: createLogger('silent'),
      }),
    ).rejects.toThrow('Slack: the bot token was refused (invalid_auth)');
  });
});
