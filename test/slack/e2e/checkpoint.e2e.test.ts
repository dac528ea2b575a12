import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/adapters/store/create-store.ts';
import { checkpointText, parseCheckpoints } from '../../../src/core/approvals/audit-chain.ts';
import type { RecordStore } from '../../../src/core/approvals/ports.ts';
import { allsortsAnswers } from '../../support/conversation-fixture.ts';
import { SlackHarness, slackIds } from '../support/slack-harness.ts';

const root = path.join(import.meta.dirname, '../../..');
const trusteesChannel = 'C_TRUSTEES';
const dir = mkdtempSync(path.join(tmpdir(), 'policy-desk-checkpoint-'));
const storeUrl = `sqlite://${path.join(dir, 'policy-desk.sqlite')}`;
const checkpointFile = path.join(dir, 'audit-checkpoints.log');
const keyText = randomBytes(32).toString('hex');

/** `npm run audit -- verify --checkpoint TEXT` on the app's store, with the app's key. */
function verify(checkpoint: string, stdin?: string) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'src/cli/audit.ts'),
      'verify',
      '--org',
      'allsorts',
      '--checkpoint',
      checkpoint,
      '--store',
      storeUrl,
    ],
    {
      cwd: root,
      ...(stdin === undefined ? {} : { input: stdin }),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, AUDIT_KEY: keyText },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('audit checkpoints in the trustees’ Slack channel', () => {
  let h: SlackHarness;
  let store: RecordStore & { close(): Promise<void> };
  const posts = () =>
    h.double.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === trusteesChannel);
  const submit = async () => {
    const result = await h.app.approvals.submit({
      org: 'allsorts',
      flowId: 'photos',
      requester: { platform: 'slack', userId: slackIds.sam },
      answers: allsortsAnswers.photos,
    });
    expect(result.ok).toBe(true);
  };

  beforeAll(async () => {
    store = await createStore({ url: storeUrl, namespace: 'policy-desk' });
    h = await SlackHarness.start({
      store,
      roleChannels: { trustee: trusteesChannel },
      audit: { key: Buffer.from(keyText, 'utf8'), checkpointFile },
    });
  });
  afterAll(async () => {
    await h?.stop();
    await store?.close();
  });

  it('posts a signed checkpoint (entry count and head hash) in the trustees’ channel, and the same line in the file', async () => {
    await submit();
    await h.app.publishCheckpoints();
    expect(posts()).toHaveLength(1);
    const text = String(posts()[0]!.body.text);
    expect(text).toMatch(
      /^Audit checkpoint for Allsorts[^:]*: the record of permission requests had 1 entry at 2026-03-02 09:00:00 UTC\./,
    );
    const [point] = parseCheckpoints(text);
    expect(point).toMatchObject({
      org: 'allsorts',
      count: 1,
      head: (await h.app.approvals.checkpoint('allsorts'))!.head,
    });
    expect(readFileSync(checkpointFile, 'utf8')).toBe(`${checkpointText(point!)}\n`);
  });

  it('audit verify --checkpoint accepts the post as pasted from the channel (no-break spaces, line breaks and all)', async () => {
    const pasted = String(posts()[0]!.body.text)
      .replace(/ /g, '\u00a0')
      .replace(/ head=/, '\n head=');
    const checked = verify(pasted);
    expect(checked.stdout).toContain('allsorts: extends 1 checkpoint');
    expect(checked.code).toBe(0);
    // Or pasted into the terminal: --checkpoint - reads it from stdin.
    const piped = verify('-', pasted);
    expect(piped.stdout).toContain('allsorts: extends 1 checkpoint');
    // An altered count no longer carries a valid signature: refused.
    const altered = verify(pasted.replace('count=1', 'count=2'));
    expect(altered.code).toBe(1);
    expect(altered.stdout).toMatch(/allsorts: BROKEN: .*sign/i);
  });

  it('posts at most once per period, for a log that has grown, whichever process gets there first', async () => {
    await submit();
    await h.app.publishCheckpoints();
    expect(posts()).toHaveLength(1);
    h.clock.advance(15 * 60_000);
    // Another process took this period's post first: this one writes its file line but does not post.
    const period = Math.floor(h.clock.now().getTime() / (15 * 60_000));
    await store.putIfAbsent(`checkpoint-post:allsorts:${period}`, { count: 2 });
    await h.app.publishCheckpoints();
    expect(posts()).toHaveLength(1);
    expect(readFileSync(checkpointFile, 'utf8').trim().split('\n')).toHaveLength(2);
    h.clock.advance(15 * 60_000);
    await submit();
    await h.app.publishCheckpoints();
    expect(posts()).toHaveLength(2);
    expect(parseCheckpoints(String(posts()[1]!.body.text))[0]).toMatchObject({ count: 3 });
  });
});
