import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { createSlackPlatform } from '../../src/slack/slack-platform.ts';
import { actionIdsOf } from '../slack/support/blocks-query.ts';
import { interactionBody, post, SlackSigner } from '../slack/support/sign.ts';
import { type RecordedCall, SlackApiDouble } from '../slack/support/slack-api-double.ts';
import { type ConnectorCall, cardActions, cardOf, cardText } from './support/connector-double.ts';
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

// One organisation, one store, one vote: Sam asks in Teams; Priya, Tom and Ruth vote in Teams, Dev and Ann in Slack.
const slackTeam = 'T_ALLSORTS';
const slackTrustees = { dev: 'U_DEV', ann: 'U_ANN' } as const;
const vote = 'Exceptional circumstances - a trustee shares their number with a young person';

describe('a trustee vote across Teams and Slack', () => {
  let h: TeamsHarness;
  let slack: SlackApiDouble;
  const signer = new SlackSigner();
  let requestId: string;
  const teamsCards = new Map<string, ConnectorCall>();
  const slackCopies = new Map<string, RecordedCall>();

  /** A Slack button press on the user's DM copy, signed as Slack signs it. */
  async function slackVote(user: string, action: string): Promise<number> {
    const copy = slackCopies.get(user)!;
    const body = interactionBody({
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), team_id: slackTeam },
      api_app_id: 'A_POLICY',
      team: { id: slackTeam, domain: 'allsorts-test' },
      trigger_id: `trigger-${user}`,
      container: { type: 'message', channel_id: copy.body.channel, message_ts: copy.response!.ts, is_ephemeral: false },
      channel: { id: copy.body.channel, name: 'directmessage' },
      message: { type: 'message', ts: copy.response!.ts, text: '' },
      response_url: slack.responseUrl(`vote-${user}`),
      actions: [
        {
          type: 'button',
          action_id: action,
          block_id: 'b',
          value: JSON.stringify({ request: requestId }),
          action_ts: '1700000001.000001',
        },
      ],
    });
    return (await post(`${h.url}/slack/events`, body, signer.headers(body))).status;
  }

  const slackUpdatesOf = (user: string): RecordedCall[] => {
    const copy = slackCopies.get(user)!;
    return slack
      .callsTo('chat.update')
      .filter((call) => call.body.channel === copy.body.channel && call.body.ts === copy.response!.ts);
  };
  const teamsUpdatesOf = (aad: string): ConnectorCall[] =>
    h.connector.of('update').filter((call) => call.activityId === teamsCards.get(aad)!.resultId);

  beforeAll(async () => {
    slack = await new SlackApiDouble().start();
    h = await startTeamsHarness({
      accounts: {
        'Sam (staff)': { teams: people.sam.aad },
        'Priya (chair)': { teams: people.priya.aad },
        'Tom (trustee)': { teams: people.tom.aad },
        'Ruth (trustee)': { teams: people.ruth.aad },
        'Dev (trustee)': { slack: slackTrustees.dev },
        'Ann (trustee)': { slack: slackTrustees.ann },
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
    await settled(h);
  });
  afterAll(async () => {
    await h?.close();
    await slack?.stop();
  });

  it('puts the request in front of all five trustees: three Teams cards and two Slack messages', async () => {
    ({ requestId } = await fileRequest(h, people.sam, 'trustee-contact', trusteeContactInputs));
    for (const trustee of [people.priya, people.tom, people.ruth]) {
      const card = await eventually(() =>
        h.connector
          .messages(personalChat(trustee))
          .find((call) => cardText(cardOf(call)).includes('asks the board to vote')),
      );
      expect(cardActions(cardOf(card)).map((action) => action.verb)).toEqual([
        ActionId.voteFor,
        ActionId.voteAgainst,
        ActionId.voteAbstain,
      ]);
      teamsCards.set(trustee.aad, card);
    }
    for (const user of Object.values(slackTrustees)) {
      const message = await slack.waitFor((calls) =>
        calls.find(
          (call) =>
            call.method === 'chat.postMessage' &&
            call.body.channel === `D_${user}` &&
            JSON.stringify(call.body.blocks).includes(requestId),
        ),
      );
      expect(actionIdsOf(message.body.blocks)).toEqual([ActionId.voteFor, ActionId.voteAgainst, ActionId.voteAbstain]);
      slackCopies.set(user, message);
    }
  });

  it('redraws the Teams cards when a trustee votes in Slack', async () => {
    expect(await slackVote(slackTrustees.dev, ActionId.voteFor)).toBe(200);
    for (const trustee of [people.priya, people.tom, people.ruth]) {
      await eventually(() =>
        teamsUpdatesOf(trustee.aad).some((call) =>
          cardText(cardOf(call)).includes('For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)'),
        ),
      );
    }
  });

  it('redraws the Slack messages when a trustee votes in Teams', async () => {
    const answer = await h.invoke(
      people.priya,
      ActionId.voteAgainst,
      { request: requestId },
      { replyToId: teamsCards.get(people.priya.aad)!.resultId! },
    );
    expect(cardText(answer.body.value)).toContain('For 1 · Against 1 · Abstain 0 · 2 of 5 voted (quorum 3)');
    for (const user of Object.values(slackTrustees)) {
      await slack.waitFor(
        (calls) =>
          calls.length &&
          slackUpdatesOf(user).some((call) =>
            JSON.stringify(call.body.blocks).includes('For 1 · Against 1 · Abstain 0 · 2 of 5 voted (quorum 3)'),
          ),
      );
    }
  });

  it('decides once when the majority is reached, and updates every message on both platforms', async () => {
    await h.invoke(people.tom, ActionId.voteFor, { request: requestId });
    await settled(h);
    const before = h.connector.calls.length;
    // The third For, from Slack, settles it: Ruth's vote could no longer change the outcome.
    expect(await slackVote(slackTrustees.ann, ActionId.voteFor)).toBe(200);

    expect(await eventually(() => h.store.get(`outcome:${requestId}`))).toMatchObject({
      status: 'approved',
      reason: 'majority',
      tally: { for: 3, against: 1, cast: 4 },
    });
    const late = await h.invoke(people.ruth, ActionId.voteAgainst, { request: requestId });
    expect(cardText(late.body.value)).toContain('This request was already approved.');
    expect(await h.store.get(`vote:${requestId}:ruth-trustee`)).toBeUndefined();

    for (const trustee of [people.priya, people.tom, people.ruth]) {
      const last = await eventually(() => {
        const update = teamsUpdatesOf(trustee.aad).at(-1);
        return update && cardText(cardOf(update)).includes('Approved by majority') ? update : undefined;
      });
      expect(cardActions(cardOf(last))).toEqual([]);
    }
    for (const user of Object.values(slackTrustees)) {
      const last = await slack.waitFor(() => {
        const update = slackUpdatesOf(user).at(-1);
        return update && JSON.stringify(update.body.blocks).includes('Approved by majority') ? update : undefined;
      });
      expect(actionIdsOf(last.body.blocks)).toEqual([]);
    }

    // Sam, who asked, hears once.
    await settled(h);
    const toSam = h.connector.calls
      .slice(before)
      .filter(
        (call) => (call.kind === 'send' || call.kind === 'reply') && call.conversationId === personalChat(people.sam),
      );
    expect(toSam.map((call) => cardText(cardOf(call)))).toEqual([
      expect.stringContaining(`Your request “${vote}” was approved by majority.`),
    ]);
  });
});
