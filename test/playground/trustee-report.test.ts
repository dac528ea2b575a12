import { afterEach, describe, expect, it } from 'vitest';
import { ActionId } from '../../src/core/conversation/actions.ts';
import { parseCsv } from '../support/csv.ts';
import { photosInputs, startPlaygroundApp } from './playground-app.ts';

let running: Awaited<ReturnType<typeof startPlaygroundApp>> | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

const trusteeContact = {
  'young-person': 'A.B.',
  purpose: 'Mentoring',
  'parent-agreement': 'yes',
  'parent-agreement.who': 'Parent',
  'parent-agreement.how': 'In writing',
};

describe('the trustees’ readable export (/records/report.csv)', () => {
  it('gives one row per request with a column per form question, dates a spreadsheet reads, outcomes in words and who decided', async () => {
    running = await startPlaygroundApp();
    const { post, get } = running;
    const approved = (
      await post('/playground/api/submit', { org: 'allsorts', person: 'sam', flow: 'photos', fields: photosInputs })
    ).body.requestId as string;
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'alex',
      action: ActionId.approve,
      value: { request: approved },
      comment: 'private remark',
    });
    const declined = (
      await post('/playground/api/submit', {
        org: 'allsorts',
        person: 'jo',
        flow: 'photos',
        fields: { ...photosInputs, activity: 'Beach day' },
      })
    ).body.requestId as string;
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'casey',
      action: ActionId.decline,
      value: { request: declined },
    });
    const pending = (
      await post('/playground/api/submit', {
        org: 'allsorts',
        person: 'sam',
        flow: 'photos',
        fields: { ...photosInputs, activity: 'Quiz night' },
      })
    ).body.requestId as string;

    const response = await get('/records/report.csv?org=allsorts&flow=photos');
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/csv; charset=utf-8');
    // A UTF-8 byte-order mark, so spreadsheet programs read names and “quotes” correctly.
    const bytes = new Uint8Array(
      await (await fetch(`${running.base}/records/report.csv?org=allsorts&flow=photos`)).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(response.text);
    expect(header).toEqual([
      'Request',
      'Submitted (UTC)',
      'Requested by',
      'Activity',
      'Date',
      'What will be photographed or filmed',
      expect.stringMatching(/^Parental consent/),
      'Allsorts phone',
      'Outcome',
      'Decided (UTC)',
      'Decided by',
      'Why',
      'Valid until (UTC)',
    ]);
    const byId = new Map(rows.map((row) => [row[0]!, Object.fromEntries(header!.map((name, i) => [name, row[i]!]))]));
    expect(byId.get(approved)).toMatchObject({
      'Submitted (UTC)': '2026-03-02 09:00',
      'Requested by': 'Sam (staff)',
      Activity: 'Summer trip',
      Date: '2026-07-14',
      'What will be photographed or filmed': 'Group activities at the park',
      Outcome: 'Approved',
      'Decided (UTC)': '2026-03-02 09:00',
      'Decided by': 'Alex (activity leader)',
      Why: 'Decided by the approver',
    });
    expect(byId.get(declined)).toMatchObject({
      'Requested by': 'Jo (volunteer)',
      Activity: 'Beach day',
      Outcome: 'Declined',
      'Decided by': 'Casey (coordinator)',
      Why: 'Decided by the approver',
    });
    expect(byId.get(pending)).toMatchObject({
      Outcome: 'Waiting for a decision',
      'Decided (UTC)': '',
      'Decided by': '',
      Why: '',
    });
    // For reading, not for checking: no hashes, no account ids, no decision comments.
    expect(response.text).not.toMatch(/[0-9a-f]{64}/);
    expect(response.text).not.toContain('playground:');
    expect(response.text).not.toContain('private remark');
  });

  it('says how the board voted, by name, and why the vote closed early', async () => {
    running = await startPlaygroundApp();
    const { post, get } = running;
    const id = (
      await post('/playground/api/submit', {
        org: 'allsorts',
        person: 'tom',
        flow: 'trustee-contact',
        fields: trusteeContact,
      })
    ).body.requestId as string;
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ruth',
      action: ActionId.voteFor,
      value: { request: id },
    });
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'priya',
      action: ActionId.voteAgainst,
      value: { request: id },
    });
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ann',
      action: ActionId.voteFor,
      value: { request: id },
    });
    // 2 for, 1 against: Dev's vote could still tie it (and the chair voted against), so it stays open.
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'dev',
      action: ActionId.voteAbstain,
      value: { request: id },
    });
    const other = (
      await post('/playground/api/submit', {
        org: 'allsorts',
        person: 'tom',
        flow: 'trustee-contact',
        fields: { ...trusteeContact, 'young-person': 'C.D.' },
      })
    ).body.requestId as string;
    for (const person of ['ruth', 'ann', 'priya'])
      await post('/playground/api/action', {
        org: 'allsorts',
        person,
        action: ActionId.voteFor,
        value: { request: other },
      });

    const [header, ...rows] = parseCsv((await get('/records/report.csv?org=allsorts&flow=trustee-contact')).text);
    const byId = new Map(rows.map((row) => [row[0]!, Object.fromEntries(header!.map((name, i) => [name, row[i]!]))]));
    expect(byId.get(id)).toMatchObject({
      'Requested by': 'Tom (trustee)',
      Outcome: 'Approved',
      'Decided by': expect.stringMatching(
        /^Board vote: 2 for, 1 against, 1 abstained \(For: Ruth \(trustee\), Ann \(trustee\); Against: Priya [^;]*; Abstained: Dev \(trustee\)\)$/,
      ),
      Why: 'Majority of the votes',
    });
    // Three of the four who may vote (Tom asked, so he does not) were for: Dev's vote could not change it.
    expect(byId.get(other)).toMatchObject({
      Outcome: 'Approved',
      'Decided by': expect.stringMatching(/^Board vote: 3 for, 0 against, 0 abstained \(For: /),
      Why: 'Majority of the votes; voting closed early: the outcome could not change',
    });
  });

  it('the records page history shows a refused vote change, as the audit log has it', async () => {
    running = await startPlaygroundApp();
    const { post, get } = running;
    const id = (
      await post('/playground/api/submit', {
        org: 'allsorts',
        person: 'tom',
        flow: 'trustee-contact',
        fields: trusteeContact,
      })
    ).body.requestId as string;
    await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ruth',
      action: ActionId.voteFor,
      value: { request: id },
    });
    const change = await post('/playground/api/action', {
      org: 'allsorts',
      person: 'ruth',
      action: ActionId.voteAgainst,
      value: { request: id },
    });
    expect(change.body.html).toMatch(/already voted|final/i);

    const page = await get('/records?org=allsorts');
    expect(page.text).toContain(
      '<span class="event-type">vote change refused</span> by Ruth (trustee) · tried against, the vote stays for</li>',
    );
    expect((await get('/records/audit.csv?org=allsorts')).text).toContain('vote-change-refused');
  });

  it('lists a report per kind of request on the records page, and refuses an unknown one clearly', async () => {
    running = await startPlaygroundApp();
    const page = await running.get('/records?org=allsorts');
    for (const flow of [
      'photos',
      'work-phone-sharing',
      'keep-contact-details',
      'premium-international-calls',
      'trustee-contact',
    ]) {
      expect(page.text).toContain(`href="/records/report.csv?org=allsorts&amp;flow=${flow}"`);
    }
    const unknown = await running.get('/records/report.csv?org=allsorts&flow=nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('has no request type &quot;nothing&quot;');
  });
});
