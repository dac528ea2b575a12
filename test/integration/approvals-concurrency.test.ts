import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/create-store.ts';
import { ApprovalService } from '../../src/core/approvals/approval-service.ts';
import { finalVoteOutcome, type VoteChoice } from '../../src/core/approvals/votes.ts';
import { dropNamespace, engines, uniqueNamespace } from '../adapters/store/engines.ts';
import { allsortsAnswers, ok, pg, shippedCorpus } from '../core/approvals/helpers.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { runWorkers } from './workers/worker-support.ts';

const requests = 200;
const trustees = ['priya', 'tom', 'ruth', 'dev', 'ann'] as const;
// Even requests: a 2-2 tie with one abstention that only the chair's casting vote settles.
// Odd requests: unanimous, so it settles after three votes and later votes find it decided.
const tiePattern: Record<string, VoteChoice> = {
  priya: 'for',
  tom: 'for',
  ruth: 'against',
  dev: 'against',
  ann: 'abstain',
};
const processes = [
  ['priya', 'ruth', 'ann'],
  ['tom', 'dev'],
];

const shared = (await engines()).filter((engine) => engine.name !== 'sqlite');

for (const engine of shared) {
  describe.skipIf(engine.skip !== undefined)(
    `two processes voting at the same instant on ${engine.name}${engine.skip ? ` (skipped: ${engine.skip})` : ''}`,
    () => {
      const namespace = uniqueNamespace(`conc-${engine.name}`);
      afterAll(() => dropNamespace(engine, namespace));

      it(`counts every vote and decides each of ${requests} requests exactly once, with one outcome notification each`, {
        timeout: 120_000,
      }, async () => {
        const store = await createStore({ url: engine.url!, namespace });
        const corpus = await shippedCorpus();
        const service = new ApprovalService({ corpus, store, clock: new ManualClock(new Date()) });
        const ids: string[] = [];
        for (let i = 0; i < requests; i++) {
          ids.push(
            ok(
              await service.submit({
                org: 'allsorts',
                flowId: 'trustee-contact',
                requester: pg('sam'),
                answers: allsortsAnswers['trustee-contact'],
              }),
            ).request.id,
          );
        }
        const choiceOf = (i: number, trustee: string): VoteChoice => (i % 2 === 0 ? tiePattern[trustee]! : 'for');
        const plans = processes.map((mine) =>
          Object.fromEntries(ids.map((id, i) => [id, Object.fromEntries(mine.map((t) => [t, choiceOf(i, t)]))])),
        );

        const runs = await runWorkers(
          'vote-worker.ts',
          plans.map((plan) => ({ url: engine.url, namespace, plan, requester: 'sam' })),
        );
        const results = runs.map((run) => {
          expect(run.stderr).toBe('');
          expect(run.code).toBe(0);
          return JSON.parse(run.stdout) as {
            acks: Array<{ id: string; trustee: string; result: string }>;
            decidedSent: Record<string, number>;
            errors: string[];
          };
        });
        expect(results.flatMap((r) => r.errors)).toEqual([]);
        const acks = results.flatMap((r) => r.acks);
        expect(acks).toHaveLength(requests * trustees.length);
        // A vote is either counted, or refused because the outcome was already settled.
        expect(new Set(acks.map((a) => a.result))).toEqual(
          new Set(acks.some((a) => a.result === 'already_decided') ? ['ok', 'already_decided'] : ['ok']),
        );

        // A fresh process reads back what both wrote.
        const reader = new ApprovalService({ corpus, store, clock: new ManualClock(new Date()) });
        let chairDecided = 0;
        for (const [i, id] of ids.entries()) {
          const view = (await reader.getRequest(id))!;
          const counted = acks
            .filter((a) => a.id === id && a.result === 'ok')
            .map((a) => a.trustee)
            .sort();
          expect(view.votes.map((v) => v.voter.account.userId).sort()).toEqual(counted);
          expect(view.tally!.cast).toBe(counted.length);
          expect(counted.length).toBeGreaterThanOrEqual(3);
          const expected = finalVoteOutcome(
            view.votes.map((v) => ({ voterKey: v.voter.key, choice: v.choice })),
            {
              quorum: 3,
              threshold: 'majority-of-cast',
              tie: 'chair-casting-vote',
              boardSize: 5,
              chairKeys: ['priya-chair'],
            },
          );
          expect(view.status).toBe(expected.status);
          expect(view.status).toBe('approved');
          if (view.reason === 'chair-casting-vote') chairDecided++;
          // Exactly one process claimed the outcome and told the requester.
          expect((results[0]!.decidedSent[id] ?? 0) + (results[1]!.decidedSent[id] ?? 0)).toBe(1);
          if (i % 2 === 1) expect(view.reason).toBe('majority');
        }
        expect(chairDecided).toBeGreaterThan(0);

        const verification = await reader.verifyAudit('allsorts');
        expect(verification).toMatchObject({ ok: true, unaudited: [] });
        const entries = await reader.auditEntries('allsorts');
        expect(entries.filter((e) => e.type === 'submitted')).toHaveLength(requests);
        expect(entries.filter((e) => e.type === 'voted')).toHaveLength(acks.filter((a) => a.result === 'ok').length);
        expect(entries.filter((e) => e.type === 'decided')).toHaveLength(requests);
        expect(new Set(entries.map((e) => e.eventId)).size).toBe(entries.length);
        await store.close();
      });
    },
  );
}
