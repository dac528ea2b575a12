import { afterEach, describe, expect, it } from 'vitest';
import { startPlaygroundApp } from './playground-app.ts';

type Running = Awaited<ReturnType<typeof startPlaygroundApp>>;
let running: Running | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('a disclosure in the playground', () => {
  it('gets the reporting route and advice, and its words are kept nowhere: not in the store, the logs or the inbox', async () => {
    running = await startPlaygroundApp();
    const app = running;
    const disclosure = 'Zebedee (12) said his stepdad hits him with a belt';
    const res = await app.post('/playground/api/ask', { org: 'allsorts', person: 'sam', text: disclosure });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('Report this concern now');
    expect(res.body.html).toContain('Do not promise to keep it secret');
    expect(res.body.html).toContain('class="card concern');

    expect([...app.data.values()].join('\n')).not.toContain('Zebedee');
    expect(JSON.stringify(app.logs.lines)).not.toContain('Zebedee');
    expect(app.logs.lines).toContainEqual(expect.objectContaining({ msg: 'question answered', outcome: 'concern' }));
    for (const person of ['sam', 'alex', 'dee']) {
      const inbox = await app.get(`/playground/api/inbox?org=allsorts&person=${person}`);
      expect(inbox.text).not.toContain('Zebedee');
    }
  });

  it('puts the emergency line first when it is happening now', async () => {
    running = await startPlaygroundApp();
    const app = running;
    const res = await app.post('/playground/api/ask', {
      org: 'allsorts',
      person: 'sam',
      text: "a participant collapsed on the video call and isn't responding",
    });
    const html = String(res.body.html);
    expect(html).toContain('class="card concern danger"');
    expect(html.indexOf('call 999 now')).toBeLessThan(html.indexOf('Report this concern now'));
  });
});
