import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { maxBodyBytes } from '../../src/playground/http-io.ts';
import { photosInputs, startPlaygroundApp } from './playground-app.ts';

type Running = Awaited<ReturnType<typeof startPlaygroundApp>>;
let running: Running | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
const start = async () => (running = await startPlaygroundApp());

/** Sends raw bytes, optionally chunked (no Content-Length), and reads the answer. */
function rawPost(base: string, path: string, body: Buffer, headers: Record<string, string>, chunked = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (chunked) {
      // Write as a real client does: wait for the socket to drain between chunks.
      let at = 0;
      const pump = (): void => {
        while (at < body.length) {
          const chunk = body.subarray(at, at + 16_384);
          at += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    } else req.end(body);
  });
}

describe('playground API input validation', () => {
  it('refuses a body that is not JSON with 400', async () => {
    const { base } = await start();
    const res = await rawPost(base, '/playground/api/ask', Buffer.from('{"org": "allsorts",'), { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'playground_bad_json', message: 'The body is not valid JSON.' } });
  });

  it('refuses anything but application/json with 415', async () => {
    const { base } = await start();
    const res = await rawPost(base, '/playground/api/ask', Buffer.from('org=allsorts&person=sam&text=hi'), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error.code).toBe('playground_unsupported_media_type');
  });

  it('refuses an oversized body with 413, whether it declares its length or streams it in chunks', async () => {
    const { base } = await start();
    const big = Buffer.from(JSON.stringify({ org: 'allsorts', person: 'sam', text: 'x'.repeat(maxBodyBytes + 10) }));
    const declared = await rawPost(base, '/playground/api/ask', big, { 'content-type': 'application/json' });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.code).toBe('playground_body_too_large');
    // Megabytes streamed with no declared length: the client still reads the 413 (no connection reset).
    const huge = Buffer.from(JSON.stringify({ org: 'allsorts', person: 'sam', text: 'x'.repeat(5_000_000) }));
    const streamed = await rawPost(base, '/playground/api/ask', huge, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, true);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('playground_body_too_large');
  });

  it('refuses an unknown person, an unknown organisation, an unknown action and extra fields with 400', async () => {
    const { post } = await start();
    const person = await post('/playground/api/ask', { org: 'allsorts', person: 'mallory', text: 'Can I text a young person?' });
    expect(person.status).toBe(400);
    expect(person.body.error).toEqual({ code: 'playground_unknown_person', message: expect.stringContaining('Nobody called "mallory" in Allsorts Gloucestershire') });
    const org = await post('/playground/api/ask', { org: 'nowhere', person: 'sam', text: 'hi' });
    expect(org).toMatchObject({ status: 400, body: { error: { code: 'playground_unknown_org' } } });
    const action = await post('/playground/api/action', { org: 'allsorts', person: 'sam', action: 'pd_make_me_admin', value: {} });
    expect(action).toMatchObject({ status: 400, body: { error: { code: 'playground_invalid_input', message: expect.stringContaining('action') } } });
    const extra = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: 'hi', as: 'alex' });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 'playground_invalid_input' } } });
    const empty = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: '   ' });
    expect(empty).toMatchObject({ status: 400, body: { error: { message: 'text: Type a question.' } } });
    const long = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: 'why '.repeat(600) });
    expect(long).toMatchObject({ status: 400, body: { error: { message: 'text: Ask one short question (2000 characters at most).' } } });
  });

  it('answers a wrong method with 405 and an unknown API with 404', async () => {
    const { base, get } = await start();
    const wrong = await fetch(`${base}/playground/api/ask`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await get('/playground/api/nope')).status).toBe(404);
    expect((await get('/playground/api/home/extra')).status).toBe(404);
  });
});

