import type { Installation } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
import { KeyvInstallationStore } from '../../src/slack/installation-store.ts';
import { dropNamespace, engines, uniqueNamespace } from '../adapters/store/engines.ts';

const installation = (teamId: string, token: string, org?: string): Installation => ({
  team: { id: teamId, name: teamId },
  enterprise: undefined,
  user: { id: 'U_ADMIN', token: undefined, scopes: undefined },
  bot: { token, scopes: ['chat:write'], id: 'B1', userId: 'U_BOT' },
  isEnterpriseInstall: false,
  ...(org ? { metadata: JSON.stringify({ org }) } : {}),
});
const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });

describe('KeyvInstallationStore', () => {
  it('keeps a history per workspace in the write-once store: the latest installation wins, a removal hides it', async () => {
    const store = new MemoryRecordStore();
    const installs = new KeyvInstallationStore(store);
    await installs.storeInstallation(installation('T1', 'xoxb-old', 'allsorts'));
    await installs.storeInstallation(installation('T1', 'xoxb-new', 'allsorts'));
    expect((await installs.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-new');
    expect(installs.orgOf('T1')).toBe('allsorts');
    await installs.deleteInstallation(query('T1'));
    await expect(installs.fetchInstallation(query('T1'))).rejects.toThrow(
      'Policy Desk is not installed in T1 (removed: app_uninstalled); install it again from /slack/install',
    );
    expect(installs.orgOf('T1')).toBeUndefined();
    await installs.storeInstallation(installation('T1', 'xoxb-again'));
    expect((await installs.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-again');
  });

  it('agrees across processes sharing one store, including what another process installed or removed since', async () => {
    const store = new MemoryRecordStore();
    const a = new KeyvInstallationStore(store);
    const b = new KeyvInstallationStore(store);
    await a.storeInstallation(installation('T1', 'xoxb-1', 'allsorts'));
    expect((await b.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-1');
    await b.storeInstallation(installation('T2', 'xoxb-2', 'worknlearn'));
    await b.remove(query('T1'), 'tokens_revoked');
    await expect(a.fetchInstallation(query('T1'))).rejects.toThrow(/removed: tokens_revoked/);
    expect((await a.installed()).map((entry) => [entry.key, entry.org])).toEqual([['T:T2', 'worknlearn']]);
  });
});

// The installations live in whichever store Policy Desk runs on: check each engine reachable here.
for (const engine of await engines()) {
  describe.skipIf(engine.skip !== undefined)(
    `KeyvInstallationStore on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace('slack-install');
      afterAll(async () => dropNamespace(engine, namespace));

      it('stores, fetches, removes and reinstalls a workspace, read back by a second process', async () => {
        const first = await createStore({ url: engine.url!, namespace });
        const second = await createStore({ url: engine.url!, namespace });
        try {
          const a = new KeyvInstallationStore(first);
          const b = new KeyvInstallationStore(second);
          await a.storeInstallation(installation('T1', 'xoxb-1', 'allsorts'));
          expect((await b.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-1');
          expect((await b.installed()).map((entry) => entry.org)).toEqual(['allsorts']);
          await b.remove(query('T1'), 'app_uninstalled');
          await expect(a.fetchInstallation(query('T1'))).rejects.toThrow(/removed: app_uninstalled/);
          await a.storeInstallation(installation('T1', 'xoxb-2', 'allsorts'));
          expect((await b.fetchInstallation(query('T1'))).bot?.token).toBe('xoxb-2');
        } finally {
          await first.close();
          await second.close();
        }
      });
    },
  );
}
