// One bot process casting its share of trustee votes, all at the same instant as the other process.
import { isPersonTarget } from '../../../src/core/approvals/notifications.ts';
import type { VoteChoice } from '../../../src/core/approvals/votes.ts';
import { barrier, openService } from './worker-support.ts';

interface Settings {
  url: string;
  namespace: string;
  /** Request id → trustee (playground id) → choice, for this process's trustees only. */
  plan: Record<string, Record<string, VoteChoice>>;
  requester: string;
}

const settings = JSON.parse(process.argv[2]!) as Settings;
const { service, store } = await openService(settings.url, settings.namespace);
// Warm the connection so the barrier measures votes, not connecting.
await service.getRequest(Object.keys(settings.plan)[0]!);
await barrier();

const acks: Array<{ id: string; trustee: string; result: string }> = [];
const decidedSent: Record<string, number> = {};
const errors: string[] = [];
await Promise.all(
  Object.entries(settings.plan).flatMap(([id, votes]) =>
    Object.entries(votes).map(async ([trustee, choice]) => {
      try {
        const result = await service.vote({
          requestId: id,
          actor: { platform: 'playground', userId: trustee },
          choice,
        });
        acks.push({ id, trustee, result: result.ok ? 'ok' : result.error.code });
        if (result.ok) {
          for (const n of result.value.notifications) {
            if (n.kind === 'decided' && isPersonTarget(n.to) && n.to.userId === settings.requester)
              decidedSent[id] = (decidedSent[id] ?? 0) + 1;
          }
        }
      } catch (error) {
        errors.push(`${id} ${trustee}: ${(error as Error).message}`);
      }
    }),
  ),
);
await store.close();
process.stdout.write(`${JSON.stringify({ acks, decidedSent, errors })}\n`);
