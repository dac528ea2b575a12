import { generateKeyPairSync } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { maxActivityBytes } from '../../src/teams/teams-http.ts';
import { cardOf, cardText } from './support/connector-double.ts';
import { appId, people, personalChat, startTeamsHarness, type TeamsHarness } from './support/teams-harness.ts';

const question = 'Can I text this young person?';

function messageActivity(h: TeamsHarness, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `activity-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: people.sam.mri, aadObjectId: people.sam.aad, name: 'Sam' },
    recipient: { id: `28:${appId}`, name: 'Policy Desk' },
    conversation: {
      id: personalChat(people.sam),
      conversationType: 'personal',
      tenantId: '11111111-2222-4333-8444-555555555555',
    },
    text: question,
    ...overrides,
  };
}

describe('POST /api/messages with an app id configured', () => {
  let h: TeamsHarness;
  let storeSizeBefore: number;

  beforeAll(async () => {
    // botbuilder's token extractor writes rejected tokens' details to the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    h = await startTeamsHarness();
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await h?.close();
  });
  beforeEach(() => {
    h.connector.calls.length = 0;
    storeSizeBefore = (h.store as MemoryRecordStore).size;
  });

  /** Nothing ran: no call to the connector, no record written, no answer logged. */
  async function expectNothingRan(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.connector.calls).toEqual([]);
    expect((h.store as MemoryRecordStore).size).toBe(storeSizeBefore);
  }

  it('runs the bot for a valid RS256 channel token and signs its reply', async () => {
    const answer = await h.message(people.sam, question);
    expect(answer.status).toBe(200);
    const [reply] = h.connector.messages(personalChat(people.sam));
    expect(reply?.authorization).toBe('Bearer outgoing-test-token');
    expect(cardText(cardOf(reply!))).toContain('Needs approval');
  });

  it('fetched the signing keys from the configured OpenID metadata, not from the internet', () => {
    expect(h.openid!.requests).toEqual(expect.arrayContaining(['/.well-known/openid-configuration', '/keys']));
  });

  const refused: Array<[string, (h: TeamsHarness) => string | null]> = [
    ['no token', () => null],
    [
      'a token that expired ten minutes ago',
      (t) => t.openid!.channelToken({ appId, serviceUrl: t.connector.url, expiresInSeconds: -600 }),
    ],
    [
      'a token for another app (wrong audience)',
      (t) =>
        t.openid!.channelToken({
          appId,
          serviceUrl: t.connector.url,
          audience: '99999999-0000-4000-8000-000000000000',
        }),
    ],
    [
      'a token from another issuer',
      (t) => t.openid!.channelToken({ appId, serviceUrl: t.connector.url, issuer: 'https://attacker.example.com' }),
    ],
    [
      'a token signed with a key id the metadata does not publish',
      (t) => t.openid!.channelToken({ appId, serviceUrl: t.connector.url }, { kid: 'unknown-key' }),
    ],
    [
      'an HS256 token keyed with the public key (algorithm confusion)',
      (t) => t.openid!.channelToken({ appId, serviceUrl: t.connector.url }, { alg: 'HS256' }),
    ],
    [
      'a token signed by another private key under the published key id',
      (t) =>
        t.openid!.channelToken(
          { appId, serviceUrl: t.connector.url },
          { privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey },
        ),
    ],
    [
      'a token minted for another service URL',
      (t) => t.openid!.channelToken({ appId, serviceUrl: 'https://smba.attacker.example.com/' }),
    ],
    ['a token that is not a JWT', () => 'not-a-jwt'],
  ];

  it.each(refused)('answers 401 to %s and runs nothing', async (_case, token) => {
    const answer = await h.post(messageActivity(h), { token: token(h) });
    expect(answer.status).toBe(401);
    await expectNothingRan();
  });

  it('answers 401 to a card action without a token and records no feedback', async () => {
    const answer = await h.post(
      {
        ...messageActivity(h),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'pd_feedback_helpful',
            data: { answer: 'a1', verdict: 'allowed', clauses: [] },
          },
        },
      },
      { token: null },
    );
    expect(answer.status).toBe(401);
    await expectNothingRan();
  });

  it('refuses a valid token on a channel other than Teams, before the bot runs', async () => {
    // The key is endorsed for the Emulator too, so the token checks out; the bot still serves Teams only.
    const answer = await h.post(messageActivity(h, { channelId: 'emulator' }));
    expect(answer.status).toBe(400);
    await expectNothingRan();
  });

  it('refuses a body that is not an activity, and one that is too large', async () => {
    expect((await h.post({ hello: 'world' })).status).toBe(400);
    const huge = await h.post(messageActivity(h, { text: 'x'.repeat(maxActivityBytes) }));
    expect(huge.status).toBe(413);
    await expectNothingRan();
  });
});

describe('POST /api/messages with a body shorter than its Content-Length', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({ teams: { bodyTimeoutMs: 300 } });
  });
  afterAll(async () => h?.close());

  it('answers 408 and closes instead of hanging, and nothing runs', async () => {
    const before = h.connector.calls.length;
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${h.url}/api/messages`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '500', authorization: 'Bearer whatever' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"type":"message","text":"half an activity');
    });
    expect(status).toBe(408);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(h.connector.calls.slice(before)).toEqual([]);
  });
});
