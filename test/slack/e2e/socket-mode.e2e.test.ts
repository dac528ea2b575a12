import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mrkdwnOf } from '../support/blocks-query.ts';
import { SlackHarness, slackIds, teamId } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start({ env: { SLACK_APP_TOKEN: 'xapp-test' } });
});

afterAll(async () => {
  await harness.stop();
});

describe('Slack Socket Mode', () => {
  it('connects with the app token and serves no HTTP route', async () => {
    expect(harness.double.callsTo('apps.connections.open')[0]!.authorization).toBe('Bearer xapp-test');
    expect(harness.double.openSockets).toBe(1);
    expect(harness.app.platforms[0]!.routes).toEqual([]);
    const response = await fetch(harness.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(404);
    expect(await harness.app.platforms[0]!.health()).toMatchObject({ mode: 'socket', ready: true });
  });

  it('acks a /policy envelope over the socket and answers through the response_url', async () => {
    const response = harness.responseUrl();
    harness.double.sendEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x',
        team_id: teamId,
        user_id: slackIds.sam,
        channel_id: 'C_GENERAL',
        command: '/policy',
        text: 'Can I text this young person?',
        response_url: response.url,
        trigger_id: 'trigger-socket',
      },
    });
    await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'response_url' && c.responseId === response.id),
    );
    expect(harness.double.socketMessages.find((m) => m.envelope_id === 'env-1')).toBeDefined();
    const answer = harness.double.callsTo('response_url').find((c) => c.responseId === response.id)!;
    expect(mrkdwnOf(answer.body.blocks)[0]).toContain('*Needs approval*');
  });

  it('answers a DM event once, even when Slack redelivers it', async () => {
    const envelope = (envelopeId: string, retry: number) => ({
      envelope_id: envelopeId,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: retry,
      retry_reason: retry ? 'timeout' : '',
      payload: {
        team_id: teamId,
        api_app_id: 'A_POLICY',
        type: 'event_callback',
        event_id: 'EvSOCKET1',
        event_time: 1_700_000_000,
        event: {
          type: 'message',
          channel_type: 'im',
          channel: 'D_U_SAM',
          user: slackIds.sam,
          text: 'Can I take photos on a trip?',
          ts: '1700000000.000900',
        },
      },
    });
    harness.double.sendEnvelope(envelope('env-2', 0));
    await harness.double.waitFor((calls) =>
      calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_U_SAM'),
    );
    harness.double.sendEnvelope(envelope('env-3', 1));
    await harness.double.waitFor((_calls) => harness.double.socketMessages.some((m) => m.envelope_id === 'env-3'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(harness.double.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D_U_SAM')).toHaveLength(1);
  });
});
