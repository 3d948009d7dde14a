import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addChainRecords, partnerOrganisation } from '../../src/modules/municipalities/testing.ts';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { testClock } from '../support/clock.ts';
import { signedInAs } from '../support/factories.ts';

/**
 * Issue 17 point 4 for chain partners: a partner user opens the chain figures of their own
 * organisation from the menu, with JavaScript off, at 360 and 1280 px; axe finds nothing.
 */
let servers: BrowserServers;
let browser: Browser;

beforeAll(async () => {
  servers = await startServers({ clock: testClock('2026-06-15T10:00:00Z') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

/** Axe and width need a script of their own: the same page (same session) in a second context with JavaScript. */
const checkPage = async (jsPage: Page, url: string) => {
  await jsPage.goto(url);
  for (const width of [360, 1280]) {
    await jsPage.setViewportSize({ width, height: 800 });
    expect.soft(await axeViolations(jsPage), `${url} at ${width}px`).toEqual([]);
    const scroll = await jsPage.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(scroll, `${url} is ${scroll}px wide at ${width}px`).toBeLessThanOrEqual(width);
  }
};

describe('the chain partner dashboard in a browser', () => {
  test('a partner sees its own chain figures without JavaScript; axe 0', { timeout: 180_000 }, async () => {
    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const org = await partnerOrganisation(servers, 'zvh');
    await addChainRecords(servers, { organisationId: org.id, userId: sup.user.id, at: '2026-03-10T12:00:00Z', referrals: ['sent', 'accepted', 'contact_made', 'contact_made', 'contact_made', 'contact_made', 'closed'], shares: [{ live: true, read: true }] });
    const partner = await signedInAs(servers.ctx, servers.staffApp, ['partner'], { organisationId: org.id });
    const context = await signedInContext(browser, servers.staffUrl, partner.client, { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const jsContext = await signedInContext(browser, servers.staffUrl, partner.client);
    const jsPage = await jsContext.newPage();
    await page.goto(`${servers.staffUrl}/`);
    await Promise.all([page.waitForURL(/\/cijfers\/keten/), page.getByRole('link', { name: 'Ketencijfers' }).first().click()]);
    expect(await page.locator('h1').innerText()).toMatch(/^Ketencijfers van Partner zvh \(fictief\)/);
    const march = page.locator('#sectie-verwijzingen').locator('xpath=ancestor::section').getByRole('row', { name: /2026-03/ });
    expect(await march.locator('td').first().innerText()).toBe('7');
    expect(await page.locator('script:not([src="/assets/verlaten.js"])').count()).toBe(0);
    await checkPage(jsPage, page.url());
    await page.getByLabel('Van maand (jjjj-mm)').fill('2026-07');
    await page.getByLabel('Tot en met maand (jjjj-mm)').fill('2026-03');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Toon cijfers' }).click()]);
    expect(await page.locator('main').innerText()).toContain('De beginmaand ligt na de eindmaand');
    await checkPage(jsPage, page.url());
    await jsContext.close();
    await context.close();
  });
});
