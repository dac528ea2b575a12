import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import { allsortsAnswers, ok, pg, shippedCorpus, submitPhotos } from '../core/approvals/helpers.ts';
import { ManualClock } from '../support/manual-clock.ts';

const root = path.join(import.meta.dirname, '../..');
const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-desk-cli-')), 'cli.sqlite');
const storeUrl = `sqlite://${file}`;
const namespace = 'policy-desk';
let photoId = '';
let voteId = '';

function run(script: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli', script), ...args, '--store', storeUrl],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const store = await createStore({ url: storeUrl, namespace });
  const service = new ApprovalService({
    corpus: await shippedCorpus(),
    store,
    clock: new ManualClock('2025-03-03T09:00:00Z'),
  });
  photoId = await submitPhotos(service);
  ok(
    await service.decide({
      requestId: photoId,
      actor: pg('alex'),
      decision: 'approve',
      comment: 'Only the group shots, please',
    }),
  );
  voteId = ok(
    await service.submit({
      org: 'allsorts',
      flowId: 'trustee-contact',
      requester: pg('jo'),
      answers: allsortsAnswers['trustee-contact'],
    }),
  ).request.id;
  ok(await service.vote({ requestId: voteId, actor: pg('tom'), choice: 'for' }));
  await store.close();
});

describe('npm run requests', () => {
  it('lists an organisation’s requests, filtered by status', () => {
    const all = run('requests.ts', ['list', '--org', 'allsorts']);
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n')[0]).toMatch(/^ID +SUBMITTED \(UTC\) +STATUS +FLOW +REQUESTER +DECIDED BY$/);
    // The CLI reads the real clock: the one-day photo permission of March 2025 has lapsed since.
    expect(all.stdout).toMatch(
      new RegExp(`${photoId} +2025-03-03 09:00 +lapsed +photos +Sam \\(staff\\) +Alex \\(activity leader\\)`),
    );
    expect(all.stdout).toMatch(new RegExp(`${voteId} .* pending +trustee-contact +Jo \\(volunteer\\) +vote 1-0-0`));
    const pending = run('requests.ts', ['list', '--org', 'allsorts', '--status', 'pending']);
    expect(pending.stdout).toContain(voteId);
    expect(pending.stdout).not.toContain(photoId);
    expect(run('requests.ts', ['list', '--org', 'worknlearn']).stdout).toBe('no requests\n');
  });

  it('shows one request in full, and as JSON', () => {
    const shown = run('requests.ts', ['show', voteId]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Status: pending');
    expect(shown.stdout).toContain("Young person's initials: AB");
    expect(shown.stdout).toContain('Tally: for 1, against 0, abstain 0 (cast 1 of 5; quorum 3)');
    expect(shown.stdout).toContain('  Tom (trustee): for at 2025-03-03T09:00:00.000Z');
    expect(shown.stdout).toContain(
      '- "The trustee should not meet with the young person, under any circumstances, unless in Allsorts premises with staff present." (allsorts-mobile-phone-policy#4.3)',
    );
    const json = JSON.parse(run('requests.ts', ['show', photoId, '--json']).stdout);
    expect(json).toMatchObject({
      id: photoId,
      status: 'lapsed',
      lapsesAt: '2025-07-15T00:00:00.000Z',
      validUntil: '2025-07-15T00:00:00.000Z',
      comment: 'Only the group shots, please',
      decidedBy: { name: 'Alex (activity leader)' },
    });
  });

  it('says clearly when a request or an argument is wrong', () => {
    const missing = run('requests.ts', ['show', 'r-nope000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no request "r-nope000000" in the SQLite file/);
    const usage = run('requests.ts', ['list']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/list needs --org/);
  });
});

describe('npm run audit', () => {
  it('exports a readable CSV for the trustees, without decision comments', () => {
    const csv = run('audit.ts', ['export', '--org', 'allsorts', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,at_utc,event,request,flow,actor_platform,actor_id,actor_name,detail,clauses,policy_versions,record_key,record_hash,prev_hash,hash',
    );
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(
      new RegExp(
        `^2,2025-03-03T09:00:00.000Z,decided,${photoId},photos,playground,alex,Alex \\(activity leader\\),status=approved; reason=decision; comment=true,allsorts-mobile-phone-policy#2.1 allsorts-mobile-phone-policy#2.2 allsorts-mobile-phone-policy#2.4,allsorts-mobile-phone-policy@[0-9a-f]{16},outcome:${photoId},[0-9a-f]{64},[0-9a-f]{64},[0-9a-f]{64}$`,
      ),
    );
    expect(csv.stdout).not.toContain('group shots');
    const json = JSON.parse(run('audit.ts', ['export', '--org', 'allsorts', '--format', 'json']).stdout);
    expect(json.map((e: { type: string }) => e.type)).toEqual(['submitted', 'decided', 'submitted', 'voted']);
  });

  it('verifies every organisation, then names the first broken entry after tampering', async () => {
    const sound = run('audit.ts', ['verify']);
    expect(sound.code).toBe(0);
    expect(sound.stdout).toMatch(/^activity-alliance: OK, 0 entries$/m);
    expect(sound.stdout).toMatch(/^allsorts: OK, 4 entries, head [0-9a-f]{64}$/m);

    // Someone with database access edits the vote in the audit log.
    const raw = new KeyvSqlite({ uri: storeUrl });
    const rows = (await raw.query('SELECT value FROM keyv WHERE key = ?', `${namespace}:audit:allsorts:4`)) as Array<{
      value: string;
    }>;
    await raw.query(
      'UPDATE keyv SET value = ? WHERE key = ?',
      rows[0]!.value.replace('"choice":"for"', '"choice":"against"'),
      `${namespace}:audit:allsorts:4`,
    );
    await raw.disconnect();

    const broken = run('audit.ts', ['verify', '--org', 'allsorts']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe(
      'allsorts: BROKEN at entry 4: the entry was edited: its content does not match its hash\n',
    );
  });
});