describe('playground API conversation', () => {
  it('answers a question as HTML with the question escaped, and never logs its text', async () => {
    const { post, logs } = await start();
    const res = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: 'Can I text this <b>young person</b>?' });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<p class="you-said"><span class="visually-hidden">You asked: </span>Can I text this &lt;b&gt;young person&lt;/b&gt;?</p>');
    expect(res.body.html).toContain('Needs approval');
    expect(res.body.html).toContain('clause 3.5');
    expect(JSON.stringify(logs.lines)).not.toContain('young person');
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'question answered', outcome: 'needs-approval' }));
  });

  it('opens a form from a button, returns it with inline errors and the values kept, then files the request once', async () => {
    const { post, app } = await start();
    const opened = await post('/playground/api/action', { org: 'allsorts', person: 'sam', action: ActionId.startRequest, value: { flow: 'photos' } });
    const submission = /data-submission="([^"]+)"/.exec(opened.body.html)![1]!;
    const bad = await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', submission, fields: { ...photosInputs, date: '2026-02-30' } });
    expect(bad.body.ok).toBe(false);
    expect(bad.body.html).toContain('<p class="field-error"');
    expect(bad.body.html).toContain('Enter a real date as YYYY-MM-DD');
    expect(bad.body.html).toContain(`data-submission="${submission}"`);
    expect(bad.body.html).toContain('value="Summer trip"');
    const good = await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', submission, fields: photosInputs });
    expect(good.body).toMatchObject({ ok: true, requestId: submission });
    expect(good.body.html).toContain('Request sent: “Take photos or film children and young people”');
    // The same form sent again (a double click) files nothing new.
    await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', submission, fields: photosInputs });
    expect(await app.approvals.listRequests({ org: 'allsorts' })).toHaveLength(1);
  });

  it('delivers the approval request to each approver, the decision to the requester, and redraws the other approver’s card', async () => {
    const { post, get } = await start();
    const submitted = await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', fields: photosInputs });
    const id = submitted.body.requestId as string;
    const inbox = async (person: string, since?: number) => (await fetch(`${running!.base}/playground/api/inbox?org=allsorts&person=${person}${since === undefined ? '' : `&since=${since}`}`)).json() as Promise<any>;

    const casey = await inbox('casey');
    expect(casey.html).toContain('Sam (staff) asks for your approval: “Take photos or film children and young people”.');
    expect(casey.html).toContain(`data-action="${ActionId.approve}"`);
    expect(casey.persons).toContain('<option value="alex">Alex (activity leader) · Activity Leader · 1 notification</option>');
    expect(await inbox('casey', casey.version)).toEqual({ version: casey.version, changed: false });

    // Identity is the chosen person: Jo (staff) pressing Approve is refused by the core.
    const jo = await post('/playground/api/action', { org: 'allsorts', person: 'jo', action: ActionId.approve, value: { request: id } });
    expect(jo.body.html).toContain('notice-warning');
    const alex = await post('/playground/api/action', { org: 'allsorts', person: 'alex', action: ActionId.approve, value: { request: id }, comment: 'Enjoy the trip' });
    expect(alex.body.html).toContain('You approved “Take photos or film children and young people”.');

    const sam = await inbox('sam');
    expect(sam.html).toContain('Your request “Take photos or film children and young people” was approved by Alex (activity leader). Comment: “Enjoy the trip”');
    expect(sam.html).toContain('Conditions: “No photographs or video are to be taken or stored on personal cameras');
    const caseyAfter = await inbox('casey', casey.version);
    expect(caseyAfter.changed).toBe(true);
    expect(caseyAfter.html).toContain('was approved by Alex (activity leader): nothing more for you to do.');
    expect(caseyAfter.html).not.toContain(`data-action="${ActionId.approve}"`);
    expect(caseyAfter.html).toContain('Approved by Alex (activity leader) on 2 Mar 2026, 09:00 UTC.');

    const home = await get('/playground/api/home?org=allsorts&person=sam');
    expect(JSON.parse(home.text).html).toContain('Approved by Alex (activity leader)');
    const card = await get(`/playground/api/request?org=allsorts&person=sam&id=${id}`);
    expect(JSON.parse(card.text).html).toContain('status-approved');
  });

  it('tells every trustee how a board vote stands, each with their own buttons', async () => {
    const { post } = await start();
    const submitted = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'trustee-contact',
      fields: { 'young-person': 'A.B.', purpose: 'Mentoring', 'parent-agreement': 'yes', 'parent-agreement.who': 'Parent', 'parent-agreement.how': 'In writing' },
    });
    expect(submitted.body.ok).toBe(true);
    await post('/playground/api/action', { org: 'allsorts', person: 'tom', action: ActionId.voteFor, value: { request: submitted.body.requestId } });
    const ruth = (await (await fetch(`${running!.base}/playground/api/inbox?org=allsorts&person=ruth`)).json()) as any;
    expect(ruth.html).toContain('Vote on “Exceptional circumstances - a trustee shares their number with a young person”: For 1 · Against 0 · Abstain 0 · 1 of 5 voted (quorum 3)');
    expect(ruth.html).toContain(`data-action="${ActionId.voteAgainst}"`);
    const tom = (await (await fetch(`${running!.base}/playground/api/inbox?org=allsorts&person=tom`)).json()) as any;
    // Tom has voted: his copy of the request carries no vote buttons any more.
    expect(tom.html).not.toContain(`data-action="${ActionId.voteFor}"`);
  });

  it('lists persons and flows of an organisation', async () => {
    const { get } = await start();
    const persons = JSON.parse((await get('/playground/api/persons?org=allsorts')).text);
    expect(persons.persons).toContainEqual({ id: 'alex', name: 'Alex (activity leader)', roles: ['Activity Leader'] });
    expect(persons.html).toContain('<option value="guest">Someone else (guest)…</option>');
    const flows = JSON.parse((await get('/playground/api/flows?org=allsorts')).text);
    expect(flows.html).toContain('aria-label="Start: Keep a young person&#39;s contact details on your phone"');
    expect((await get('/playground/api/flows?org=nowhere')).status).toBe(400);
  });

  it('lets a guest ask and file a request under their own name', async () => {
    const { post, app } = await start();
    const asked = await post('/playground/api/ask', { org: 'allsorts', person: 'guest:Jamie', text: 'Can I film the session?' });
    expect(asked.status).toBe(200);
    const filed = await post('/playground/api/submit', { org: 'allsorts', person: 'guest:Jamie', flow: 'photos', fields: photosInputs });
    expect(filed.body.ok).toBe(true);
    expect((await app.approvals.getRequest(filed.body.requestId))!.requester.account).toEqual({ platform: 'playground', userId: 'guest:Jamie' });
  });
});
