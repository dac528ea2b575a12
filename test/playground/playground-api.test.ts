import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRecordStore } from '../../src/adapters/store/memory-store.ts';
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
function rawPost(
  base: string,
  path: string,
  body: Buffer,
  headers: Record<string, string>,
  chunked = false,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
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
    const res = await rawPost(base, '/playground/api/ask', Buffer.from('{"org": "allsorts",'), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'playground_bad_json', message: 'The body is not valid JSON.' },
    });
  });

  it('refuses anything but application/json with 415', async () => {
    const { base } = await start();
    const res = await rawPost(base, '/playground/api/ask', Buffer.from('org=allsorts&person=sam&text=hi'), {
      'content-type': 'application/x-www-form-urlencoded',
    });
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
    const streamed = await rawPost(
      base,
      '/playground/api/ask',
      huge,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      true,
    );
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe('playground_body_too_large');
  });

  it('refuses an unknown person, an unknown organisation, an unknown action and extra fields with 400', async () => {
    const { post } = await start();
    const person = await post('/playground/api/ask', {
      org: 'allsorts',
      person: 'mallory',
      text: 'Can I text a young person?',
    });
    expect(person.status).toBe(400);
    expect(person.body.error).toEqual({
      code: 'playground_unknown_person',
      message: expect.stringContaining('Nobody called "mallory" in Allsorts Gloucestershire'),
    });
    const org = await post('/playground/api/ask', { org: 'nowhere', person: 'sam', text: 'hi' });
    expect(org).toMatchObject({ status: 400, body: { error: { code: 'playground_unknown_org' } } });
    const action = await post('/playground/api/action', {
      org: 'allsorts',
      person: 'sam',
      action: 'pd_make_me_admin',
      value: {},
    });
    expect(action).toMatchObject({
      status: 400,
      body: { error: { code: 'playground_invalid_input', message: expect.stringContaining('action') } },
    });
    const extra = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: 'hi', as: 'alex' });
    expect(extra).toMatchObject({ status: 400, body: { error: { code: 'playground_invalid_input' } } });
    const empty = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: '   ' });
    expect(empty).toMatchObject({ status: 400, body: { error: { message: 'text: Type a question.' } } });
    const long = await post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: 'why '.repeat(600) });
    expect(long).toMatchObject({
      status: 400,
      body: { error: { message: 'text: Ask one short question (2000 characters at most).' } },
    });
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
    const res = await post('/playground/api/ask', {
      org: 'allsorts',
      person: 'sam',
      text: 'Can I text this <b>young person</b>?',
    });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain(
      '<p class="you-said"><span class="visually-hidden">You asked: </span>Can I text this &lt;b&gt;young person&lt;/b&gt;?</p>',
    );
    expect(res.body.html).toContain('Needs approval');
    expect(res.body.html).toContain('clause 3.5');
    expect(JSON.stringify(logs.lines)).not.toContain('young person');
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'question answered', outcome: 'needs-approval' }));
  });

  it('opens a form from a button, returns it with inline errors and the values kept, then files the request once', async () => {
    const { post, app } = await start();
    const opened = await post('/playground/api/action', {
      org: 'allsorts',
      person: 'sam',
      action: ActionId.startRequest,
      value: { flow: 'photos' },
    });
    const submission = /data-submission="([^"]+)"/.exec(opened.body.html)![1]!;
    const bad = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      submission,
      fields: { ...photosInputs, date: '2026-02-30' },
    });
    expect(bad.body.ok).toBe(false);
    expect(bad.body.html).toContain('<p class="field-error"');
    expect(bad.body.html).toContain('Enter a real date as YYYY-MM-DD');
    expect(bad.body.html).toContain(`data-submission="${submission}"`);
    expect(bad.body.html).toContain('value="Summer trip"');
    const good = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      submission,
      fields: photosInputs,
    });
    expect(good.body).toMatchObject({ ok: true, requestId: submission });
    expect(good.body.html).toContain('Request sent: “Take photos or film children and young people”');
    // The same form sent again (a double click) files nothing new.
    await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      submission,
      fields: photosInputs,
    });
    expect(await app.approvals.listRequests({ org: 'allsorts' })).toHaveLength(1);
  });

  it('keeps the approval request for each approver (its card with buttons on Home, once), tells the requester the decision, and tells the other approver it is done', async () => {
    const { post, get } = await start();
    const submitted = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      fields: photosInputs,
    });
    const id = submitted.body.requestId as string;
    const inbox = async (person: string, since?: number) =>
      (
        await fetch(
          `${running!.base}/playground/api/inbox?org=allsorts&person=${person}${since === undefined ? '' : `&since=${since}`}`,
        )
      ).json() as Promise<any>;
    const home = async (person: string) =>
      JSON.parse((await get(`/playground/api/home?org=allsorts&person=${person}`)).text).html as string;

    const casey = await inbox('casey');
    expect(casey.html).toContain(
      'Sam (staff) asks for your approval: “Take photos or film children and young people”.',
    );
    expect(casey.html).toContain(`data-open-request="${id}"`);
    // The card with Approve / Decline is on Home only: one card, not one in each pane.
    expect(casey.html).not.toContain(`data-action="${ActionId.approve}"`);
    expect((await home('casey')).match(new RegExp(`data-request-id="${id}"`, 'g'))).toHaveLength(1);
    expect(casey.persons).toContain(
      '<option value="alex">Alex (activity leader) · Activity Leader · 1 notification</option>',
    );
    expect(await inbox('casey', casey.version)).toEqual({ version: casey.version, changed: false });

    // Identity is the chosen person: Jo (staff) pressing Approve is refused by the core.
    const jo = await post('/playground/api/action', {
      org: 'allsorts',
      person: 'jo',
      action: ActionId.approve,
      value: { request: id },
    });
    expect(jo.body.html).toContain('notice-warning');
    const alex = await post('/playground/api/action', {
      org: 'allsorts',
      person: 'alex',
      action: ActionId.approve,
      value: { request: id },
      comment: 'Enjoy the trip',
    });
    expect(alex.body.html).toContain('You approved “Take photos or film children and young people”.');

    const sam = await inbox('sam');
    expect(sam.html).toMatch(
      /Your request “Take photos or film children and young people” was approved by Alex \(activity leader\)\. Valid until [^.]+\. Comment: “Enjoy the trip”/,
    );
    expect(sam.html).toContain('Conditions: “No photographs or video are to be taken or stored on personal cameras');
    const caseyAfter = await inbox('casey', casey.version);
    expect(caseyAfter.changed).toBe(true);
    expect(caseyAfter.html).toContain('was approved by Alex (activity leader): nothing more for you to do.');
    expect(await home('casey')).toContain('Nothing awaits you.');
    // The comment is shown from the outcome record; the kept notifications never hold it.
    expect(
      [...running!.data.entries()].filter(
        ([key, value]) => key.startsWith('playground:inbox:') && value.includes('Enjoy the trip'),
      ),
    ).toEqual([]);

    expect(await home('sam')).toContain('Approved by Alex (activity leader)');
    const card = await get(`/playground/api/request?org=allsorts&person=sam&id=${id}`);
    expect(JSON.parse(card.text).html).toContain('status-approved');
  });

  it('keeps notifications across a restart on the same store', async () => {
    const data = new Map<string, string>();
    const first = await startPlaygroundApp({ store: new MemoryRecordStore(data) });
    await first.post('/playground/api/submit', {
      org: 'allsorts',
      person: 'sam',
      flow: 'photos',
      fields: photosInputs,
    });
    await first.stop();

    running = await startPlaygroundApp({ store: new MemoryRecordStore(data) });
    const alex = (await (await fetch(`${running.base}/playground/api/inbox?org=allsorts&person=alex`)).json()) as any;
    expect(alex.html).toContain('Sam (staff) asks for your approval: “Take photos or film children and young people”.');
    expect(alex.persons).toContain(
      '<option value="alex" selected>Alex (activity leader) · Activity Leader · 1 notification</option>',
    );
  });

  it('shows a board vote’s progress as one line updated in place, counting only those who may vote, and says why it closed early', async () => {
    const { post, get } = await start();
    const inbox = async (person: string) =>
      ((await (await fetch(`${running!.base}/playground/api/inbox?org=allsorts&person=${person}`)).json()) as any)
        .html as string;
    // Tom, a trustee, asks: he may not vote on his own request, so four of the five trustees may.
    const submitted = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'tom',
      flow: 'trustee-contact',
      fields: {
        'young-person': 'A.B.',
        purpose: 'Mentoring',
        'parent-agreement': 'yes',
        'parent-agreement.who': 'Parent',
        'parent-agreement.how': 'In writing',
      },
    });
    expect(submitted.body.ok).toBe(true);
    const id = submitted.body.requestId as string;
    const card = async (person: string) =>
      JSON.parse((await get(`/playground/api/request?org=allsorts&person=${person}&id=${id}`)).text).html as string;
    const title = 'Exceptional circumstances - a trustee shares their number with a young person';

    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ruth',
      action: ActionId.voteFor,
      value: { request: id },
    });
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'dev',
      action: ActionId.voteFor,
      value: { request: id },
    });
    expect(await card('ann')).toContain('For 2 · Against 0 · Abstain 0 · 2 of 4 voted (quorum 3)');
    expect(await card('ann')).toContain(`data-action="${ActionId.voteAgainst}"`);
    // Ann was asked to vote: her notifications hold that request, not a line per vote cast.
    expect(await inbox('ann')).not.toContain('Vote on');

    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ann',
      action: ActionId.voteFor,
      value: { request: id },
    });
    // Three of four for: the fourth vote cannot change the outcome, so the vote closes now.
    const closed = await card('tom');
    expect(closed).toContain('status-approved');
    expect(closed).toContain('For 3 · Against 0 · Abstain 0 · 3 of 4 voted (quorum 3)');
    expect(closed).toContain(
      'Voting closed early: 3 of 4 for: the outcome cannot change, whatever the 1 still to vote does.',
    );
    const records = await get('/records?org=allsorts');
    expect(records.text).toContain('Voting closed early: 3 of 4 for');
    // Tom voted on nothing: whatever tallies reached him, he sees at most one line about this vote.
    expect((await inbox('tom')).split(`Vote on “${title}”`).length - 1).toBeLessThanOrEqual(1);
  });

  it('lists conditions on a pending or approved request only, never on a declined one', async () => {
    const { post, get } = await start();
    const card = async (id: string) =>
      JSON.parse((await get(`/playground/api/request?org=allsorts&person=sam&id=${id}`)).text).html as string;
    const pending = (
      await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', fields: photosInputs })
    ).body.requestId as string;
    expect(await card(pending)).toContain('<p>Conditions if approved:</p>');
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'alex',
      action: ActionId.decline,
      value: { request: pending },
    });
    const declined = await card(pending);
    expect(declined).toContain('status-declined');
    expect(declined).not.toContain('Conditions');
  });

  it('names a guest on Home as they typed it, not by their account id', async () => {
    const { get } = await start();
    const home = JSON.parse(
      (await get(`/playground/api/home?org=allsorts&person=${encodeURIComponent("guest:Mary-Jane O'Brien")}`)).text,
    ).html as string;
    expect(home).toContain('Signed in as <strong>Mary-Jane O&#39;Brien (guest)</strong>');
    expect(home).not.toContain('playground:guest:');
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
    const asked = await post('/playground/api/ask', {
      org: 'allsorts',
      person: 'guest:Jamie',
      text: 'Can I film the session?',
    });
    expect(asked.status).toBe(200);
    const filed = await post('/playground/api/submit', {
      org: 'allsorts',
      person: 'guest:Jamie',
      flow: 'photos',
      fields: photosInputs,
    });
    expect(filed.body.ok).toBe(true);
    expect((await app.approvals.getRequest(filed.body.requestId))!.requester.account).toEqual({
      platform: 'playground',
      userId: 'guest:Jamie',
    });
  });
});

