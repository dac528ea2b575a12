import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/core/approvals/flow-schema.ts';
import { peopleWithRole } from '../../../src/core/approvals/people.ts';
import { ok, pg, setup, shippedCorpus } from './helpers.ts';

/** A valid answer for every field of a flow, built from its definition alone. */
function answersFor(flow: Flow): Record<string, unknown> {
  return Object.fromEntries(
    flow.fields.map((field) => {
      switch (field.type) {
        case 'text':
          return [field.id, 'An example answer'];
        case 'date':
          return [field.id, '2025-04-01'];
        case 'choice':
          return [field.id, field.options[0]!.value];
        case 'initials':
          return [field.id, 'a.b.'];
        case 'attestation':
          return [
            field.id,
            { agreed: true, ...(field.who ? { who: field.who[0] } : {}), ...(field.how ? { how: field.how[0] } : {}) },
          ];
      }
    }),
  );
}

const corpus = await shippedCorpus();
const cases = [...corpus.organisations].flatMap(([org, orgCorpus]) =>
  orgCorpus.organisation.flows.map((flow) => [org, flow.id, flow] as const),
);

describe('every flow shipped in policies/', () => {
  it('covers all five organisations, and Allsorts has the five flows product.md names', () => {
    expect(new Set(cases.map(([org]) => org))).toEqual(
      new Set(['activity-alliance', 'allsorts', 'interest-link-borders', 'online-courses', 'worknlearn']),
    );
    expect(corpus.organisations.get('allsorts')!.organisation.flows.map((f) => f.id)).toEqual([
      'photos',
      'work-phone-sharing',
      'keep-contact-details',
      'premium-international-calls',
      'trustee-contact',
    ]);
  });

  it.each(cases)('%s / %s can be requested and granted by whom its route names', async (org, _id, flow) => {
    const { service } = await setup();
    const organisation = corpus.organisations.get(org)!.organisation;
    const submitted = ok(
      await service.submit({ org, flowId: flow.id, requester: pg('sam'), answers: answersFor(flow) }),
    );
    expect(submitted.request.status).toBe('pending');
    expect(submitted.notifications.length).toBeGreaterThan(0);
    let decided;
    if (flow.route.kind === 'single') {
      const decider = peopleWithRole(organisation, flow.route.roles[0]!)[0]!;
      decided = ok(
        await service.decide({ requestId: submitted.request.id, actor: decider.accounts[0]!, decision: 'approve' }),
      );
    } else {
      // Members vote for until the vote settles; it must settle before the board runs out.
      for (const member of peopleWithRole(organisation, flow.route.body)) {
        decided = ok(
          await service.vote({ requestId: submitted.request.id, actor: member.accounts[0]!, choice: 'for' }),
        );
        if (decided.request.status !== 'pending') break;
      }
    }
    expect(decided!.request.status).toBe('approved');
    const told = decided!.notifications.find((n) => n.kind === 'decided')!;
    expect(told.to).toEqual(pg('sam'));
    expect(told.conditions).toEqual(
      flow.conditions.map((c) => ({
        text: c.text,
        ...(c.clause ? { clause: `${c.clause.document}#${c.clause.clause}` } : {}),
      })),
    );
    // submitted, each vote, decided.
    expect(await service.verifyAudit(org)).toMatchObject({
      ok: true,
      entries: 2 + decided!.request.votes.length,
      unaudited: [],
    });
  });
});
