import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../src/core/approvals/notifications.ts';
import { isPersonTarget } from '../../../src/core/approvals/notifications.ts';
import { allsortsAnswers, corpusWith, errorCode, ok, pg, setup, shippedCorpus, submitPhotos } from './helpers.ts';

const hour = 3_600_000;
const day = 24 * hour;
const recipients = (notifications: readonly Notification[], kind: string) =>
  notifications
    .filter((n) => n.kind === kind)
    .map((n) => (isPersonTarget(n.to) ? `${n.to.platform}:${n.to.userId}` : `role:${n.to.role}`))
    .sort();

describe('ApprovalService: single decisions', () => {
  it('submits a request, records the policy version, and asks every holder of the routed roles', async () => {
    const { service, corpus } = await setup();
    const { request, notifications } = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
      }),
    );
    expect(request).toMatchObject({
      id: 'req-0001',
      org: 'allsorts',
      status: 'pending',
      flow: { id: 'photos' },
      requester: { name: 'Sam (staff)' },
      submittedAt: '2025-03-03T09:00:00.000Z',
    });
    expect(request.clauses).toEqual([
      'allsorts-mobile-phone-policy#2.1',
      'allsorts-mobile-phone-policy#2.2',
      'allsorts-mobile-phone-policy#2.4',
    ]);
    expect(request.policyVersions).toEqual({
      'allsorts-mobile-phone-policy': corpus.organisations
        .get('allsorts')!
        .documents.get('allsorts-mobile-phone-policy')!.versionHash,
    });
    expect(request.answers.find((a) => a.fieldId === 'parental-consent')).toEqual({
      fieldId: 'parental-consent',
      label: 'Parental consent',
      value: 'Yes',
    });
    expect(recipients(notifications, 'approval-needed')).toEqual(['playground:alex', 'playground:casey']);
  });

  it('refuses bad input as results with field errors, never throws', async () => {
    const { service } = await setup();
    const bad = await service.submit({
      org: 'allsorts',
      flowId: 'keep-contact-details',
      requester: pg('sam'),
      answers: { 'young-person': 'Jamie', reason: 'x' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toMatchObject({
        code: 'invalid_answers',
        fieldErrors: { 'young-person': expect.stringMatching(/initials only/) },
      });
    expect(
      errorCode(await service.submit({ org: 'allsorts', flowId: 'nope', requester: pg('sam'), answers: {} })),
    ).toBe('unknown_flow');
    expect(
      errorCode(await service.submit({ org: 'nowhere', flowId: 'photos', requester: pg('sam'), answers: {} })),
    ).toBe('unknown_org');
    expect(errorCode(await service.decide({ requestId: 'req-9999', actor: pg('alex'), decision: 'approve' }))).toBe(
      'unknown_request',
    );
  });

  it('lets only holders of the routed role decide, never on their own request', async () => {
    const { service } = await setup();
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('alex'),
        answers: allsortsAnswers.photos,
      }),
    ).request.id;
    expect(errorCode(await service.decide({ requestId: id, actor: pg('sam'), decision: 'approve' }))).toBe(
      'not_a_decider',
    );
    expect(errorCode(await service.decide({ requestId: id, actor: pg('morgan'), decision: 'approve' }))).toBe(
      'not_a_decider',
    );
    expect(errorCode(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }))).toBe(
      'own_request',
    );
    expect(
      errorCode(
        await service.decide({
          requestId: id,
          actor: { platform: 'slack', userId: 'U-STRANGER' },
          decision: 'approve',
        }),
      ),
    ).toBe('not_a_decider');
    const decided = ok(
      await service.decide({
        requestId: id,
        actor: pg('casey'),
        decision: 'approve',
        comment: ' Fine, use the group phone. ',
      }),
    );
    expect(decided.request).toMatchObject({
      status: 'approved',
      decidedBy: { name: 'Casey (coordinator)' },
      comment: 'Fine, use the group phone.',
    });
  });

  it('lets the first decision win; a second click is harmless and a decided request stays decided', async () => {
    const { service } = await setup();
    const id = await submitPhotos(service);
    const [a, b] = await Promise.all([
      service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }),
      service.decide({ requestId: id, actor: pg('casey'), decision: 'decline' }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const again = await service.decide({ requestId: id, actor: pg('alex'), decision: 'decline' });
    expect(errorCode(again)).toBe('already_decided');
    const view = await service.getRequest(id);
    expect(view!.status).toBe(a.ok ? 'approved' : 'declined');
    expect(errorCode(await service.withdraw({ requestId: id, actor: pg('sam') }))).toBe('not_pending');
  });

  it('tells the requester the outcome with the conditions, and the other approvers who decided', async () => {
    const { service } = await setup();
    const id = await submitPhotos(service);
    const { notifications } = ok(
      await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve', comment: 'OK' }),
    );
    const toSam = notifications.find((n) => n.kind === 'decided')!;
    expect(toSam).toMatchObject({
      to: pg('sam'),
      status: 'approved',
      decidedBy: 'Alex (activity leader)',
      comment: 'OK',
      messageUpdate: true,
    });
    expect(toSam.conditions![0]).toEqual({
      text: expect.stringMatching(/^No photographs or video are to be taken or stored on personal cameras/),
      clause: 'allsorts-mobile-phone-policy#2.3',
    });
    expect(recipients(notifications, 'decided-by-other')).toEqual(['playground:casey']);
  });

  it('lets only the requester withdraw, and only while pending', async () => {
    const { service } = await setup();
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'work-phone-sharing',
        requester: pg('sam'),
        answers: allsortsAnswers['work-phone-sharing'],
      }),
    ).request.id;
    expect(errorCode(await service.withdraw({ requestId: id, actor: pg('jo') }))).toBe('not_requester');
    const withdrawn = ok(await service.withdraw({ requestId: id, actor: pg('sam') }));
    expect(withdrawn.request.status).toBe('withdrawn');
    expect(recipients(withdrawn.notifications, 'withdrawn')).toEqual(['playground:alex']);
    expect(errorCode(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }))).toBe(
      'already_decided',
    );
  });

  it('treats the same human on Slack and Teams as one person', async () => {
    const corpus = await corpusWith('allsorts', {
      people: [
        { name: 'Sam', roles: ['staff', 'activity-leader'], accounts: { slack: 'U1', teams: 'aad-1' } },
        { name: 'Alex', roles: ['activity-leader'], accounts: { slack: 'U2' } },
      ],
    });
    const { service } = await setup(corpus);
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'work-phone-sharing',
        requester: { platform: 'slack', userId: 'U1' },
        answers: allsortsAnswers['work-phone-sharing'],
      }),
    ).request.id;
    expect(
      errorCode(
        await service.decide({ requestId: id, actor: { platform: 'teams', userId: 'aad-1' }, decision: 'approve' }),
      ),
    ).toBe('own_request');
    const { notifications } = ok(
      await service.decide({ requestId: id, actor: { platform: 'slack', userId: 'U2' }, decision: 'approve' }),
    );
    expect(recipients(notifications, 'decided')).toEqual(['slack:U1', 'teams:aad-1']);
  });
});