describe('playground API when the store fails', () => {
  it('says what happened and that nothing was saved, instead of a bare 500', async () => {
    const { PolicyDeskError } = await import('../../src/core/errors.ts');
    const { MemoryRecordStore } = await import('../../src/adapters/store/memory-store.ts');
    const { startPlaygroundApp } = await import('./playground-app.ts');
    const inner = new MemoryRecordStore();
    let down = false;
    const failing = {
      get: <T>(key: string) =>
        down
          ? Promise.reject(
              new PolicyDeskError(
                'policy_desk_store_error',
                'cannot read in Redis at redis://127.0.0.1:6379: ECONNREFUSED',
              ),
            )
          : inner.get<T>(key),
      getMany: <T>(keys: readonly string[]) =>
        down
          ? Promise.reject(new PolicyDeskError('policy_desk_store_error', 'cannot read in Redis: ECONNREFUSED'))
          : inner.getMany<T>(keys),
      putIfAbsent: (key: string, value: unknown) =>
        down
          ? Promise.reject(new PolicyDeskError('policy_desk_store_error', 'cannot write in Redis: ECONNREFUSED'))
          : inner.putIfAbsent(key, value),
    };
    const running = await startPlaygroundApp({ store: failing });
    try {
      down = true;
      const response = await fetch(`${running.base}/playground/api/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          org: 'allsorts',
          person: 'sam',
          flow: 'photos',
          fields: {
            activity: 'Trip',
            date: '2026-07-14',
            subject: 'Games',
            'parental-consent': 'yes',
            'allsorts-phone': 'yes',
          },
        }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('playground_store_unavailable');
      expect(body.error.message).toMatch(/^Nothing was saved: the records store is not answering/);
    } finally {
      await running.app.stop();
    }
  });
});
