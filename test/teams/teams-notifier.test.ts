import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import type { Corpus } from '../../src/core/policy/corpus.ts';
import { RefreshVerb } from '../../src/teams/render/adaptive-card.ts';
import { corpusWithAccounts } from '../support/conversation-fixture.ts';
import { type ConnectorCall, cardActions, cardOf, cardText } from './support/connector-double.ts';
import {
  eventually,
  fileRequest,
  people,
  personalChat,
  settled,
  startTeamsHarness,
  type TeamsHarness,
  teamsAccounts,
} from './support/teams-harness.ts';

const leadersChannel = '19:activity-leaders@thread.tacv2';

/** Allsorts with nobody listed as activity leader or coordinator, and a Teams channel for the activity leaders. */
async function corpusWithLeadersChannel(): Promise<Corpus> {
  const corpus = await corpusWithAccounts('allsorts', teamsAccounts);
  const allsorts = corpus.organisations.get('allsorts')!;
  const organisation = allsorts.organisation;
  const people = organisation.people.filter(
    (person) => !person.roles.includes('activity-leader') && !person.roles.includes('coordinator'),
  );
  const roles = {
    ...organisation.roles,
    'activity-leader': { ...organisation.roles['activity-leader']!, channels: { teams: leadersChannel } },
  };
  const organisations = new Map(corpus.organisations);
  organisations.set('allsorts', { ...allsorts, organisation: { ...organisation, people, roles } });
  return { organisations };
}

const photos = {
  'f.activity': 'Summer trip',
  'f.date': '2026-07-14',
  'f.subject': 'Group activities',
  'f.parental-consent': 'true',
  'f.allsorts-phone': 'true',
};

describe('TeamsNotifier role channels', () => {
  let h: TeamsHarness;
  let post: ConnectorCall;
  let requestId: string;

  beforeAll(async () => {
    h = await startTeamsHarness({ corpus: await corpusWithLeadersChannel() });
    await h.install(people.sam);
    await settled(h);
  });
  afterAll(async () => h?.close());

  it('posts a request for a role nobody holds to the role’s Teams channel, as a shared card, and records it', async () => {
    ({ requestId } = await fileRequest(h, people.sam, 'photos', photos));
    post = await eventually(() => h.connector.messages(leadersChannel)[0]);
    const card = cardOf(post);
    expect(cardText(card)).toContain('asks for your approval');
    expect(cardText(card)).toContain('Pending: waiting for the Activity Leader or Co-ordinator.');
    // A shared copy: status for everyone; nobody in the channel is known to hold the role, so no buttons here.
    expect(cardActions(card)).toEqual([]);
    expect(card.refresh.action).toEqual({ type: 'Action.Execute', verb: RefreshVerb, data: { request: requestId } });
    await settled(h);
    const recorded = await h.store.getMany([1, 2, 3].map((n) => `teams:msg:${requestId}:${n}`));
    expect(recorded).toContainEqual(
      expect.objectContaining({ conversationId: leadersChannel, activityId: post.resultId, viewer: 'channel' }),
    );
  });

  it('does not post to a channel for a role the organisation gives none', async () => {
    await settled(h);
    // The coordinator role has no Teams channel: only the activity leaders' channel got a post.
    expect(new Set(h.connector.messages().map((call) => call.conversationId))).toEqual(
      new Set([personalChat(people.sam), leadersChannel]),
    );
  });

  it('redraws the channel card when the requester withdraws', async () => {
    const answer = await h.invoke(people.sam, ActionId.withdraw, { request: requestId });
    expect(cardText(answer.body.value)).toContain('You withdrew');
    const update = await eventually(() =>
      h.connector.of('update', leadersChannel).find((call) => call.activityId === post.resultId),
    );
    expect(cardText(cardOf(update))).toContain('Withdrawn by Sam (staff).');
  });
});
