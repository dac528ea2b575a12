// A bot process doing a stream of submissions and votes until it is killed. It prints each
// acknowledgement only after the store write behind it has resolved: what it printed must survive kill -9.
import { openService } from './worker-support.ts';

const settings = JSON.parse(process.argv[2]!) as { url: string; namespace: string; lanes: number };
const { service } = await openService(settings.url, settings.namespace);
const answers = {
  'young-person': 'AB',
  purpose: 'Mentoring',
  'parent-agreement': { agreed: true, who: 'Parent', how: 'In person' },
};
// Photos are for a day still to come (the flow refuses a past date).
const photos = {
  activity: 'Trip',
  date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  subject: 'Group games',
  'parental-consent': true,
  'allsorts-phone': true,
};
process.stdout.write('ready\n');

async function lane(n: number): Promise<never> {
  for (let i = 0; ; i++) {
    if ((i + n) % 3 === 0) {
      const submitted = await service.submit({
        org: 'allsorts',
        flowId: 'photos',
        requester: { platform: 'playground', userId: 'sam' },
        answers: photos,
      });
      if (!submitted.ok) throw new Error(submitted.error.message);
      process.stdout.write(`submitted ${submitted.value.request.id}\n`);
      const decided = await service.decide({
        requestId: submitted.value.request.id,
        actor: { platform: 'playground', userId: 'alex' },
        decision: 'approve',
      });
      if (!decided.ok) throw new Error(decided.error.message);
      process.stdout.write(`decided ${submitted.value.request.id} approved\n`);
      continue;
    }
    const submitted = await service.submit({
      org: 'allsorts',
      flowId: 'trustee-contact',
      requester: { platform: 'playground', userId: 'sam' },
      answers,
    });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const id = submitted.value.request.id;
    process.stdout.write(`submitted ${id}\n`);
    for (const trustee of ['tom', 'ruth', 'dev']) {
      const voted = await service.vote({
        requestId: id,
        actor: { platform: 'playground', userId: trustee },
        choice: 'for',
      });
      if (!voted.ok) throw new Error(voted.error.message);
      process.stdout.write(`voted ${id} ${trustee}\n`);
    }
  }
}

await Promise.all(Array.from({ length: settings.lanes }, (_, n) => lane(n))).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
