import { afterEach, describe, expect, it } from 'vitest';
import { orgCookie } from '../../src/playground/playground-pages.ts';
import { startPlaygroundApp } from './playground-app.ts';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const selectedOrg = (page: string): string | undefined =>
  /<select id="org" name="org">[\s\S]*?<option value="([^"]+)" selected>/.exec(page)?.[1];

describe('which organisation the playground opens on', () => {
  it('opens on Allsorts (the README examples) when nothing was chosen and DEFAULT_ORG is unset, not on the first alphabetically', async () => {
    const running = await startPlaygroundApp({ config: { defaultOrg: undefined } });
    stops.push(running.stop);
    const page = await fetch(`${running.base}/`);
    expect(selectedOrg(await page.text())).toBe('allsorts');
  });

  it('remembers the last organisation chosen and reopens on it', async () => {
    const running = await startPlaygroundApp({ config: { defaultOrg: undefined } });
    stops.push(running.stop);
    const chosen = await fetch(`${running.base}/?org=worknlearn`);
    const cookie = chosen.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^${orgCookie}=worknlearn; Path=/; Max-Age=\\d+; SameSite=Strict; HttpOnly$`));

    const reopened = await fetch(`${running.base}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(selectedOrg(await reopened.text())).toBe('worknlearn');
    const records = await fetch(`${running.base}/records`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(await records.text()).toContain('<h1>Records: Worknlearn');
  });

  it('ignores a remembered organisation that is no longer loaded', async () => {
    const running = await startPlaygroundApp({ config: { defaultOrg: undefined } });
    stops.push(running.stop);
    const page = await fetch(`${running.base}/`, { headers: { cookie: `${orgCookie}=gone-away` } });
    expect(page.status).toBe(200);
    expect(selectedOrg(await page.text())).toBe('allsorts');
  });
});
