import { describe, expect, it } from 'vitest';
import { requestsCsv } from '../../../src/core/approvals/records-csv.ts';
import { allsortsAnswers, ok, pg, setup, submitPhotos } from './helpers.ts';

const day = 24 * 60 * 60 * 1000;

/** A permission lasts from the request's own date, or to its "until" date: never lapsing before the day it was asked for. */
describe('when a granted permission lapses', () => {
  it('photos for 12 December approved on 2 December are valid until the end of 12 December, not 3 December', async () => {
    const { service, clock } = await setup();
    clock.set('2025-12-02T10:00:00Z');
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: { ...allsortsAnswers.photos, date: '2025-12-12' },
      }),
    ).request.id;
    const approved = ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }));
    expect(approved.request).toMatchObject({
      status: 'approved',
      validUntil: '2025-12-13T00:00:00.000Z',
      lapsesAt: '2025-12-13T00:00:00.000Z',
    });
    // The requester is told how long the permission lasts, with the approval.
    expect(approved.notifications.find((n) => n.kind === 'decided')).toMatchObject({
      status: 'approved',
      validUntil: '2025-12-13T00:00:00.000Z',
    });
    clock.advance(day + 1000);
    expect((await service.tick()).notifications.filter((n) => n.kind === 'lapsed')).toEqual([]);
    expect((await service.getRequest(id))!.status).toBe('approved');
    clock.set('2025-12-12T23:59:00Z');
    expect((await service.getRequest(id))!.status).toBe('approved');
    clock.set('2025-12-13T00:00:01Z');
    expect((await service.getRequest(id))!.status).toBe('lapsed');
    expect((await service.tick()).notifications).toEqual([expect.objectContaining({ kind: 'lapsed', to: pg('sam') })]);
    const view = (await service.getRequest(id))!;
    expect(view.validUntil).toBe('2025-12-13T00:00:00.000Z');
    expect(requestsCsv([view])).toContain('2025-12-13T00:00:00.000Z');
  });

  it('a request with an "until" date lasts to the end of that day, whatever the flow’s default length', async () => {
    const { service, clock } = await setup();
    clock.set('2025-03-03T09:00:00Z');
    // work-phone-sharing: `lasts: 7d`, asked until 20 March.
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'work-phone-sharing',
        requester: pg('sam'),
        answers: { ...allsortsAnswers['work-phone-sharing'], until: '2025-03-20' },
      }),
    ).request.id;
    const approved = ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' }));
    expect(approved.request.validUntil).toBe('2025-03-21T00:00:00.000Z');
    clock.set('2025-03-15T09:00:00Z');
    expect((await service.getRequest(id))!.status).toBe('approved');
    clock.set('2025-03-21T00:00:00Z');
    expect((await service.getRequest(id))!.status).toBe('lapsed');
  });

  it('a request for a day already past lasts its default length from the decision', async () => {
    const { service, clock } = await setup();
    // Asked for a day still to come (a past date is refused), decided only after that day.
    clock.set('2025-02-27T09:00:00Z');
    const id = ok(
      await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: pg('sam'),
        answers: { ...allsortsAnswers.photos, date: '2025-03-01' },
      }),
    ).request.id;
    clock.set('2025-03-05T09:00:00Z');
    expect(ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'approve' })).request.validUntil).toBe(
      '2025-03-06T09:00:00.000Z',
    );
  });

  it('shows no "valid until" on a request that is not approved', async () => {
    const { service } = await setup();
    const id = await submitPhotos(service);
    expect((await service.getRequest(id))!.validUntil).toBeUndefined();
    expect(
      ok(await service.decide({ requestId: id, actor: pg('alex'), decision: 'decline' })).request.validUntil,
    ).toBeUndefined();
  });
});
