import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { startPlaygroundApp } from './playground-app.ts';

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const suite = haveChromium ? describe : describe.skip;
const title = haveChromium
  ? 'playground in Chromium'
  : `playground in Chromium: SKIPPED because ${chromiumPath} is missing (apt-get install -y chromium; .ci/run installs it)`;

const wait = { timeout: 10_000 };

suite(title, () => {
  let browser: Browser;
  let running: Awaited<ReturnType<typeof startPlaygroundApp>>;
  let dir: string;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'policy-desk-browser-'));
    // The real embedded store `npm start` uses by default.
    const store = await openSqliteStore({ file: path.join(dir, 'playground.sqlite'), namespace: 'browser-test' });
    running = await startPlaygroundApp({ store, closeStore: () => store.close(), playground: { pollMs: 300 } });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.setDefaultTimeout(wait.timeout);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers with quotes and citations, files a photos request, lets the activity leader approve it, notifies the requester, and records it', async () => {
    await page.goto(`${running.base}/`);
    expect(await page.getByLabel('Organisation').inputValue()).toBe('allsorts');
    // The guest name box only appears when "Someone else" is chosen.
    expect(await page.getByLabel('Guest name').isVisible()).toBe(false);
    await page.getByLabel('You are').selectOption({ label: 'Sam (staff) · Staff member or volunteer' });

    // Ask: the verdict, the clause quoted verbatim, its citation.
    await page.getByLabel('Ask a question about your policies').fill('Can I text this young person?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = page.locator('#conversation article.answer').last();
    await answer.locator('.verdict-badge', { hasText: 'Needs approval' }).waitFor();
    expect(await answer.locator('blockquote').first().textContent()).toContain('should never keep a child or young');
    expect(await answer.locator('cite').first().textContent()).toContain('clause 3.5');

    // The Requests menu opens the photos form.
    await page.getByRole('button', { name: 'Requests', exact: true }).click();
    await page.getByRole('button', { name: 'Start: Take photos or film children and young people' }).click();
    const form = page.locator('#conversation form[data-flow="photos"]');
    await form.waitFor();
    await form.getByLabel('Activity').fill('Summer trip <script>window.pwned = true</script>');
    // Submitted without a date: the core's message comes back on the field, the rest kept.
    await form.getByRole('button', { name: 'Submit request' }).click();
    const withErrors = page.locator('#conversation form[data-flow="photos"]:has(.error-summary)');
    await withErrors.waitFor();
    const dateError = withErrors.locator('.field-error').first();
    expect(await dateError.textContent()).toBe('This is required.');
    const dateInput = withErrors.getByLabel('Date');
    expect(await dateInput.getAttribute('aria-invalid')).toBe('true');
    expect(await dateInput.getAttribute('aria-describedby')).toBe(await dateError.getAttribute('id'));
    expect(await withErrors.getByLabel('Activity').inputValue()).toBe('Summer trip <script>window.pwned = true</script>');

    await dateInput.fill('2026-07-14');
    await withErrors.getByLabel('What will be photographed or filmed').fill('Group activities at the park');
    await withErrors.getByRole('checkbox', { name: /Parental consent to photographs is recorded/ }).check();
    await withErrors.getByRole('checkbox', { name: /taken on an Allsorts mobile phone/ }).check();
    await withErrors.getByRole('button', { name: 'Submit request' }).click();
    await page.getByText('Request sent: “Take photos or film children and young people”.').waitFor();
    const samCard = page.locator('#conversation .person-log[data-person="sam"] article.request').last();
    expect(await samCard.locator('.status').textContent()).toBe('Pending: waiting for the Activity Leader or Co-ordinator.');
    // What was typed is shown as text, never run.
    expect(await samCard.locator('dd').nth(1).textContent()).toBe('Summer trip <script>window.pwned = true</script>');

    // Alex, the activity leader, sees it awaiting and in the notifications, and approves with a comment.
    await page.getByLabel('You are').selectOption('alex');
    await page.locator('#inbox').getByText('Sam (staff) asks for your approval: “Take photos or film children and young people”.').waitFor();
    const awaiting = page.locator('#home article.request[data-audience="approver"]');
    await awaiting.waitFor();
    await awaiting.getByLabel('Comment (optional): what the requester should know').fill('Fine for the trip');
    await awaiting.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('You approved “Take photos or film children and young people”.').waitFor();
    await page.locator('#home').getByText('Nothing awaits you.').waitFor();

    // Back to Sam: the notification has arrived, and the request card in Sam's conversation is redrawn.
    await page.getByLabel('You are').selectOption('sam');
    await page.locator('#inbox').getByText('Your request “Take photos or film children and young people” was approved by Alex (activity leader). Comment: “Fine for the trip”').waitFor();
    await samCard.locator('.status', { hasText: 'Approved by Alex (activity leader)' }).waitFor();
    expect(await samCard.getByRole('button').count()).toBe(0);
    // Had the typed markup been drawn as HTML, the page would hold a script element (and a run one would set pwned).
    expect(await page.locator('#conversation script, #inbox script, #home script').count()).toBe(0);
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');

    // The records page: the request approved, its history, the audit chain verified.
    await page.getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { name: 'Records: Allsorts Gloucestershire' }).waitFor();
    expect(await page.locator('.audit-ok').textContent()).toContain('Audit chain verified: 2 entries');
    const row = page.locator('tr[data-request-id]');
    expect(await row.count()).toBe(1);
    expect(await row.locator('.state').textContent()).toBe('approved');
    const history = await row.locator('.history li').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/submitted by Sam \(staff\)$/);
    expect(history[1]).toMatch(/decided by Alex \(activity leader\) · approved \(decision\)$/);

    // No script errors and no content-policy violations on the way.
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
