import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import { photosInputs, startPlaygroundApp } from './playground-app.ts';

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
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
    expect(await withErrors.getByLabel('Activity').inputValue()).toBe(
      'Summer trip <script>window.pwned = true</script>',
    );

    await dateInput.fill('2026-07-14');
    await withErrors.getByLabel('What will be photographed or filmed').fill('Group activities at the park');
    await withErrors.getByRole('checkbox', { name: /Parental consent to photographs is recorded/ }).check();
    await withErrors.getByRole('checkbox', { name: /taken on an Allsorts mobile phone/ }).check();
    await withErrors.getByRole('button', { name: 'Submit request' }).click();
    await page.getByText('Request sent: “Take photos or film children and young people”.').waitFor();
    const samCard = page.locator('#conversation .person-log[data-person="sam"] article.request').last();
    expect(await samCard.locator('.status').textContent()).toBe(
      'Pending: waiting for the Activity Leader or Co-ordinator.',
    );
    // What was typed is shown as text, never run.
    expect(await samCard.locator('dd').nth(1).textContent()).toBe('Summer trip <script>window.pwned = true</script>');

    // Alex, the activity leader, sees it awaiting and in the notifications, and approves with a comment.
    await page.getByLabel('You are').selectOption('alex');
    await page
      .locator('#inbox')
      .getByText('Sam (staff) asks for your approval: “Take photos or film children and young people”.')
      .waitFor();
    const awaiting = page.locator('#home article.request[data-audience="approver"]');
    await awaiting.waitFor();
    await awaiting.getByLabel('Comment (optional): what the requester should know').fill('Fine for the trip');
    await awaiting.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('You approved “Take photos or film children and young people”.').waitFor();
    await page.locator('#home').getByText('Nothing awaits you.').waitFor();

    // Back to Sam: the notification has arrived, and the request card in Sam's conversation is redrawn.
    await page.getByLabel('You are').selectOption('sam');
    await page
      .locator('#inbox')
      .getByText(
        /Your request “Take photos or film children and young people” was approved by Alex \(activity leader\)\. Valid until [^.]+\. Comment: “Fine for the trip”/,
      )
      .waitFor();
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

  /** How far the page reaches past the viewport's right edge, and what sticks out. */
  const overflow = (phone: Page) =>
    phone.evaluate(`({
      scrollWidth: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5 && element.getClientRects().length > 0)
        .map((element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + '.' + element.className)
        .slice(0, 5),
    })`);

  it.each([320, 390])(
    'fits a %i px phone: no sideways scrolling on the chat, after an answer, or on the records page, and the verdict is on screen after asking',
    async (width) => {
      const phone = await browser.newPage({ viewport: { width, height: 640 }, isMobile: true, hasTouch: true });
      phone.setDefaultTimeout(wait.timeout);
      try {
        await phone.goto(`${running.base}/?org=allsorts&person=sam`);
        expect(await overflow(phone)).toEqual({ scrollWidth: width, wide: [] });

        // Ask three questions, so the last answer arrives far below the top of the page.
        for (const question of [
          'Can I use my phone while driving the minibus?',
          'Can I take photos of the children?',
          'Can I text this young person?',
        ]) {
          await phone.getByLabel('Ask a question about your policies').fill(question);
          await phone.getByRole('button', { name: 'Ask', exact: true }).click();
          await phone
            .locator('#conversation article.answer')
            .nth(
              [
                'Can I use my phone while driving the minibus?',
                'Can I take photos of the children?',
                'Can I text this young person?',
              ].indexOf(question),
            )
            .waitFor();
        }
        const verdict = phone.locator('#conversation article.answer').last().locator('.verdict-badge');
        expect(await verdict.textContent()).toBe('Needs approval');
        const box = (await verdict.boundingBox())!;
        // The answer is taller than the screen: its verdict is shown, not its end.
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(640);
        expect(await overflow(phone)).toEqual({ scrollWidth: width, wide: [] });

        // The records page: each request a card, its state in sight.
        await running.post('/playground/api/submit', {
          org: 'allsorts',
          person: 'sam',
          flow: 'photos',
          fields: photosInputs,
        });
        await phone.goto(`${running.base}/records?org=allsorts`);
        expect(await overflow(phone)).toEqual({ scrollWidth: width, wide: [] });
        const state = phone.locator('tr[data-request-id] .state').last();
        expect(await state.isVisible()).toBe(true);
        const stateBox = (await state.boundingBox())!;
        expect(stateBox.x + stateBox.width).toBeLessThanOrEqual(width);
      } finally {
        await phone.close();
      }
    },
    60_000,
  );

  it('pressing Enter on "Request approval" moves focus into the form that opens, not to the page body', async () => {
    const tab = await browser.newPage();
    tab.setDefaultTimeout(wait.timeout);
    try {
      await tab.goto(`${running.base}/?org=allsorts&person=sam`);
      await tab.getByLabel('Ask a question about your policies').fill('Can I text this young person?');
      await tab.getByRole('button', { name: 'Ask', exact: true }).click();
      const request = tab
        .locator('#conversation article.answer')
        .last()
        .getByRole('button', { name: /^Request approval: Keep a young person/ });
      await request.focus();
      await tab.keyboard.press('Enter');
      await tab.locator('#conversation form[data-flow="keep-contact-details"]').waitFor();
      const focused = await tab.evaluate(
        `({ tag: document.activeElement?.tagName, inForm: Boolean(document.activeElement?.closest('form[data-flow]')) })`,
      );
      expect(focused).toEqual({ tag: expect.stringMatching(/^(INPUT|SELECT|TEXTAREA)$/), inForm: true });
    } finally {
      await tab.close();
    }
  }, 30_000);

  it('arrow keys move through the organisation menu without switching; Enter switches', async () => {
    const tab = await browser.newPage();
    tab.setDefaultTimeout(wait.timeout);
    try {
      await tab.goto(`${running.base}/?org=allsorts&person=sam`);
      const menu = tab.getByLabel('Organisation');
      await menu.focus();
      await tab.keyboard.press('ArrowDown');
      const picked = await menu.inputValue();
      expect(picked).not.toBe('allsorts');
      await tab.waitForTimeout(500);
      expect(new URL(tab.url()).searchParams.get('org')).toBe('allsorts');
      await Promise.all([tab.waitForURL(`**/?org=${picked}`), tab.keyboard.press('Enter')]);
      expect(await tab.getByLabel('Organisation').inputValue()).toBe(picked);
    } finally {
      await tab.close();
    }
  }, 30_000);

  it.each([1280, 320])(
    'has no axe-core accessibility violations at %i px: the chat with an answer and a request to decide, and the records page',
    async (width) => {
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      // The page's content policy allows only its own scripts; the test injects axe past it.
      const tab = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
      tab.setDefaultTimeout(wait.timeout);
      const violations = async () => {
        await tab.addScriptTag({ content: axe });
        return tab.evaluate(
          `axe.run().then((result) => result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
        );
      };
      try {
        await running.post('/playground/api/submit', {
          org: 'allsorts',
          person: 'sam',
          flow: 'photos',
          fields: photosInputs,
        });
        await tab.goto(`${running.base}/?org=allsorts&person=alex`);
        await tab.getByLabel('Ask a question about your policies').fill('Can I text this young person?');
        await tab.getByRole('button', { name: 'Ask', exact: true }).click();
        await tab.locator('#conversation article.answer').waitFor();
        await tab.locator('#home article.request[data-audience="approver"]').first().waitFor();
        await tab.locator('#inbox .inbox-entry').first().waitFor();
        expect(await violations()).toEqual([]);
        await tab.goto(`${running.base}/records?org=allsorts`);
        expect(await violations()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
    30_000,
  );

  it('says the server is not answering, not "Failed to fetch", once it has stopped', async () => {
    const other = await startPlaygroundApp({ playground: { pollMs: 300 } });
    const tab = await browser.newPage();
    tab.setDefaultTimeout(wait.timeout);
    try {
      await tab.goto(`${other.base}/?org=allsorts&person=sam`);
      await other.stop();
      await tab.getByLabel('Ask a question about your policies').fill('Can I text this young person?');
      await tab.getByRole('button', { name: 'Ask', exact: true }).click();
      const said = tab.locator('#conversation .notice-error').last();
      await said.waitFor();
      expect(await said.textContent()).toBe(
        'Policy Desk is not answering: the server may have stopped. Start it again (npm start), then try again.',
      );
      // The page's own check (every poll) says so above the conversation too.
      await tab.locator('#connection').getByText('This page reconnects by itself.').waitFor();
      expect(await tab.locator('body').textContent()).not.toContain('Failed to fetch');
    } finally {
      await tab.close();
    }
  }, 30_000);
});