describe('ApprovalService: trustee votes', () => {
  const trustees = ['priya', 'tom', 'ruth', 'dev', 'ann'];
  const submitVote = async () => {
    const env = await setup();
    const submitted = ok(
      await env.service.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('sam'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    );
    return { ...env, id: submitted.request.id, submitted };
  };

  it('asks every trustee to vote and shows the board tally', async () => {
    const { submitted } = await submitVote();
    expect(recipients(submitted.notifications, 'vote-needed')).toEqual(trustees.map((t) => `playground:${t}`).sort());
    expect(submitted.request.tally).toEqual({
      for: 0,
      against: 0,
      abstain: 0,
      cast: 0,
      boardSize: 5,
      eligible: 5,
      quorum: 3,
      needed: 3,
    });
    expect(submitted.request.route).toMatchObject({
      kind: 'vote',
      body: 'trustee',
      closesAt: '2025-03-10T09:00:00.000Z',
    });
  });

  it('refuses a vote request when too few members are listed to ever reach the quorum', async () => {
    const corpus = await corpusWith('allsorts', {
      people: [
        { name: 'Sam', roles: ['staff'], accounts: { playground: 'sam' } },
        { name: 'Priya', roles: ['trustee', 'chair'], accounts: { slack: 'U9' } },
        { name: 'Tom', roles: ['trustee'], accounts: { teams: 'aad-7' } },
      ],
    });
    const { service } = await setup(corpus);
    const refused = await service.submit({
      org: 'allsorts',
      flowId: 'trustee-contact',
      requester: pg('sam'),
      answers: allsortsAnswers['trustee-contact'],
    });
    expect(refused.ok === false && refused.error).toMatchObject({
      code: 'no_approver',
      message: expect.stringMatching(/quorum of 3, but only 2 member/),
    });
    expect(service.peopleWithRole('allsorts', 'trustee').map((p) => p.accounts)).toEqual([
      [{ platform: 'slack', userId: 'U9' }],
      [{ platform: 'teams', userId: 'aad-7' }],
    ]);
  });

  it('lets only board members vote, not on their own request, once each', async () => {
    const { service } = await setup();
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('tom'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ).request.id;
    expect(errorCode(await service.vote({ requestId: id, actor: pg('sam'), choice: 'for' }))).toBe('not_a_voter');
    expect(errorCode(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }))).toBe('own_request');
    expect(errorCode(await service.decide({ requestId: id, actor: pg('priya'), decision: 'approve' }))).toBe(
      'not_a_decider',
    );
    ok(await service.vote({ requestId: id, actor: pg('ruth'), choice: 'for' }));
    const again = await service.vote({ requestId: id, actor: pg('ruth'), choice: 'for' });
    expect(again.ok === false && again.error).toMatchObject({
      code: 'already_voted',
      message: 'You already voted For.',
    });
    const change = await service.vote({ requestId: id, actor: pg('ruth'), choice: 'against' });
    expect(change.ok === false && change.error.message).toMatch(/cannot be changed/);
    expect((await service.getRequest(id))!.tally).toMatchObject({ for: 1, against: 0, cast: 1 });
    const audit = await service.auditEntries('allsorts');
    expect(audit.map((e) => e.type)).toEqual(['submitted', 'voted', 'vote-change-refused']);
    expect(audit[2]!.detail).toEqual({ existing: 'for', attempted: 'against' });
  });

  it('decides as soon as the outcome cannot change, once, and tells the requester and the board', async () => {
    const { service, id } = await submitVote();
    const first = ok(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }));
    expect(first.request.status).toBe('pending');
    expect(first.notifications).toEqual([
      expect.objectContaining({ kind: 'tally-changed', to: { org: 'allsorts', role: 'trustee' }, messageUpdate: true }),
    ]);
    ok(await service.vote({ requestId: id, actor: pg('ruth'), choice: 'for' }));
    const third = ok(await service.vote({ requestId: id, actor: pg('dev'), choice: 'for' }));
    expect(third.request).toMatchObject({ status: 'approved', reason: 'majority', tally: { for: 3, cast: 3 } });
    const decided = third.notifications.filter((n) => n.kind === 'decided');
    expect(decided).toEqual([
      expect.objectContaining({
        to: pg('sam'),
        status: 'approved',
        conditions: [expect.objectContaining({ clause: 'allsorts-mobile-phone-policy#4.3' })],
      }),
    ]);
    expect(recipients(third.notifications, 'decided-by-other')).toEqual(trustees.map((t) => `playground:${t}`).sort());
    expect(errorCode(await service.vote({ requestId: id, actor: pg('ann'), choice: 'against' }))).toBe(
      'already_decided',
    );
  });

  it("applies the chair's casting vote on a tie when every member has voted", async () => {
    const { service, id } = await submitVote();
    for (const [who, choice] of [
      ['tom', 'for'],
      ['ruth', 'against'],
      ['dev', 'against'],
      ['ann', 'abstain'],
    ] as const)
      ok(await service.vote({ requestId: id, actor: pg(who), choice }));
    expect((await service.getRequest(id))!.status).toBe('pending');
    const last = ok(await service.vote({ requestId: id, actor: pg('priya'), choice: 'for' }));
    expect(last.request).toMatchObject({
      status: 'approved',
      reason: 'chair-casting-vote',
      tally: { for: 2, against: 2, abstain: 1, cast: 5 },
    });
  });

  it('closes at the end of the window: below quorum the request expires', async () => {
    const { service, clock, id } = await submitVote();
    ok(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }));
    ok(await service.vote({ requestId: id, actor: pg('ruth'), choice: 'for' }));
    clock.advance(7 * day - 1);
    expect((await service.tick()).notifications.filter((n) => n.kind === 'expired')).toHaveLength(0);
    clock.advance(1);
    const tick = await service.tick();
    expect(tick.requests.map((r) => [r.id, r.status, r.reason])).toEqual([[id, 'expired', 'no-quorum']]);
    expect(recipients(tick.notifications, 'expired')).toContain('playground:sam');
    expect((await service.tick()).notifications).toHaveLength(0);
  });

  it('refuses votes after the window ends, before the tick has closed it', async () => {
    const { service, clock, id } = await submitVote();
    ok(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }));
    clock.advance(7 * day);
    const late = await service.vote({ requestId: id, actor: pg('ruth'), choice: 'for' });
    expect(late.ok === false && late.error).toMatchObject({
      code: 'not_pending',
      message: 'Voting on this request closed at 2025-03-10T09:00:00.000Z.',
    });
    expect(errorCode(await service.withdraw({ requestId: id, actor: pg('sam') }))).toBe('not_pending');
    expect((await service.tick()).requests[0]).toMatchObject({ status: 'expired', tally: { cast: 1 } });
  });

  it('refuses a vote that is not for, against or abstain', async () => {
    const { service, id } = await submitVote();
    const bad = await service.vote({ requestId: id, actor: pg('tom'), choice: 'maybe' as never });
    expect(bad.ok === false && bad.error).toMatchObject({
      code: 'invalid_answers',
      fieldErrors: { choice: 'Vote for, against or abstain.' },
    });
    expect((await service.getRequest(id))!.votes).toEqual([]);
  });

  it('closes at the end of the window with quorum met: a tie without the chair is declined', async () => {
    const { service, clock, id } = await submitVote();
    for (const [who, choice] of [
      ['tom', 'for'],
      ['ruth', 'against'],
      ['dev', 'abstain'],
    ] as const)
      ok(await service.vote({ requestId: id, actor: pg(who), choice }));
    clock.advance(7 * day);
    const tick = await service.tick();
    expect(tick.requests[0]).toMatchObject({ status: 'declined', reason: 'tie' });
  });

  it('reminds trustees who have not voted after remindAfter', async () => {
    const { service, clock, id } = await submitVote();
    ok(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }));
    clock.advance(2 * day);
    const tick = await service.tick();
    expect(recipients(tick.notifications, 'reminder')).toEqual([
      'playground:ann',
      'playground:dev',
      'playground:priya',
      'playground:ruth',
    ]);
    expect((await service.tick()).notifications).toHaveLength(0);
  });
});

