import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { axeViolations, launchBrowser, signedInContext } from '../../../test/support/browser.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { createDossierVia } from '../cases/testing.ts';
import { selectSources } from './queries/sources.ts';
import { TEST_SITE_RULES } from './sources/selector-rules.ts';
import { type AdSite, startAdSite } from './testing/ad-site.ts';
import { generateCorpus } from './testing/generate-corpus.ts';

/**
 * Issue 6 "done when", in a real browser as a new user would do it: register the local test site as a
 * source through the form, start a crawl with the button, see scored ads with reasons, find an
 * operator's templated ads grouped across cities, and — an investigator's open dossier holding the
 * operator's number written plainly — get an alert because an ad wrote that number obfuscated. Axe on
 * every page visited; the test site sees no image request.
 */
// Seed 2: operator 1 has 5 ads in 3 cities under one number, 2 of them with a spelled-out number.
const corpus = generateCorpus({ seed: 2, operators: 2, singles: 3, edits: 1, insertion: true, maxCopies: 5 });
const operatorAds = corpus.filter((a) => a.truth.operatorId === 'op-1');
const obfuscated = operatorAds.filter((a) => a.truth.obfuscatedPhone);
const E164 = operatorAds[0]!.truth.phonesE164[0]!;
const PLAIN = `0${E164.slice(3, 4)}-${E164.slice(4)}`;

let app: TestApp;
let staffUrl = '';
let site: AdSite;
let browser: Browser;

