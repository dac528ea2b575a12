import { describe, expect, it } from 'vitest';
import { allsortsAnswers, errorCode, ok, pg, setup } from './helpers.ts';

/**
 * The organisation boundary, in the core: a speaker of one organisation who sends another
 * organisation's request id (a forged button, Teams card data from the client) gets no request,
 * none of its answers, and none of that organisation's roles. The playground accounts make the case
 * sharp: "morgan" is the manager of both Allsorts and Activity Alliance, so only the speaker's
 * organisation tells the two apart.
 */
describe('the organisation boundary', () => {
  async function callFromAllsorts() {
    const context = await setup();
    const { request } = ok(
      await context.service.submit({
        org: 'allsorts',
        flowId: 'premium-international-calls',
        requester: pg('sam'),
        answers: allsortsAnswers['premium-international-calls'],
      }),
    );
    return { ...context, id: request.id };
  }

  it('refuses every command on another organisation’s request as an unknown request, with no view of it', async () => {
    const { service, store, id } = await callFromAllsorts();
    for (const result of [
      await service.decide({ org: 'activity-alliance', requestId: id, actor: pg('morgan'), decision: 'approve' }),
      await service.vote({ org: 'activity-alliance', requestId: id, actor: pg('morgan'), choice: 'for' }),
      await service.withdraw({ org: 'activity-alliance', requestId: id, actor: pg('sam') }),
    ]) {
      expect(errorCode(result)).toBe('unknown_request');
      expect(result.ok ? undefined : result.error.request).toBeUndefined();
      expect(JSON.stringify(result)).not.toMatch(/Sam|France|exchange trip/);
    }
    expect(await store.get(`outcome:${id}`)).toBeUndefined();
    // The same person, speaking in the request's own organisation, may decide it.
    expect(
      ok(await service.decide({ org: 'allsorts', requestId: id, actor: pg('morgan'), decision: 'approve' })).request
        .status,
    ).toBe('approved');
  });

  it('answers no query about another organisation’s request', async () => {
    const { service, id } = await callFromAllsorts();
    expect(await service.getRequest(id, { org: 'activity-alliance' })).toBeUndefined();
    expect(await service.actionsFor(id, pg('morgan'), { org: 'activity-alliance' })).toEqual({
      decide: false,
      vote: false,
      withdraw: false,
    });
    expect((await service.getRequest(id, { org: 'allsorts' }))?.id).toBe(id);
    expect(await service.actionsFor(id, pg('morgan'), { org: 'allsorts' })).toMatchObject({ decide: true });
    expect(await service.listRequests({ org: 'activity-alliance' })).toEqual([]);
    expect(await service.listAwaiting({ org: 'activity-alliance', person: pg('morgan') })).toEqual([]);
    expect(await service.listMine({ org: 'activity-alliance', person: pg('sam') })).toEqual([]);
    expect((await service.listAwaiting({ org: 'allsorts', person: pg('morgan') })).map((view) => view.id)).toEqual([
      id,
    ]);
  });

  it('refuses an unknown organisation like another one', async () => {
    const { service, id } = await callFromAllsorts();
    expect(
      errorCode(await service.decide({ org: 'nowhere', requestId: id, actor: pg('morgan'), decision: 'approve' })),
    ).toBe('unknown_request');
    expect(await service.getRequest(id, { org: 'nowhere' })).toBeUndefined();
  });
});
