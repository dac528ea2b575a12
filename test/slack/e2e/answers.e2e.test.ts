import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../../src/core/conversation/actions.ts';
import { SlackHarness, slackIds } from '../support/slack-harness.ts';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await SlackHarness.start();
});

afterAll(async () => {
  await harness.stop();
});

describe('Slack answers', () => {
  it('answers a DM with the verdict, quoted clauses, request and feedback buttons', async () => {
    const result = await harness.event({ type: 'message', channel_type: 'im', channel: 'D_SAM', user: slackIds.sam, text: 'Can I text this young person?', ts: '1700000000.000200' });
    expect(result.status).toBe(200);
    const call = await harness.double.waitFor((calls) => calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'D_SAM'));
    console.log(JSON.stringify(call.body, null, 1));
    const blocks = call.body.blocks as Array<Record<string, unknown>>;
    expect(JSON.stringify(blocks)).toContain(ActionId.startRequest);
  });
});
