import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import { ok, pg, shippedCorpus, submitPhotos } from '../core/approvals/helpers.ts';
import { ManualClock } from '../support/manual-clock.ts';

const root = path.join(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'policy-desk-report-'));
const storeUrl = `sqlite://${path.join(dir, 'records.sqlite')}`;
let photoId = '';

function requests(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), path.join(root, 'src/cli/requests.ts'), ...args, '--store', storeUrl],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const store = await createStore({ url: storeUrl });
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
  await store.close();
});

describe('npm run requests -- report', () => {
  it('prints one flow’s readable CSV with --flow', () => {
    const { code, stdout, stderr } = requests(['report', '--org', 'allsorts', '--flow', 'photos']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Request,Submitted \(UTC\),Requested by,Activity,Date,/);
    expect(lines[1]).toMatch(new RegExp(`^${photoId},2025-03-03 09:00,Sam \\(staff\\),`));
    // Approved for the day asked (14 July 2025), read with today's clock: lapsed since, and said in words.
    expect(lines[1]).toContain(
      ',Summer trip,2025-07-14,Group activities at the park,Yes,Yes,Approved; the permission has lapsed,2025-03-03 09:00,Alex (activity leader),Decided by the approver,2025-07-15 00:00',
    );
    expect(stdout).not.toContain('Only the group shots');
  });

  it('writes a file per flow to --out and says what it wrote', () => {
    const out = path.join(dir, 'trustees');
    const { code, stdout } = requests(['report', '--org', 'allsorts', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'policy-desk-allsorts-keep-contact-details.csv',
      'policy-desk-allsorts-photos.csv',
      'policy-desk-allsorts-premium-international-calls.csv',
      'policy-desk-allsorts-trustee-contact.csv',
      'policy-desk-allsorts-work-phone-sharing.csv',
    ]);
    expect(stdout).toContain(
      `${path.join(out, 'policy-desk-allsorts-photos.csv')}  Take photos or film children and young people: 1 request`,
    );
    expect(readFileSync(path.join(out, 'policy-desk-allsorts-photos.csv'), 'utf8')).toContain(photoId);
  });

  it('reads the store the server uses (STORE_URL, .env included) when --store is not given', () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir };
    const run = (extra: Record<string, string>) =>
      spawnSync(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), path.join(root, 'src/cli/requests.ts'), 'list', '--org', 'allsorts'],
        { cwd: dir, env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 },
      );
    const fromEnv = run({ STORE_URL: storeUrl });
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.stdout).toContain(photoId);
    writeFileSync(path.join(dir, '.env'), `STORE_URL=${storeUrl}\n`);
    const fromDotEnv = run({});
    expect(fromDotEnv.stdout).toContain(photoId);
    const bad = run({ STORE_URL: 'mysql://db' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/STORE_URL: must start with sqlite:\/\/ or [\s\S]*or pass --store URL/);
  });

  it('names the flows when --flow is unknown, and needs --org', () => {
    const unknown = requests(['report', '--org', 'allsorts', '--flow', 'kayaking']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/has no flow "kayaking"; its flows: photos, /);
    const noOrg = requests(['report']);
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toMatch(/report needs --org/);
  });
});