describe('ApprovalService: the clock', () => {
  it('reminds after remindAfter, escalates after escalateAfter, and the backup role may then decide', async () => {
    const { service, clock } = await setup();
    const id = await submitPhotos(service);
    clock.advance(4 * hour - 1);
    expect((await service.tick()).notifications).toHaveLength(0);
    clock.advance(1);
    const reminded = await service.tick();
    expect(recipients(reminded.notifications, 'reminder')).toEqual(['playground:alex', 'playground:casey']);
    expect(reminded.notifications[0]!.reminder).toBe(1);
    expect(errorCode(await service.decide({ requestId: id, actor: pg('morgan'), decision: 'approve' }))).toBe(
      'not_a_decider',
    );
    clock.advance(20 * hour);
    const escalated = await service.tick();
    expect(recipients(escalated.notifications, 'escalated')).toEqual(['playground:morgan']);
    expect(escalated.notifications.filter((n) => n.kind === 'reminder').map((n) => n.reminder)).toEqual([2, 2]);
    expect((await service.getRequest(id))!.route).toMatchObject({ escalated: true });
    ok(await service.decide({ requestId: id, actor: pg('morgan'), decision: 'approve' }));
  });

  it('stops reminding after the configured number', async () => {
    const { service, clock } = await setup();
    ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'premium-international-calls',
        requester: pg('sam'),
        answers: allsortsAnswers['premium-international-calls'],
      }),
    );
    let reminders = 0;
    for (let i = 0; i < 10; i++) {
      clock.advance(4 * hour);
      reminders += (await service.tick()).notifications.filter((n) => n.kind === 'reminder').length;
    }
    expect(reminders).toBe(3);
  });

  it('expires a pending request after expireAfter', async () => {
    const corpus = await corpusWith('allsorts', {
      flows: (flows) =>
        flows.map((f) =>
          f.id === 'premium-international-calls' && f.route.kind === 'single'
            ? { ...f, route: { ...f.route, expireAfter: 2 * day } }
            : f,
        ),
    });
    const { service, clock } = await setup(corpus);
    const { request } = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'premium-international-calls',
        requester: pg('sam'),
        answers: allsortsAnswers['premium-international-calls'],
      }),
    );
    expect(request.expiresAt).toBe('2025-03-05T09:00:00.000Z');
    clock.advance(2 * day);
    const tick = await service.tick();
    expect(tick.requests).toEqual([
      expect.objectContaining({ id: request.id, status: 'expired', reason: 'expire-after' }),
    ]);
    expect(recipients(tick.notifications, 'expired')).toEqual(['playground:morgan', 'playground:sam']);
    expect(errorCode(await service.decide({ requestId: request.id, actor: pg('morgan'), decision: 'approve' }))).toBe(
      'already_decided',
    );
  });

  it('lapses a granted permission at the end of its time and tells the requester once', async () => {
    const { service, clock } = await setup();
    // Photos for today: `lasts: 1d` counts from the decision.
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: { ...allsortsAnswers.photos, date: '2025-03-03' },
      }),
    ).request.id;
    const approved = ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }));
    expect(approved.request.lapsesAt).toBe('2025-03-04T09:00:00.000Z');
    clock.advance(day);
    expect((await service.getRequest(id))!.status).toBe('lapsed');
    const tick = await service.tick();
    expect(tick.notifications).toEqual([expect.objectContaining({ kind: 'lapsed', to: pg('sam') })]);
    expect((await service.tick()).notifications).toHaveLength(0);
  });

  it('does each clock event once when two services share the store', async () => {
    const { service, store, clock, corpus } = await setup();
    const { ApprovalService } = await import('../../../src/core/approvals/approval-service.ts');
    const other = new ApprovalService({ corpus, store, clock });
    ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
      }),
    );
    clock.advance(24 * hour);
    const [a, b] = await Promise.all([service.tick(), other.tick()]);
    const all = [...a.notifications, ...b.notifications];
    expect(all.filter((n) => n.kind === 'escalated')).toHaveLength(1);
    expect(all.filter((n) => n.kind === 'reminder')).toHaveLength(2);
    expect((await service.verifyAudit('allsorts')).ok).toBe(true);
  });
});

