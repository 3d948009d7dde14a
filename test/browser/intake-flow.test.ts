import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findReportByNumber } from '../../src/modules/intake/queries.ts';
import { AXE_TAGS, type BrowserServers, launchBrowser, startServers } from '../support/browser.ts';
import { signedInAs } from '../support/factories.ts';

/**
 * Issue 3 "done when": a new user on a 320 px phone with JavaScript off makes an anonymous report,
 * gets a receipt, comes back later, reads a question from staff and answers it.
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

const phone = { viewport: { width: 320, height: 640 }, javaScriptEnabled: false } as const;

const next = async (page: Page, button = 'Verder') => {
  // .first(): a complete check page has "Melding versturen" at the top and at the bottom.
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: button }).first().click()]);
};

const noSidewaysScroll = async (page: Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(320);
};


/** Walks the whole form from the first question; on the way runs `check` on every page. */
const walkForm = async (page: Page, check: (page: Page) => Promise<void>): Promise<string> => {
    // A missing answer: error summary with a link, nothing lost.
    await next(page);
    expect(await page.locator('.vn-error-summary').innerText()).toContain('Kies wie u bent.');
    await page.getByLabel('Ik ben ouder, verzorger of familie van een jongere.').check();
    await next(page);
    await page.getByLabel('Nee, niet op dit moment').check();
    await next(page);
    await page
      .getByLabel('Vertel in uw eigen woorden')
      .fill('Mijn nichtje (14) wordt na school opgehaald door een oudere jongen in een grijze auto.');
    await page.getByLabel(/^Contact met anderen/).check();
    await next(page);
    await check(page);
    await page.getByLabel('12 tot en met 15').check();
    await next(page);
    await page.getByLabel('Telefoonnummers').fill('06-12340123');
    await page.getByLabel('Accounts en gebruikersnamen').fill('snapchat: grijzeauto_test');
    await next(page);
    await page.getByLabel('Waar gebeurde het?').fill('Bij de school in Voorbeeldstad');
    await next(page);
    // Files are optional: continue without one.
    expect(await page.locator('main').innerText()).toContain('Stuur nooit naaktfoto');
    await next(page); // 'Verder' is a button of the upload form: with no file chosen it just goes on
    await page.getByLabel('Ja, ik meld anoniem').check();
    await next(page);
    for (const name of ['consentPolice', 'consentCare', 'consentZvh']) await page.locator(`input[name="${name}"][value="yes"]`).check();
    await next(page);
    await check(page);
    expect(await page.locator('main').innerText()).toContain('grijze auto');
    // Change an answer from the check page and come back to it.
    await page.getByRole('link', { name: 'Wijzigen Waar en wanneer?' }).click();
    await page.getByLabel('Wanneer gebeurde het?').fill('Elke dinsdag');
    await next(page, 'Opslaan en terug naar het overzicht');
    expect(await page.locator('main').innerText()).toContain('Elke dinsdag');
    await next(page, 'Melding versturen');
    const receipt = (await page.getByTestId('receipt').innerText()).trim();
    expect(receipt).toMatch(/^[0-9]{8}(-[0-9]{5}){5}$/);
    await check(page);
  return receipt;
};

describe('meldpunt in a browser without JavaScript at 320 px', () => {
  test('anonymous report → receipt → come back → read a staff question → answer', { timeout: 180_000 }, async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${servers.publicUrl}/`);
    await page.getByRole('link', { name: 'Een melding maken' }).click();
    await expect.poll(() => page.url()).toContain('/melden');
    await next(page, 'Uitgebreid melden');
    await noSidewaysScroll(page);
    const receipt = await walkForm(page, noSidewaysScroll);
    await context.close();

    // Staff read the report and ask a question.
    const report = await findReportByNumber(servers.ctx.db, receipt.slice(0, 8));
    expect(report?.anonymous).toBe(true);
    const { client } = await signedInAs(servers.ctx, servers.staffApp, ['intake']);
    await client.get(`/meldingen/${report!.id}`);
    await client.post(`/meldingen/${report!.id}/bericht`, { kind: 'staff', body: 'Weet u welke school het is?' });

    // "A day later", a fresh browser: only the receipt connects the reporter to the report.
    const later = await browser.newContext(phone);
    const back = await later.newPage();
    await back.goto(`${servers.publicUrl}/`);
    await back.getByRole('link', { name: 'Ik heb al een melding gemaakt' }).click();
    await back.getByLabel('Bewijscode').fill(receipt.replace(/-/g, ' '));
    await next(back);
    await noSidewaysScroll(back);
    expect(await back.locator('main').innerText()).toContain('Weet u welke school het is?');
    await back.getByLabel('Uw bericht').fill('Het is het Testcollege aan de Voorbeeldlaan.');
    await next(back, 'Bericht versturen');
    expect(await back.locator('main').innerText()).toContain('Uw bericht is verstuurd.');
    await later.close();

    const staffView = await client.get(`/meldingen/${report!.id}`);
    expect(staffView.body).toContain('Het is het Testcollege aan de Voorbeeldlaan.');
  });

  test('the form and follow-up pages have no axe violations (checked with JavaScript on, as axe needs it)', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths = [
      '/melden',
      '/melden/wie',
      '/melden/gevaar',
      '/melden/bel-112',
      '/melden/wat',
      '/melden/betrokkenen',
      '/melden/online',
      '/melden/waar-wanneer',
      '/melden/bestanden',
      '/melden/contact',
      '/melden/toestemming',
      '/melden/kort/wat',
      '/melden/kort/gevaar',
      '/melden/kort/contact',
      '/mijn-melding',
    ];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(`${servers.publicUrl}${path}`);
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of result.violations) found.push(`${path}: ${v.id} (${v.nodes.length})`);
    }
    // A page with errors too.
    await page.goto(`${servers.publicUrl}/melden`);
    await page.getByRole('button', { name: 'Uitgebreid melden' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
    const withErrors = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of withErrors.violations) found.push(`error page: ${v.id}`);
    const axe = async (p: Page) => {
      const result = await new AxeBuilder({ page: p }).withTags(AXE_TAGS).analyze();
      for (const v of result.violations) found.push(`${new URL(p.url()).pathname}: ${v.id} (${v.nodes.length})`);
    };
    // This context already has a draft (from the error page above): go on from the first question.
    await page.goto(`${servers.publicUrl}/melden/wie`);
    const receipt = await walkForm(page, axe);
    await axe(page);
    await page.goto(`${servers.publicUrl}/mijn-melding`);
    await page.getByLabel('Bewijscode').fill(receipt);
    await next(page);
    for (const path of ['/mijn-melding/overzicht', '/mijn-melding/toestemming', '/mijn-melding/bestanden', '/mijn-melding/nieuwe-code']) {
      await page.goto(`${servers.publicUrl}${path}`);
      await axe(page);
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
