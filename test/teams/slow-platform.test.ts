import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { createSlackPlatform } from '../../src/slack/slack-platform.ts';
import { interactionBody, post, SlackSigner } from '../slack/support/sign.ts';
import { SlackApiDouble } from '../slack/support/slack-api-double.ts';
import { cardOf, cardText } from './support/connector-double.ts';
import {
  eventually,
  fileRequest,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
  trusteeContactInputs,
} from './support/teams-harness.ts';

// One app with both platforms: a Teams connector that has become slow must not hold up a reply in Slack.
const slackTeam = 'T_ALLSORTS';
const dev = 'U_DEV';
const teamsDelayMs = 2500;

describe('a slow Teams connector and a Slack vote', () => {
  let h: TeamsHarness;
  let slack: SlackApiDouble;
  const signer = new SlackSigner();
  let requestId: string;

  beforeAll(async () => {
    slack = await new SlackApiDouble().start();
    h = await startTeamsHarness({
      accounts: {
        'Sam (staff)': { teams: people.sam.aad },
        'Priya (chair)': { teams: people.priya.aad },
        'Tom (trustee)': { teams: people.tom.aad },
        'Ruth (trustee)': { teams: people.ruth.aad },
        'Dev (trustee)': { slack: dev },
      },
      env: {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: signer.secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_ORGS: `${slackTeam}:allsorts`,
      },
      platforms: [(deps) => createSlackPlatform(deps)],
    });
    for (const user of [people.sam, people.priya, people.tom, people.ruth]) await h.install(user);
    ({ requestId } = await fileRequest(h, people.sam, 'trustee-contact', trusteeContactInputs));
    await settled(h);
  });
  afterAll(async () => {
    h?.connector.setDelay(0);
    await h?.close();
    await slack?.stop();
  });

  it('answers the Slack voter at once; the Teams cards are redrawn when the connector answers', async () => {
    const copy = await slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === 'chat.postMessage' &&
          call.body.channel === `D_${dev}` &&
          JSON.stringify(call.body.blocks).includes(requestId),
      ),
    );
    const priyaCard = await eventually(() =>
      h.connector
        .messages(personalChat(people.priya))
        .find((call) => cardText(cardOf(call)).includes('asks the board to vote')),
    );
    h.connector.setDelay(teamsDelayMs);

    const started = Date.now();
    const body = interactionBody({
      type: 'block_actions',
      user: { id: dev, username: 'dev', team_id: slackTeam },
      api_app_id: 'A_POLICY',
      team: { id: slackTeam, domain: 'allsorts-test' },
      trigger_id: 'trigger-dev',
      container: { type: 'message', channel_id: copy.body.channel, message_ts: copy.response!.ts, is_ephemeral: false },
      channel: { id: copy.body.channel, name: 'directmessage' },
      message: { type: 'message', ts: copy.response!.ts, text: '' },
      response_url: slack.responseUrl('vote-dev'),
      actions: [
        {
          type: 'button',
          action_id: ActionId.voteFor,
          block_id: 'b',
          value: JSON.stringify({ request: requestId }),
          action_ts: '1700000001.000001',
        },
      ],
    });
    expect((await post(`${h.url}/slack/events`, body, signer.headers(body))).status).toBe(200);
    const reply = await slack.waitFor((calls) =>
      calls.find((call) => call.method === 'response_url' && call.responseId === 'vote-dev'),
    );
    // Dev's reply does not wait for Teams: well inside the connector's delay.
    expect(reply.at - started).toBeLessThan(teamsDelayMs - 1000);
    expect(JSON.stringify(reply.body)).toContain('Your vote For');

    // Teams still gets its redraw, once the slow connector answers.
    const update = await eventually(
      () =>
        h.connector
          .of('update')
          .find(
            (call) => call.activityId === priyaCard.resultId && cardText(cardOf(call)).includes('For 1 · Against 0'),
          ),
      10_000,
    );
    expect(update).toBeDefined();
  }, 20_000);
});
