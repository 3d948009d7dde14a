import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { signedInAs } from '../support/factories.ts';
import { municipalityOfficer } from '../../src/modules/municipalities/testing.ts';

/**
 * Issue 17 "done when": a policy officer on a 360 px phone with JavaScript off completes the checklist
 * without an account and downloads the PDF; signed in, saves an assessment, makes an action and sees
 * the municipality's own figures; a supervisor sees the national dashboard. Axe on every page at 360
 * and 1280 px; the public checklist pages stay under 60 KB without any script.
 */
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

const WIDTHS = [360, 1280];

const checkPage = async (page: Page) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    expect.soft(await axeViolations(page), `${page.url()} at ${width}px`).toEqual([]);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    const widest = await page.evaluate((w) => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > w).slice(0, 3).map((e) => `${e.tagName}.${e.className}#${e.id}`).join(' '), width);
    expect.soft(scroll, `${page.url()} is ${scroll}px wide at ${width}px: ${widest}`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 360, height: 800 });
};

describe('municipality checklist and figures in a browser', () => {
  test('the public checklist without JavaScript on a phone, to the PDF', { timeout: 240_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    const weights: number[] = [];
    const visited: string[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'document' || res.status() >= 300) return;
      weights.push((await res.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(`${servers.publicUrl}/gemeenten/checklist`);
    visited.push(page.url());
    await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: 'Begin met thema 1' }).click()]);
    for (let theme = 0; theme < 5; theme++) {
      visited.push(page.url());
      const sideways = await page.locator('html').evaluate((el) => el.scrollWidth).catch(() => 0);
      expect(sideways).toBeLessThanOrEqual(360);
      // The checklist needs no script; only the site-wide "leave this site" enhancement may be there.
      expect(await page.locator('script:not([src="/assets/verlaten.js"])').count()).toBe(0);
      await page.locator('fieldset.vn-check').first().getByLabel('Nee').check();
      await page.locator('textarea').first().fill(`Notitie bij thema ${theme + 1}`);
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: /Opslaan en/ }).click()]);
    }
    expect(await page.locator('h1').innerText()).toBe('Overzicht van uw antwoorden');
    expect(await page.locator('main').innerText()).toContain('Notitie bij thema 5');
    visited.push(page.url().split('?')[0] ?? '');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download het rapport (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('checklist-loverboyproblematiek.pdf');
    expect(weights.length).toBeGreaterThan(5);
    for (const w of weights) expect(w).toBeLessThan(60 * 1024);
    await context.close();
    // Axe needs scripts: the same pages again in a context with JavaScript on.
    const withJs = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const jsPage = await withJs.newPage();
    for (const url of visited) {
      await jsPage.goto(url);
      await checkPage(jsPage);
    }
    await withJs.close();
  });

  test('signed in: an assessment, an action and the own figures; a supervisor sees the country', { timeout: 240_000 }, async () => {
    const officer = await municipalityOfficer(servers, { cbsCode: 'GM0363', region: 'Amstelland (fictief)' });
    const context = await signedInContext(browser, servers.staffUrl, officer.client, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${servers.staffUrl}/gemeente`);
    await checkPage(page);
    await page.getByLabel('Jaar').fill('2026');
    await Promise.all([page.waitForURL(/\/gemeente\/beoordelingen\//), page.getByRole('button', { name: 'Beginnen' }).click()]);
    await checkPage(page);
    await page.locator('#a_k2-no').check();
    await page.locator('#n_k2').fill('Nog geen eigen telling.');
    await Promise.all([page.waitForURL(/bewaard=1/), page.getByRole('button', { name: 'Checklist opslaan (nieuwe versie)' }).click()]);
    expect(await page.locator('main').innerText()).toContain('Opgeslagen als versie 1.');
    await page.getByLabel('Bij vraag').selectOption('k2');
    await page.getByLabel('Wat moet er gebeuren?').fill('Cijfers per kwartaal bespreken');
    await page.getByLabel('Wie doet het? (functie of team)').fill('Beleidsadviseur veiligheid');
    await Promise.all([page.waitForURL(/#actieplan/), page.getByRole('button', { name: 'Actie toevoegen' }).click()]);
    expect(await page.locator('#actieplan ~ form textarea').first().inputValue().catch(() => (page.locator('main').innerText()))).toContain('Cijfers per kwartaal bespreken');
    await checkPage(page);
    await page.goto(`${servers.staffUrl}/cijfers`);
    expect(await page.locator('h1').innerText()).toBe('Cijfers van gemeente Amsterdam');
    await checkPage(page);
    await context.close();

    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const supContext = await signedInContext(browser, servers.staffUrl, sup.client, { viewport: { width: 1280, height: 800 } });
    const supPage = await supContext.newPage();
    await supPage.goto(`${servers.staffUrl}/cijfers`);
    expect(await supPage.locator('h1').innerText()).toBe('Cijfers van heel Nederland');
    expect(await supPage.locator('main').innerText()).toContain('Slachtoffermonitor');
    await checkPage(supPage);
    await supContext.close();
  });
});
