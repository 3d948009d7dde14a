import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../test/support/browser.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { insertOrganisation } from '../accounts/testing.ts';
import { createDossierVia } from '../cases/testing.ts';
import { fillDossier, MARKERS, recordConsent } from './testing.ts';

/**
 * The partner's inbox in Chromium: a care provider accepts a referral and reports back without
 * JavaScript; axe and the page width on every chain page at 360 and 1280 px (with JavaScript, since
 * axe needs it), in each state of the referral and with a form that came back with errors.
 */
const clock = testClock('2026-12-01T09:00:00Z');
let servers: BrowserServers;
let browser: Browser;
beforeAll(async () => {
  servers = await startServers({ clock });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const check = async (page: Page, url: string, problems: string[]) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url);
    const w = await pageWidth(page);
    if (w > width) problems.push(`${width} ${url}: page is ${w} px wide`);
    for (const v of await axeViolations(page)) problems.push(`${width} ${url}: ${v}`);
  }
};

describe('chain inbox in a browser', () => {
  test('a care provider accepts a referral and reports back, without JavaScript; every page passes axe at 360 and 1280 px', { timeout: 300_000 }, async () => {
    const care = await insertOrganisation(servers.ctx.db, { name: 'Zorgaanbieder Voorbeeld (fictief)', kind: 'care' });
    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Browser-keten: meisje 15 jaar, Teststad (fictief)' });
    await fillDossier(servers.ctx, id, sup.user.id);
    await recordConsent(sup.client, id, 'care_referral');
    await sup.client.get(`/keten/dossiers/${id}`);
    const sent = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: care.id, vraag: 'Kunt u hulp bieden aan deze jongere? Een lange vraag die op een telefoon over meerdere regels loopt (fictief).' });
    expect(sent.statusCode).toBe(303);
    expect((await sup.client.post(`/keten/dossiers/${id}/delen`, { organisatie: care.id, doel: 'Hulp bieden (fictief)', onderdelen: ['summary', 'people', 'signals', 'timeline'], einddatum: '2026-12-31' })).statusCode).toBe(303);
    const partner = await signedInAs(servers.ctx, servers.staffApp, ['partner'], { organisationId: care.id });

    // Without JavaScript, as a new user would: start page → inbox → referral → accept → report back.
    const noJs = await signedInContext(browser, servers.staffUrl, partner.client, { javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.setViewportSize({ width: 360, height: 800 });
    await p.goto(`${servers.staffUrl}/`);
    await p.getByRole('link', { name: /Verwijzingen die op uw antwoord wachten/ }).click();
    await p.getByRole('link', { name: /Kunt u hulp bieden/ }).click();
    await p.getByRole('button', { name: 'Verwijzing aannemen' }).click();
    // Empty owner: the page says what to fix, at the top and at the field.
    await expect.poll(() => p.locator('#fouten').textContent()).toContain('Schrijf op wie de verwijzing oppakt');
    await p.getByLabel('Wie pakt het op (naam of team)').fill('Hulpverlener Test (fictief)');
    await p.getByRole('button', { name: 'Verwijzing aannemen' }).click();
    await expect.poll(() => p.locator('[data-status]').first().getAttribute('data-status')).toBe('accepted');
    await p.getByLabel('Stap').selectOption('contact_made');
    await p.getByLabel('Korte toelichting').fill('Kennismaking gehad (fictief).');
    await p.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
    await expect.poll(() => p.locator('[data-status]').first().getAttribute('data-status')).toBe('contact_made');
    const rid = /\/keten\/verwijzingen\/([0-9a-f-]{36})/.exec(p.url())?.[1];
    expect(rid).toBeTruthy();
    await p.goto(`${servers.staffUrl}/keten`);
    await p.getByRole('link', { name: /Hulp bieden/ }).click();
    const shared = await p.content();
    expect(shared).toContain(MARKERS.people);
    expect(shared).not.toContain('id="plan"');
    const sid = /\/keten\/gedeeld\/([0-9a-f-]{36})/.exec(p.url())?.[1];
    await noJs.close();

    const problems: string[] = [];
    const ctx = await signedInContext(browser, servers.staffUrl, partner.client);
    const page = await ctx.newPage();
    await check(page, `${servers.staffUrl}/keten`, problems);
    await check(page, `${servers.staffUrl}/keten/verwijzingen/${rid}`, problems);
    await check(page, `${servers.staffUrl}/keten/gedeeld/${sid}`, problems);
    // A form that came back with an error (future date).
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${servers.staffUrl}/keten/verwijzingen/${rid}`);
      await page.getByLabel('Datum (jjjj-mm-dd)').fill('2030-01-01');
      await page.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
      await expect.poll(() => page.locator('#fouten').count()).toBe(1);
      for (const v of await axeViolations(page)) problems.push(`${width} error page: ${v}`);
    }
    await ctx.close();

    const staff = await signedInContext(browser, servers.staffUrl, sup.client);
    const sp = await staff.newPage();
    await check(sp, `${servers.staffUrl}/keten/dossiers/${id}`, problems);
    await check(sp, `${servers.staffUrl}/keten`, problems);
    await sp.goto(`${servers.staffUrl}/keten/dossiers/${id}`);
    expect(await sp.content()).toContain('data-status="contact_made"');
    await staff.close();

    // The routing advice, without JavaScript: the partners that fit, each with its reasons, and no move made.
    const staffNoJs = await signedInContext(browser, servers.staffUrl, sup.client, { javaScriptEnabled: false });
    const ap = await staffNoJs.newPage();
    await ap.setViewportSize({ width: 360, height: 800 });
    await ap.goto(`${servers.staffUrl}/keten/dossiers/${id}`);
    const advice = ap.getByRole('region', { name: 'Advies: welke partner past' });
    await expect(advice.getByText('Er gebeurt niets vanzelf', { exact: false }).count()).resolves.toBe(1);
    await expect(advice.locator('[data-advice]').count()).resolves.toBeGreaterThan(0);
    await staffNoJs.close();
    expect(problems).toEqual([]);
  });
});
