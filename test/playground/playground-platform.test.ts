import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/logger.ts';
import { loadConfig } from '../../src/config.ts';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { type HttpServer, startHttpServer } from '../../src/http/server.ts';
import type { Platform } from '../../src/platform.ts';
import { createPlaygroundPlatform, isLoopbackHost } from '../../src/playground/playground-platform.ts';
import { allsortsAnswers, conversationFixture, RecordingNotifier } from '../support/conversation-fixture.ts';
import { LogLines, photosInputs, startPlaygroundApp } from './playground-app.ts';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

/** A platform built straight from its factory and served on 127.0.0.1, whatever host its config names. */
async function serve(platform: Platform): Promise<{ base: string; server: HttpServer }> {
  const server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    routes: platform.routes,
    logger: createLogger('silent'),
    health: async () => ({ status: 'ok', playground: await platform.health() }),
  });
  stops.push(() => server.stop());
  return { base: `http://127.0.0.1:${server.port}`, server };
}

describe('records page', () => {
  it('shows each request with its state and history and a green verified audit chain, then a red failure once an entry is edited', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    const filed = await running.post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      fields: { ...photosInputs, activity: '<script>alert(1)</script>' },
    });
    await running.post('/playground/api/action', {
      org: 'allsorts',
      person: 'alex',
      action: ActionId.approve,
      value: { request: filed.body.requestId },
    });

    const page = await running.get('/records?org=allsorts');
    expect(page.status).toBe(200);
    expect(page.text).toContain(
      '<p class="audit audit-ok" role="status"><span aria-hidden="true">✔</span> Audit chain verified: 2 entries</p>',
    );
    expect(page.text).toContain(`<tr data-request-id="${filed.body.requestId}">`);
    expect(page.text).toContain(
      '<span class="state state-approved">approved</span><br>Approved by Alex (activity leader) on 2 Mar 2026, 09:00 UTC. Valid until',
    );
    expect(page.text).toContain('<span class="event-type">submitted</span> by Sam (staff)');
    expect(page.text).toContain(
      '<span class="event-type">decided</span> by Alex (activity leader) · approved (decision)',
    );
    expect(page.text).toContain('<dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd>');
    expect(page.text).not.toContain('<script>alert');

    const entry = JSON.parse(running.data.get('audit:allsorts:1')!) as Record<string, unknown>;
    running.data.set(
      'audit:allsorts:1',
      JSON.stringify({ ...entry, actor: { platform: 'playground', userId: 'alex' } }),
    );
    const broken = await running.get('/records?org=allsorts');
    expect(broken.text).toMatch(
      /<p class="audit audit-failed" role="alert"><span aria-hidden="true">✖<\/span> VERIFICATION FAILED at entry 1: [^<]+<\/p>/,
    );
    expect(broken.text).not.toContain('Audit chain verified');
    expect(running.logs.lines).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'audit verification failed', seq: 1 }),
    );
  });

  it('exports the requests and the audit log as CSV downloads', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    await running.post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      fields: photosInputs,
    });
    const response = await fetch(`${running.base}/records.csv?org=allsorts`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="policy-desk-allsorts-requests.csv"',
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A UTF-8 byte-order mark first, so spreadsheet programs read the text as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const requests = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(requests[0]).toBe(
      'request,flow,title,requester,status,submitted_at,decided_at,decided_by,reason,valid_until,for,against,abstain,answers,history',
    );
    expect(requests[1]).toMatch(
      /^r-[a-z0-9]+,photos,Take photos or film children and young people,Sam \(staff\),pending,/,
    );
    const audit = await running.get('/records/audit.csv?org=allsorts');
    expect(audit.text.split('\r\n')[1]).toMatch(
      /^1,2026-03-02T09:00:00.000Z,submitted,r-[a-z0-9]+,photos,playground,sam,/,
    );
  });

  it('reads the records from the approvals core the app hands it', async () => {
    const { conversation, approvals, store } = await conversationFixture();
    const config = { ...loadConfig({ DEFAULT_ORG: 'allsorts' }), port: 0 };
    const wired = await serve(
      await createPlaygroundPlatform({ conversation, approvals, config, store, logger: createLogger('silent') }),
    );
    expect(await (await fetch(`${wired.base}/records?org=allsorts`)).text()).toContain(
      'Audit chain verified: 0 entries',
    );
  });
});

