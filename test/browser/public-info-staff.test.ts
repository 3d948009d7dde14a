import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { signedInAs } from '../support/factories.ts';

/**
 * Issue 18 "done when", staff side, in Chromium at 360 px without JavaScript: a communications
 * officer edits a page and makes a campaign, a second person approves both, and the campaign's
 * landing path shows visits and reports begun. axe on every page on the way, at 360 and 1280 px.
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

/** axe needs JavaScript, so the pages of the no-JS flow are scanned afterwards in a JS context. */
const scan = async (page: Page, urls: string[]) => {
  const out: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const url of urls) {
      await page.goto(url);
      out.push(...(await axeViolations(page)).map((v) => `${url} at ${width}px: ${v}`));
    }
  }
  return out;
};

describe('communications work in a browser', () => {
  test('edit a page and a campaign, a second person approves, the landing path is counted', { timeout: 300_000 }, async () => {
    const officer = await signedInAs(servers.ctx, servers.staffApp, ['communications'], {});
    const approver = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const noJs = { javaScriptEnabled: false, viewport: { width: 360, height: 800 } };
    const officerContext = await signedInContext(browser, servers.staffUrl, officer.client, noJs);
    const page = await officerContext.newPage();

    // Edit the page for parents, with a preview first.
    await page.goto(`${servers.staffUrl}/inhoud`);
    await page.getByRole('link', { name: 'ouders' }).click();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    const source = page.locator('#sourceNl');
    await source.fill(`${await source.inputValue()}\n\n?? Mag ik bellen zonder mijn naam te noemen?\nJa, dat mag altijd.`);
    await page.locator('#reason').fill('Vraag over anoniem bellen toegevoegd');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('Voorbeeld (nog niet opgeslagen)').waitFor({ state: "visible" });
    await page.getByRole('button', { name: 'Opslaan en ter goedkeuring aanbieden' }).click();
    await page.getByText('gaat live zodra een tweede persoon').waitFor({ state: "visible" });

    // Make a campaign with a landing path.
    await page.goto(`${servers.staffUrl}/inhoud/nieuw`);
    const officerPages: string[] = [page.url()];
    const approverPages: string[] = [];
    await page.locator('#slug').fill('kermis-demo-test');
    await page.getByRole('radio', { name: 'Campagne' }).check();
    await page.locator('#codes').fill('kermis');
    await page.locator('#titleNl').fill('Op de kermis (testcampagne)');
    await page.locator('#sourceNl').fill('Wil iemand je fotograferen op de kermis? Let op.\n\n>> Vertel het ons | /melden');
    await page.locator('#titleEn').fill('At the fair (test campaign)');
    await page.locator('#sourceEn').fill('Does someone want to photograph you at the fair? Watch out.\n\n>> Tell us | /melden');
    await page.locator('#reason').fill('Nieuwe campagne');
    await page.getByRole('button', { name: 'Opslaan en ter goedkeuring aanbieden' }).click();
    const campaignUrl = page.url().split('?')[0] ?? '';
    officerPages.push(campaignUrl, page.url().replace('/inhoud/nieuw', '/inhoud'));

    // The second person approves both.
    const approverContext = await signedInContext(browser, servers.staffUrl, approver.client, noJs);
    const second = await approverContext.newPage();
    await second.goto(`${servers.staffUrl}/`);
    await second.getByText('Versies wachten op goedkeuring').waitFor({ state: "visible" });
    for (const target of [`${servers.staffUrl}/inhoud`, campaignUrl]) {
      await second.goto(target);
      if (target.endsWith('/inhoud')) await second.getByRole('link', { name: 'ouders' }).click();
      await second.getByRole('link', { name: /Bekijken [0-9]+/ }).first().click();
      approverPages.push(second.url());
      await second.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
      await second.getByText('is goedgekeurd en staat nu live').waitFor({ state: "visible" });
    }

    // The public sees both; a visit and a report begun on the landing path are counted.
    const visitor = await browser.newContext(noJs);
    const pub = await visitor.newPage();
    await pub.goto(`${servers.publicUrl}/informatie/ouders`);
    await pub.getByText('Mag ik bellen zonder mijn naam te noemen?').waitFor({ state: "visible" });
    await pub.goto(`${servers.publicUrl}/c/kermis`);
    await pub.getByText('Let op.').waitFor({ state: "visible" });
    await pub.getByRole('button', { name: 'Vertel het ons' }).click();
    await pub.waitForURL('**/melden/wie');
    await visitor.close();

    await page.goto(campaignUrl);
    await page.getByRole('link', { name: 'Bezoeken en meldingen' }).click();
    const row = page.locator('tbody tr', { hasText: '/c/kermis' }).first();
    expect((await row.locator('td').allTextContents()).slice(1)).toEqual(['/c/kermis', '1', '1', '0']);
    officerPages.push(page.url(), `${servers.staffUrl}/inhoud/links`, `${campaignUrl}/bewerken`);
    await officerContext.close();
    await approverContext.close();

    const officerJs = await signedInContext(browser, servers.staffUrl, officer.client);
    const approverJs = await signedInContext(browser, servers.staffUrl, approver.client);
    const a11y = [...(await scan(await officerJs.newPage(), officerPages)), ...(await scan(await approverJs.newPage(), approverPages))];
    expect(a11y).toEqual([]);
    await officerJs.close();
    await approverJs.close();
  });
});