describe('ApprovalService: listing', () => {
  it('lists by status, awaiting a person, and by requester', async () => {
    const { service } = await setup();
    const a = await submitPhotos(service);
    const b = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('jo'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ).request.id;
    const c = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'premium-international-calls',
        requester: pg('sam'),
        answers: allsortsAnswers['premium-international-calls'],
      }),
    ).request.id;
    ok(await service.decide({ requestId: a, actor: pg('alex'), decision: 'decline' }));
    expect((await service.listRequests({ org: 'allsorts' })).map((r) => r.id)).toEqual([a, b, c]);
    expect((await service.listRequests({ org: 'allsorts', status: 'pending' })).map((r) => r.id)).toEqual([b, c]);
    expect((await service.listAwaiting({ org: 'allsorts', person: pg('priya') })).map((r) => r.id)).toEqual([b]);
    expect((await service.listAwaiting({ org: 'allsorts', person: pg('morgan') })).map((r) => r.id)).toEqual([c]);
    expect((await service.listMine({ org: 'allsorts', person: pg('sam') })).map((r) => r.id)).toEqual([a, c]);
    expect(await service.actionsFor(b, pg('priya'))).toEqual({ decide: false, vote: true, withdraw: false });
    expect(await service.actionsFor(b, pg('jo'))).toEqual({ decide: false, vote: false, withdraw: true });
  });

  it('skips an index entry left by a submission that never finished, and lists a repeated id once', async () => {
    const { service, store, clock } = await setup();
    await store.putIfAbsent('reqindex:allsorts:1', 'r-never-written');
    const id = await submitPhotos(service);
    await store.putIfAbsent('reqindex:allsorts:3', id);
    expect(await store.get('reqindex:allsorts:2')).toBe(id);
    expect((await service.listRequests({ org: 'allsorts' })).map((r) => r.id)).toEqual([id]);
    clock.advance(4 * hour);
    expect(recipients((await service.tick()).notifications, 'reminder')).toEqual([
      'playground:alex',
      'playground:casey',
    ]);
  });

  it('never stores a young person by anything but initials', async () => {
    const { service, store } = await setup();
    ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'keep-contact-details',
        requester: pg('sam'),
        answers: { 'young-person': 'j s', reason: 'Work placement' },
      }),
    );
    const stored = JSON.stringify(await store.getMany(store.keys()));
    expect(stored).toContain('"young-person":"JS"');
    expect(stored).not.toMatch(/"j s"/);
  });
});

