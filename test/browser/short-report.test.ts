import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findIdentity, findReportByNumber, listConsentHistory } from '../../src/modules/intake/queries.ts';
import { axeViolations, type BrowserServers, launchBrowser, startServers } from '../support/browser.ts';

/**
 * Issue 14 "done when": a 15-year-old reports anonymously in three pages on a 360 px screen without
 * JavaScript, and can add details right away from the receipt page.
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

const phone = { viewport: { width: 360, height: 640 }, javaScriptEnabled: false } as const;

const press = async (page: Page, button: string) => {
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: button }).click()]);
};

/** The page fits the screen's width, and its height in screens (for the report). */
const measure = async (page: Page): Promise<number> => {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect.soft(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(360);

  return height / 640;
};

describe('the short way to report in a browser without JavaScript at 360 px', () => {
  test('a 15-year-old reports anonymously in three pages, then adds a detail from the receipt page', { timeout: 120_000 }, async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    await page.getByRole('link', { name: 'Een melding maken' }).click();
    await expect.poll(() => page.url()).toContain('/melden');
    await measure(page);
    // The choice on the first page.
    await expect.poll(() => page.getByRole('button', { name: 'Uitgebreid melden' }).count()).toBe(1);
    await press(page, 'Kort melden (3 stappen)');

    const questionPages: string[] = [];
    const heights: number[] = [];
    // Page 1: what happened, in her own words; who she is.
    questionPages.push(new URL(page.url()).pathname);
    expect(await page.locator('main').innerText()).toContain('Stap 1 van 3');
    await page.getByLabel('Vertel in uw eigen woorden').fill('Ik ben 15. Mijn vriend (fictief) zegt dat ik met zijn vrienden naar een hotel moet. Hij kijkt op mijn telefoon.');
    await page.getByLabel('Het gaat om mij', { exact: true }).check();
    heights.push(await measure(page));
    await press(page, 'Verder');

    // Page 2: danger now — spoken to as "jij" from here on.
    questionPages.push(new URL(page.url()).pathname);
    const two = await page.locator('main').innerText();
    expect(two).toContain('Stap 2 van 3');
    expect(two).toContain('Ben je nu in gevaar, of iemand anders?');
    await page.getByLabel('Nee, niet op dit moment').check();
    heights.push(await measure(page));
    await press(page, 'Verder');

    // Page 3: anonymous, then send. The contact fields stay out of sight once "anonymous" is chosen.
    questionPages.push(new URL(page.url()).pathname);
    expect(await page.locator('main').innerText()).toContain('Stap 3 van 3');
    await page.getByLabel('Ja, ik meld anoniem').check();
    expect(await page.getByLabel('Je naam').isVisible()).toBe(false);
    heights.push(await measure(page));
    const send = page.getByRole('button', { name: 'Melding versturen' });
    const box = await send.boundingBox();
    // The send button is within the first screen and a half on a 640 px tall phone.
    expect(box && box.y + box.height).toBeLessThan(640 * 1.5);
    await press(page, 'Melding versturen');

    expect(questionPages).toEqual(['/melden/kort/wat', '/melden/kort/gevaar', '/melden/kort/contact']);
    expect(new URL(page.url()).pathname).toBe('/melden/ontvangen');
    const receipt = (await page.getByTestId('receipt').innerText()).trim();
    expect(receipt).toMatch(/^[0-9]{8}(-[0-9]{5}){5}$/);
    await measure(page);
    const receiptText = await page.locator('main').innerText();
    expect(receiptText).toContain('Je melding is ontvangen');
    expect(receiptText).toContain('Of later: ga naar "Mijn melding" en vul je bewijscode in.');

    const report = await findReportByNumber(servers.ctx.db, receipt.slice(0, 8));
    expect(report?.anonymous).toBe(true);
    expect(report?.reporterKind).toBe('victim');
    expect(await findIdentity(servers.ctx.db, report!.id)).toBeNull();
    expect(await listConsentHistory(servers.ctx.db, report!.id)).toEqual([]);

    // "Nu meer vertellen": straight into the follow-up of this report, without typing the code.
    await press(page, 'Nu meer vertellen');
    expect(new URL(page.url()).pathname).toBe('/mijn-melding/overzicht');
    expect(await page.locator('main').innerText()).toContain(receipt.slice(0, 8));
    // Her own report: the follow-up speaks to her with "je" too (issue 14 finding 6).
    await page.getByLabel('Je bericht').fill('Zijn Snapchat is testvriend_fictief.');
    await press(page, 'Bericht versturen');
    expect(await page.locator('main').innerText()).toContain('Je bericht is verstuurd.');
    await context.close();
    console.log(`short path at 360 px: page heights in screens ${heights.map((h) => h.toFixed(1)).join(', ')}`);
  });

  test('the choice page, the three short pages and the receipt have no axe violations at 360 px (JavaScript on, as axe needs it)', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const found: string[] = [];
    const axe = async () => {
      for (const v of await axeViolations(page)) found.push(`${new URL(page.url()).pathname}: ${v}`);
    };
    await page.goto(`${servers.publicUrl}/melden`);
    await axe();
    await press(page, 'Kort melden (3 stappen)');
    await press(page, 'Verder'); // an error page too
    await axe();
    await page.getByLabel('Vertel in uw eigen woorden').fill('Ik ben 15 (fictief).');
    await page.getByLabel('Het gaat om mij', { exact: true }).check();
    await press(page, 'Verder');
    await axe();
    await page.getByLabel('Ja, er is nu gevaar').check();
    await press(page, 'Verder');
    await axe();
    await page.getByLabel('Ja, ik meld anoniem').check();
    await press(page, 'Melding versturen');
    await axe();
    expect(found).toEqual([]);
    await context.close();
  });
});
