import { describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { type PostedCard, type StoredReference, TeamsRecords, teamsKeys } from '../../src/teams/teams-records.ts';

const reference = (serviceUrl: string, conversationId = 'a:chat-1'): StoredReference => ({
  channelId: 'msteams',
  serviceUrl,
  conversation: { id: conversationId, conversationType: 'personal', tenantId: 't1' },
  bot: { id: '28:bot' },
  user: { id: '29:user', aadObjectId: 'aad-1' },
});

const posted = (activityId: string, conversationId = 'a:chat-1'): PostedCard => ({
  conversationId,
  activityId,
  serviceUrl: 'https://smba.example/',
  viewer: { platform: 'teams', userId: 'aad-1' },
  reference: reference('https://smba.example/', conversationId),
});

describe('TeamsRecords', () => {
  it('keeps a personal chat write-once: the same reference writes nothing, a moved one becomes version 2', async () => {
    const store = new MemoryRecordStore();
    const records = new TeamsRecords(store);
    expect(await records.rememberPersonalChat('aad-1', reference('https://smba.one/'))).toBe(true);
    expect(await records.rememberPersonalChat('aad-1', reference('https://smba.one/'))).toBe(false);
    expect(await records.rememberPersonalChat('aad-1', reference('https://smba.two/'))).toBe(true);
    expect(store.keys().filter((key) => key.startsWith('teams:ref:'))).toEqual([
      teamsKeys.reference('aad-1'),
      `${teamsKeys.reference('aad-1')}:2`,
    ]);
    expect(await store.get(teamsKeys.reference('aad-1'))).toMatchObject({ serviceUrl: 'https://smba.one/' });
    expect(await records.personalChat('aad-1')).toMatchObject({ serviceUrl: 'https://smba.two/' });
  });

  it('reads the newest version another process wrote', async () => {
    const store = new MemoryRecordStore();
    const first = new TeamsRecords(store);
    const second = new TeamsRecords(store);
    await first.rememberPersonalChat('aad-1', reference('https://smba.one/'));
    expect(await second.personalChat('aad-1')).toMatchObject({ serviceUrl: 'https://smba.one/' });
    await first.rememberPersonalChat('aad-1', reference('https://smba.two/'));
    expect(await second.personalChat('aad-1')).toMatchObject({ serviceUrl: 'https://smba.two/' });
    // A process that learns of a version it did not write does not write it again.
    expect(await second.rememberPersonalChat('aad-1', reference('https://smba.two/'))).toBe(false);
  });

  it('gives two processes adding the same change at once one new version between them', async () => {
    const store = new MemoryRecordStore();
    const [a, b] = [new TeamsRecords(store), new TeamsRecords(store)];
    await a.rememberMember('aad-1', {
      channelId: 'msteams',
      serviceUrl: 'https://one/',
      mri: '29:u',
      bot: { id: '28:b' },
    });
    await b.member('aad-1');
    const moved = { channelId: 'msteams', serviceUrl: 'https://two/', mri: '29:u', bot: { id: '28:b' } };
    const written = await Promise.all([a.rememberMember('aad-1', moved), b.rememberMember('aad-1', moved)]);
    expect(written.filter(Boolean)).toHaveLength(1);
    expect(store.keys().filter((key) => key.startsWith('teams:member:'))).toHaveLength(2);
  });

  it('lists the cards posted for a request in order, once per message, across processes', async () => {
    const store = new MemoryRecordStore();
    const [a, b] = [new TeamsRecords(store), new TeamsRecords(store)];
    await a.addPostedCard('r-1', posted('act-1'));
    await b.addPostedCard('r-1', posted('act-2', 'a:chat-2'));
    await a.addPostedCard('r-1', posted('act-1'));
    await Promise.all([
      a.addPostedCard('r-1', posted('act-3', 'a:chat-3')),
      b.addPostedCard('r-1', posted('act-4', 'a:chat-4')),
    ]);
    const cards = await a.postedCards('r-1');
    expect(cards.map((card) => card.activityId)).toEqual([
      'act-1',
      'act-2',
      expect.stringMatching(/act-[34]/),
      expect.stringMatching(/act-[34]/),
    ]);
    expect(new Set(cards.map((card) => card.activityId)).size).toBe(4);
    expect(await b.postedCards('r-2')).toEqual([]);
  });

  it('refuses a stored record of the wrong shape rather than acting on it', async () => {
    const store = new MemoryRecordStore();
    await store.putIfAbsent(teamsKeys.reference('aad-1'), { serviceUrl: 42 });
    await expect(new TeamsRecords(store).personalChat('aad-1')).rejects.toThrow();
  });
});
