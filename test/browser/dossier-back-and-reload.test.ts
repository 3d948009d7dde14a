import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDossierVia, dossierSignalCount } from '../../src/modules/cases/testing.ts';
import { type BrowserServers, launchBrowser, signedInContext, startServers } from '../support/browser.ts';
import { signedInAs } from '../support/factories.ts';

/**
 * Issue 14 finding 2 on a dossier form, in Chromium without JavaScript: a refused signal lands on
 * the signals page (a GET) with the error and the typed text; reload, Back and Forward post nothing
 * and keep both; after saving, reload and Back add no second signal.
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

/** Every top-level navigation's method and path, as the browser sends it. */
const watchNavigations = (page: Page): string[] => {
  const methods: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) methods.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });

  return methods;
};

const submit = async (page: Page, form: string) => {
  const landed = page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === 'GET' && r.request().frame() === page.mainFrame());
  await page.locator(`${form} button[type="submit"]`).click();
  await landed;
  await page.waitForLoadState('load');
};

describe('a dossier form survives Back and reload (no JavaScript)', () => {
  test('refused signal, then saved: no resubmission, no second signal', { timeout: 120_000 }, async () => {
    const inv = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const context = await signedInContext(browser, servers.staffUrl, inv.client, { viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const navigations = watchNavigations(page);
    const signals = `${servers.staffUrl}/dossiers/${id}/signalen`;
    const form = `form[action="/dossiers/${id}/signalen"]`;
    const typed = 'Fictief: zij krijgt dure cadeaus van een onbekende man.';

    await page.goto(`${servers.staffUrl}/dossiers/${id}`);
    await page.goto(signals);
    await page.locator('#signalen-nieuw summary').click();
    await page.locator(`${form} textarea[name="tekst"]`).fill(typed);
    await submit(page, form);
    expect(page.url()).toBe(signals);
    const main = () => page.locator('main').textContent();
    expect(await main()).toContain('Noem de bron');

    const before = navigations.length;
    const reloaded = await page.reload();
    expect(reloaded?.request().method()).toBe('GET');
    expect(await main()).toContain('Noem de bron');
    expect(await page.locator(`${form} textarea[name="tekst"]`).inputValue()).toBe(typed);
    const back = await page.goBack();
    expect(back?.request().method()).toBe('GET');
    expect(await page.content()).not.toMatch(/ERR_CACHE_MISS|Confirm Form Resubmission|Formulier opnieuw verzenden/);
    const forward = await page.goForward();
    expect(forward?.request().method()).toBe('GET');
    expect(await page.locator(`${form} textarea[name="tekst"]`).inputValue()).toBe(typed);
    expect(navigations.slice(before).filter((n) => n.startsWith('POST'))).toEqual([]);

    await page.locator(`${form} input[name="bron"]`).fill('Moeder (test)');
    await submit(page, form);
    expect(await main()).toContain('Opgeslagen');
    const saved = navigations.length;
    await page.reload();
    await page.goBack();
    await page.goForward();
    expect(navigations.slice(saved).filter((n) => n.startsWith('POST'))).toEqual([]);
    expect(await dossierSignalCount(servers.ctx, id)).toBe(1);
    await context.close();
  });
});
