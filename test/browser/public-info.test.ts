import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AUDIENCE_SLUGS } from '../../src/modules/public-info/index.ts';
import { EXIT_URL } from '../../src/web/layout.tsx';
import { axeViolations, type BrowserServers, launchBrowser, startServers } from '../support/browser.ts';

/** Issue 18 "done when", in Chromium at 360 px: a 15-year-old, exit this page, a teacher with the signal guide. */
let servers: BrowserServers;
let browser: Browser;

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

const PAGES = ['/', '/informatie', ...AUDIENCE_SLUGS.map((s) => `/informatie/${s}`), '/informatie/bezoek-verbergen', '/signalenwijzer', '/zoeken', '/zoeken?q=sexting'];

/** The neutral site is never really fetched in tests: answer it locally and record that it was asked. */
const fakeNeutralSite = async (page: Page) => {
  const asked: string[] = [];
  await page.route(`${EXIT_URL}**`, async (route) => {
    asked.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>Het weer</p>' });
  });

  return asked;
};

describe('public information in a browser', () => {
  test('a 15-year-old finds the page for young people from the home page, without JavaScript, at 360 px', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    await Promise.all([page.waitForURL('**/informatie/jongeren'), page.getByRole('link', { name: 'Voor jongeren' }).first().click()]);
    expect(await page.locator('h1').textContent()).toBe('Voor jongeren');
    await page.getByText('Het is niet jouw schuld').waitFor({ state: "visible" });
    await page.getByText('Is er nu gevaar? Bel 112.').first().waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Exit this page works as a plain link.
    const asked = await fakeNeutralSite(page);
    const exit = page.getByRole('link', { name: 'Verlaat deze site' });
    await exit.waitFor({ state: "visible" });
    await Promise.all([page.waitForURL(`${EXIT_URL}**`), exit.click()]);
    expect(asked.length).toBe(1);
    await context.close();
  });

  test('with JavaScript, exit replaces the page in the history, and three presses of Shift leave too', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await fakeNeutralSite(page);
    await page.goto(`${servers.publicUrl}/`);
    await page.goto(`${servers.publicUrl}/informatie/jongeren`);
    await Promise.all([page.waitForURL(`${EXIT_URL}**`), page.getByRole('link', { name: 'Verlaat deze site' }).click()]);
    // Back goes to the page before, not to the page that was left.
    await page.goBack();
    expect(page.url()).toBe(`${servers.publicUrl}/`);

    await page.goto(`${servers.publicUrl}/signalenwijzer`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await Promise.all([page.waitForURL(`${EXIT_URL}**`), page.keyboard.press('Shift')]);
    await context.close();
  });

  test('a teacher uses the signal guide without JavaScript and arrives at the report form with the signals filled in', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/informatie/onderwijs`);
    await page.getByRole('link', { name: 'Naar de signalenwijzer' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByLabel('Draagt andere kleding of veel meer make-up').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Heeft opeens veel geld of dure spullen').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Spijbelt, vooral op maandag en vrijdag, of haalt slechtere cijfers').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Bekijk wat het betekent' }).click();
    await page.getByText('U hebt 3 signalen aangevinkt').waitFor({ state: "visible" });
    await page.getByRole('button', { name: 'Ga naar het meldformulier' }).click();
    await page.waitForURL('**/melden/wie');
    await page.goto(`${servers.publicUrl}/melden/wat`);
    expect(await page.locator('input[value="appearance"]').isChecked()).toBe(true);
    expect(await page.locator('input[value="behaviour"]').isChecked()).toBe(true);
    expect(await page.locator('input[value="relations"]').isChecked()).toBe(true);
    expect(await page.locator('textarea[name="whatHappened"]').inputValue()).toContain('Spijbelt');
    await context.close();
  });

  test('axe finds nothing at 360 and 1280 px, and no page asks another site for anything', { timeout: 300_000 }, async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(servers.publicUrl)) foreign.push(r.url());
      });
      for (const path of PAGES) {
        await page.goto(`${servers.publicUrl}${path}`);
        expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
      }
      expect(foreign).toEqual([]);
      await context.close();
    }
  });
});
