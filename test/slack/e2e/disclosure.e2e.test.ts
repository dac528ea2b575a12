import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/slack-api-double.ts';
import { SlackHarness, slackIds } from '../support/slack-harness.ts';

const lines: string[] = [];
let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start({ logs: { level: 'debug', lines } });
});

afterAll(async () => {
  await harness.stop();
});

const disclosure = 'A young person told me they are being hurt at home';
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('Slack never ties a disclosure to the person who raised it', () => {
  it('answers a disclosure only to the person (DM, ephemeral in a channel, /policy), with nothing sent to anyone else and no log line naming them', async () => {
    const logsBefore = lines.length;
    const since = harness.double.calls.length;
    await harness.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D_U_SAM',
      user: slackIds.sam,
      text: disclosure,
      ts: '1700000000.000500',
    });
    await harness.event({
      type: 'app_mention',
      channel: 'C_GENERAL',
      user: slackIds.sam,
      text: `<@U_BOT> ${disclosure}`,
      ts: '1700000000.000600',
    });
    const command = await harness.command('/policy', slackIds.sam, disclosure);
    await harness.double.waitFor(
      (calls) =>
        calls.slice(since).filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'response_url'].includes(c.method))
          .length >= 3 || undefined,
    );
    await settle();

    const sent = harness.double.calls.slice(since) as RecordedCall[];
    // Exactly three replies, each only to Sam: his DM, an ephemeral only he sees, his /policy response.
    expect(sent.map((c) => c.method).sort()).toEqual(['chat.postEphemeral', 'chat.postMessage', 'response_url']);
    expect(sent.find((c) => c.method === 'chat.postMessage')!.body.channel).toBe('D_U_SAM');
    expect(sent.find((c) => c.method === 'chat.postEphemeral')!.body).toMatchObject({
      channel: 'C_GENERAL',
      user: slackIds.sam,
    });
    expect(sent.find((c) => c.method === 'response_url')!.responseId).toBe(command.responseId);
    expect(sent.find((c) => c.method === 'response_url')!.body.response_type).toBe('ephemeral');
    // No reply names him or repeats what he wrote; nothing was stored about it.
    for (const call of sent) {
      expect(JSON.stringify(call.body)).not.toContain('hurt at home');
      expect(JSON.stringify(call.body.blocks ?? [])).not.toContain(slackIds.sam);
    }
    // No log line, even at debug, ties the disclosure to Sam: none names him with a concern, none has the text.
    const logged = lines.slice(logsBefore);
    expect(logged.join('')).not.toContain('hurt at home');
    for (const line of logged) expect(line.includes(slackIds.sam) && /concern|disclos/i.test(line), line).toBe(false);
    // Nor does any line name him or his DM at all, so none can be matched up with the reply either.
    expect(logged.filter((line) => line.includes(slackIds.sam))).toEqual([]);
    expect(logged.length).toBeGreaterThan(0);
  });
});