describe('chat page', () => {
  it('serves the organisation and person pickers with role titles, the panes and the demo notice, with a strict content policy', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    const response = await fetch(`${running.base}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const text = await response.text();
    expect(text).toContain('<option value="allsorts" selected>Allsorts Gloucestershire</option>');
    expect(text).toContain('<option value="sam" selected>Sam (staff) · Staff member or volunteer</option>');
    expect(text).toContain('<option value="priya">Priya (chair) · Trustee, Chair of the trustee board</option>');
    expect(text).toContain('<option value="guest">Someone else (guest)…</option>');
    expect(text).toContain('<label for="question">Ask a question about your policies</label>');
    expect(text).toContain('id="inbox"');
    expect(text).toContain('A local demo tool: there is no sign-in.');
    expect(text).not.toContain('class="public-warning"');
    // No inline script or style: the page's only script and stylesheet are served by the playground.
    expect(text).not.toMatch(/<script>|<style>|style="/);
    const script = await fetch(`${running.base}/playground/assets/playground.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("'/playground/api/ask'");
    expect((await running.get('/playground/assets/playground.css')).type).toBe('text/css; charset=utf-8');
    expect((await running.get('/playground/assets/other.js')).status).toBe(404);
  });

  it('opens as the person and organisation in the address, a guest included, and refuses an unknown organisation', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    expect((await running.get('/?org=worknlearn')).text).toContain(
      '<option value="worknlearn" selected>Worknlearn</option>',
    );
    expect((await running.get('/?org=allsorts&person=alex')).text).toContain('data-person="alex"');
    expect((await running.get('/?org=allsorts&person=guest:Jamie')).text).toContain(
      '<option value="guest:Jamie" selected>Jamie · guest</option>',
    );
    // An id nobody offered falls back to the first listed person.
    expect((await running.get('/?org=allsorts&person=mallory')).text).toContain('data-person="sam"');
    const unknown = await running.get('/?org=nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('There is no organisation &quot;nowhere&quot; here.');
  });

  it('reports its people in /healthz', async () => {
    const running = await startPlaygroundApp();
    stops.push(running.stop);
    const health = JSON.parse((await running.get('/healthz')).text);
    expect(health.platforms.playground).toEqual({ status: 'ok', organisations: 5, persons: 28, inboxes: 0 });
  });
});

describe('public interface warning', () => {
  it('warns in the log and on every page when it listens beyond this computer', async () => {
    const { conversation, approvals, store } = await conversationFixture();
    const logs = new LogLines();
    const platform = await createPlaygroundPlatform({
      conversation,
      approvals,
      store,
      config: { ...loadConfig({ HOST: '0.0.0.0', PLAYGROUND: '1' }), port: 0 },
      logger: createLogger('info', logs),
    });
    await platform.start();
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        host: '0.0.0.0',
        msg: expect.stringContaining('has no sign-in: anyone who can open it can act as any person'),
      }),
    );
    const { base } = await serve(platform);
    const page = await (await fetch(`${base}/`)).text();
    expect(page).toContain('<p class="public-warning" role="alert">The playground is served on 0.0.0.0');
  });

  it('counts only loopback addresses as private', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.10', 'example.org'].some(isLoopbackHost)).toBe(false);
  });
});

describe('playground notifier', () => {
  it('delivers only what is addressed to playground accounts', async () => {
    const recording = new RecordingNotifier();
    const { conversation, approvals, store } = await conversationFixture({ notifier: recording });
    const platform = await createPlaygroundPlatform({
      conversation,
      approvals,
      store,
      config: { ...loadConfig({}), port: 0 },
      logger: createLogger('silent'),
    });
    await conversation.submitRequest(
      { org: 'allsorts', person: { platform: 'playground', userId: 'sam' } },
      'photos',
      allsortsAnswers.photos,
    );
    const [toAlex] = recording.notifications.filter((n) => 'userId' in n.to && n.to.userId === 'alex');
    await platform.notifier.deliver([{ ...toAlex!, to: { platform: 'slack', userId: 'alex' } }], []);
    expect(await platform.health()).toMatchObject({ inboxes: 0 });
    await platform.notifier.deliver(recording.notifications, []);
    expect(await platform.health()).toMatchObject({ inboxes: 2 });
  });
});