beforeAll(async () => {
  // With the job queue on, as in production: "Nu crawlen" queues the crawl; it never runs inside the request.
  app = await createTestApp({ jobs: true, env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  await app.staffApp.listen({ port: 0, host: '127.0.0.1' });
  staffUrl = `http://127.0.0.1:${(app.staffApp.server.address() as AddressInfo).port}`;
  site = await startAdSite({ ads: corpus, pageSize: 50 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await app?.close();
});


describe('online monitor in a browser', () => {
  test('register the test site, crawl, scored ads, groups across cities, and an alert on an obfuscated number', { timeout: 120_000 }, async () => {
    expect(obfuscated.length).toBeGreaterThan(0);
    expect(new Set(operatorAds.map((a) => a.city)).size).toBeGreaterThan(1);
    // The investigator's open dossier: a person with the operator's number written plainly.
    const investigator = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const dossierId = await createDossierVia(investigator.client, { title: 'Browsertest monitor: meisje 16 (fictief)' });
    const person = await investigator.client.post(`/dossiers/${dossierId}/personen`, {
      rol: 'suspected_trafficker',
      naam: 'Testman K.',
      plaats: 'Utrecht',
      beschrijving: `Stuurt berichten vanaf ${PLAIN}`,
    });
    expect(person.statusCode).toBe(303);

    const analyst = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const context = await signedInContext(browser, staffUrl, analyst.client);
    const page = await context.newPage();
    await page.goto(`${staffUrl}/monitor/bronnen`);
    expect(await axeViolations(page)).toEqual([]);
    const form = page.locator('form[action="/monitor/bronnen"]');
    const fill = async (name: string, value: string) => form.locator(`[name="${name}"]`).fill(value);
    await form.getByLabel('Naam').fill('Testsite advertenties (browser)');
    await form.getByLabel('Start-URL’s (één per regel)').fill(site.startUrl);
    await fill('allowedUrlPatterns', `^${site.origin}/(ads|ad/)`);
    for (const [name, value] of Object.entries(TEST_SITE_RULES)) await fill(name, value);
    await fill('intervalMinutes', '60');
    await fill('maxRequestsPerMinute', '600');
    await fill('maxConcurrency', '4');
    await fill('delayMs', '0');
    await form.getByLabel('Wettelijke grondslag').fill('Openbare advertenties; fictieve testbron voor de browsertest.');
    await Promise.all([page.waitForURL(/\/monitor\/bronnen\/[0-9a-f-]{36}$/), form.getByRole('button', { name: 'Bron opslaan' }).click()]);
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForURL(/klaar=crawl/), page.getByRole('button', { name: 'Nu crawlen' }).click()]);
    expect(await page.locator('main').textContent()).toContain('De crawl staat in de wachtrij');
    // The crawl runs as a job; the source page says when it last finished.
    await expect.poll(async () => (await selectSources(app.ctx.db)).every((s) => s.lastCrawlAt !== null), { timeout: 90_000, interval: 500 }).toBe(true);
    await page.reload();
    expect(await page.locator('main').textContent()).not.toContain('nog nooit');

    await page.goto(`${staffUrl}/monitor`);
    const ads = (await page.locator('main').textContent()) ?? '';
    for (const ad of corpus) expect(ads).toContain(ad.title);
    expect(await page.locator('[data-indicator="obscured-phone"]').count()).toBeGreaterThan(0);
    expect(ads).toContain('Telefoonnummer verhuld geschreven');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${staffUrl}/monitor/groepen`);
    const group = page.locator('main li').filter({ hasText: E164 }).first();
    const groupText = (await group.textContent()) ?? '';
    expect(operatorAds.map((a) => a.city).filter((c) => groupText.includes(c)).length).toBeGreaterThan(1);
    expect(groupText).toContain('{naam}');
    expect(await axeViolations(page)).toEqual([]);
    // The group's operator (groups joined by the shared phone): its page lists the number with where else it was seen.
    await Promise.all([page.waitForURL(/\/monitor\/aanbieders\/[0-9a-f-]{36}$/), group.locator('a[data-operator]').click()]);
    expect(await page.locator(`[data-testid="operator-phones"] [data-identifier="phone:${E164}"]`).count()).toBe(1);
    expect(await page.locator('[data-testid="operator-groups"] > li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    // The page per ad, opened by an ad title of the group: its WARC checks out; nothing of the site loads.
    await Promise.all([page.waitForURL(/\/monitor\/advertenties\/[0-9a-f-]{36}$/), group.locator('a[href^="/monitor/advertenties/"]').first().click()]);
    expect(await page.getByTestId('hash-check').first().textContent()).toBe('hash klopt');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const invContext = await signedInContext(browser, staffUrl, investigator.client);
    const invPage = await invContext.newPage();
    // The start page says an alert waits ("Voor u"), and stays clean for axe with the list shown.
    await invPage.goto(`${staffUrl}/`);
    expect(await invPage.getByTestId('home-notices').locator('a[href="/monitor/meldingen"]').count()).toBe(1);
    expect(await axeViolations(invPage)).toEqual([]);
    await invPage.goto(`${staffUrl}/monitor`);
    await Promise.all([invPage.waitForURL(/\/monitor\/meldingen$/), invPage.getByTestId('monitor-alert-count').getByRole('link').click()]);
    const alert = invPage.locator('[data-alert]').filter({ hasText: obfuscated[0]!.title }).first();
    const alertText = (await alert.textContent()) ?? '';
    expect(alertText).toContain('via de advertentie');
    expect(alertText).toContain('Browsertest monitor: meisje 16 (fictief)');
    expect(await alert.locator(`a[href="/identificatoren/phone/${encodeURIComponent(E164)}"]`).count()).toBe(1);
    expect(await axeViolations(invPage)).toEqual([]);
    await Promise.all([invPage.waitForURL(/klaar=1/), alert.getByRole('button', { name: 'Markeer als gelezen' }).click()]);
    expect(await invPage.locator('main').textContent()).toContain('De melding is gemarkeerd als gelezen.');
    await invPage.getByRole('link', { name: 'Browsertest monitor: meisje 16 (fictief)' }).first().click();
    expect(invPage.url()).toBe(`${staffUrl}/dossiers/${dossierId}`);
    expect(await invPage.locator('#online-monitor').textContent()).toContain(obfuscated[0]!.title);
    expect(await axeViolations(invPage)).toEqual([]);
    await invContext.close();

    expect(site.imageRequests()).toBe(0);
  });
});