describe('ApprovalService: the audit record', () => {
  const busyLog = async () => {
    const env = await setup();
    const { service } = env;
    const a = await submitPhotos(service);
    ok(await service.decide({ requestId: a, actor: pg('alex'), decision: 'approve', comment: 'Private reasons' }));
    const b = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('sam'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ).request.id;
    for (const who of ['tom', 'ruth', 'dev']) ok(await service.vote({ requestId: b, actor: pg(who), choice: 'for' }));
    return { ...env, a, b };
  };

  it('audits every event with time, actor, request, flow, clauses and policy version, hash-chained', async () => {
    const { service, a, corpus } = await busyLog();
    const entries = await service.auditEntries('allsorts');
    expect(entries.map((e) => e.type)).toEqual([
      'submitted',
      'decided',
      'submitted',
      'voted',
      'voted',
      'voted',
      'decided',
    ]);
    expect(entries[1]).toMatchObject({
      seq: 2,
      at: '2025-03-03T09:00:00.000Z',
      actor: pg('alex'),
      requestId: a,
      flowId: 'photos',
      clauses: [
        'allsorts-mobile-phone-policy#2.1',
        'allsorts-mobile-phone-policy#2.2',
        'allsorts-mobile-phone-policy#2.4',
      ],
      policyVersions: {
        'allsorts-mobile-phone-policy': corpus.organisations
          .get('allsorts')!
          .documents.get('allsorts-mobile-phone-policy')!.versionHash,
      },
      detail: { status: 'approved', reason: 'decision', comment: true },
      prevHash: entries[0]!.hash,
    });
    expect(JSON.stringify(entries)).not.toContain('Private reasons');
    expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, entries: 7, unaudited: [] });
  });

  it('detects an edited entry', async () => {
    const { service, store } = await busyLog();
    const entry = (await store.get<Record<string, unknown>>('audit:allsorts:4'))!;
    store.tamper('audit:allsorts:4', { ...entry, detail: { choice: 'against' } });
    expect(await service.verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 4, problem: expect.stringMatching(/edited/) },
    });
  });

  it('detects reordered entries', async () => {
    const { service, store } = await busyLog();
    const three = await store.get('audit:allsorts:3');
    const four = await store.get('audit:allsorts:4');
    store.tamper('audit:allsorts:3', four);
    store.tamper('audit:allsorts:4', three);
    expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: false, broken: { seq: 3 } });
  });

  it('detects a deleted entry in the middle and at the end', async () => {
    const middle = await busyLog();
    middle.store.remove('audit:allsorts:5');
    expect(await middle.service.verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 5, problem: expect.stringMatching(/missing/) },
    });
    const tail = await busyLog();
    tail.store.remove('audit:allsorts:7');
    expect(await tail.service.verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { seq: 7, problem: expect.stringMatching(/cut short/) },
    });
  });

  it('detects a record changed after it was audited', async () => {
    const { store, a } = await busyLog();
    const outcome = (await store.get<Record<string, unknown>>(`outcome:${a}`))!;
    store.tamper(`outcome:${a}`, { ...outcome, status: 'declined' });
    // A fresh process: nothing cached from before the edit.
    const fresh = new (await import('../../../src/core/approvals/approval-service.ts')).ApprovalService({
      corpus: await shippedCorpus(),
      store,
      clock: { now: () => new Date('2025-03-03T10:00:00Z') },
    });
    expect(await fresh.verifyAudit('allsorts')).toMatchObject({
      ok: false,
      broken: { key: `outcome:${a}`, problem: expect.stringMatching(/changed after/) },
    });
  });

  it('completes a missing audit entry when a command is retried after a crash between write and audit', async () => {
    const { service, store } = await setup();
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'trustee-contact',
        requester: pg('sam'),
        answers: allsortsAnswers['trustee-contact'],
      }),
    ).request.id;
    // Simulate a process that wrote the vote record and died before auditing it.
    await store.putIfAbsent(`vote:${id}:tom-trustee`, {
      v: 1,
      requestId: id,
      voter: { key: 'tom-trustee', name: 'Tom (trustee)', account: pg('tom') },
      choice: 'for',
      at: '2025-03-03T09:00:00.000Z',
    });
    expect((await service.verifyAudit('allsorts')).unaudited).toEqual([`vote:${id}:tom-trustee`]);
    expect(errorCode(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }))).toBe('already_voted');
    expect(await service.verifyAudit('allsorts')).toMatchObject({ ok: true, unaudited: [] });
    expect(errorCode(await service.vote({ requestId: id, actor: pg('tom'), choice: 'for' }))).toBe('already_voted');
    expect((await service.auditEntries('allsorts')).filter((e) => e.type === 'voted')).toHaveLength(1);
  });

  it('makes a submission with a client request id idempotent', async () => {
    const { service } = await setup();
    const first = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
        requestId: 'slack-view-123',
      }),
    );
    const again = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: allsortsAnswers.photos,
        requestId: 'slack-view-123',
      }),
    );
    expect(again.request.id).toBe(first.request.id);
    expect(again.notifications).toEqual([]);
    expect(await service.listRequests({ org: 'allsorts' })).toHaveLength(1);
    expect((await service.auditEntries('allsorts')).length).toBe(1);
  });
});
