import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../../test/support/browser.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { changeConsents } from '../../intake/testing.ts';
import { insertTestReport } from '../testing.ts';
import { SECTION_PAGES, sectionHref } from './sections.ts';

/** Issue 4 "done when", in a real browser without JavaScript, and axe on the dossier pages. */
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


const nav = (page: Page) => page.getByTestId('dossier-nav');

const submit = async (page: Page, form: string, button: string) => {
  await Promise.all([page.waitForLoadState('load'), page.locator(`form[action$="${form}"]`).getByRole('button', { name: button }).click()]);
};

describe('dossier in a browser', () => {
  test('without JavaScript: two reports into one dossier, a signal, consent from the follow-up, request, approval by a supervisor, package — from page to page through the section links', { timeout: 180_000 }, async () => {
    const inv = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const r1 = await insertTestReport(servers.ctx, { whatHappened: 'Dochter wordt opgehaald met een auto (test)' });
    const r2 = await insertTestReport(servers.ctx, { whatHappened: 'Meisje bij station (test)' });
    const context = await signedInContext(browser, servers.staffUrl, inv.client, { javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${servers.staffUrl}/dossiers/nieuw`);
    await page.getByLabel('Titel').fill('Browsertest: meisje 15 (fictief)');
    await page.getByLabel('Meldingnummers (niet verplicht)').fill(`${r1.number} ${r2.number}`);
    await Promise.all([page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Dossier maken' }).click()]);
    const dossierUrl = page.url();
    const body = await page.locator('main').innerText();
    expect(body).toContain(r1.number);
    expect(body).toContain(r2.number);
    // The overview says what needs doing, with a link to each place.
    expect(await page.getByTestId('dossier-to-do').innerText()).toContain('Er zijn nog geen personen vastgelegd.');

    // To the signals page through the section navigation; the "add" form is folded, the summary opens it.
    await Promise.all([page.waitForURL(`${dossierUrl}/signalen`), nav(page).getByRole('link', { name: 'Signalen en beoordeling' }).click()]);
    expect(await nav(page).locator('[aria-current="page"]').innerText()).toBe('Signalen en beoordeling');
    await page.locator('#signalen-nieuw > summary').click();
    const signal = page.locator('form[action$="/signalen"]');
    await signal.getByLabel('Groep').selectOption('behaviour');
    await signal.getByLabel('Soort').selectOption('fact');
    await signal.getByLabel('Wat is er gezien, gehoord of gezegd?').fill('Heeft opeens een dure telefoon (test)');
    await signal.getByLabel('Bron: wie zag of zei het?').fill('Mentor, telefonisch');
    await submit(page, '/signalen', 'Signaal vastleggen');
    // Post/Redirect/Get back to the same section page.
    expect(page.url()).toBe(`${dossierUrl}/signalen?ok=1#signalen`);
    expect(await page.locator('#signalen').innerText()).toContain('Heeft opeens een dure telefoon (test)');

    // Back to the overview; move to "decision" through the status form, twice.
    await Promise.all([page.waitForURL(dossierUrl), nav(page).getByRole('link', { name: 'Overzicht' }).click()]);
    for (const status of ['investigation', 'decision']) {
      await page.locator('form[action$="/status"]').getByLabel('Nieuwe status').selectOption(status);
      await submit(page, '/status', 'Status wijzigen');
      expect(page.url()).toBe(`${dossierUrl}?ok=1#overzicht`);
    }

    // Without consent the request is refused on the handover page, and the typed recipient stays.
    await Promise.all([page.waitForURL(`${dossierUrl}/overdracht`), nav(page).getByRole('link', { name: 'Overdracht aan politie/OM' }).click()]);
    await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').fill('Politie Oost, team mensenhandel (fictief)');
    await submit(page, '/overdracht', 'Overdracht aanvragen');
    expect(await page.locator('#overdracht').innerText()).toContain('Er is geen toestemming voor overdracht aan politie/OM');
    expect(await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').inputValue()).toBe('Politie Oost, team mensenhandel (fictief)');

    // The reporter says yes in the follow-up; now the request goes through.
    await changeConsents(servers.ctx, { reportId: r1.id, choices: [{ purpose: 'police', granted: true }], source: 'reporter', recordedBy: null });
    await page.goto(`${dossierUrl}/overdracht`);
    await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').fill('Politie Oost, team mensenhandel (fictief)');
    await submit(page, '/overdracht', 'Overdracht aanvragen');
    expect(page.url()).toBe(`${dossierUrl}/overdracht?ok=1#overdracht`);
    expect(await page.locator('#overdracht').innerText()).toContain('Wacht op goedkeuring door een andere teamleider');

    // The supervisor opens the overview: what waits links to the request, where the approve button is.
    const supContext = await signedInContext(browser, servers.staffUrl, sup.client, { javaScriptEnabled: false });
    const supPage = await supContext.newPage();
    await supPage.goto(dossierUrl);
    await Promise.all([supPage.waitForURL(/\/overdracht#overdracht-[0-9a-f-]{36}$/), supPage.getByTestId('dossier-to-do').getByRole('link', { name: /overdracht wacht op goedkeuring/ }).click()]);
    await Promise.all([supPage.waitForLoadState('load'), supPage.getByRole('button', { name: 'Goedkeuren en pakket maken' }).click()]);
    const handover = await supPage.locator('#overdracht').innerText();
    expect(handover).toContain('Overgedragen op');
    expect(handover).toContain('zonder identiteit van de melder');
    expect(await supPage.getByTestId('package-hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await supContext.close();
    await context.close();
  });

  test('every section page at 360 and 1280 px: reached by its link without JavaScript, fits the width, at most about three screens, axe finds nothing', { timeout: 300_000 }, async () => {
    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const r1 = await insertTestReport(servers.ctx, { whatHappened: 'Meisje 15 wordt opgehaald (test)' });
    const res = await sup.client.post('/dossiers', { title: 'Secties: meisje 15, Teststad (fictief)', meldingen: r1.number });
    const dossierPath = String(res.headers.location);
    const id = dossierPath.split('/').at(-1)!;
    await sup.client.post(`${dossierPath}/personen`, { rol: 'possible_victim', naam: 'Testmeisje S. (fictief)', leeftijd: '15', beschrijving: 'Belt met 06-12340777 (test)' });
    await sup.client.post(`${dossierPath}/personen`, { rol: 'suspected_trafficker', naam: 'Testman T. (fictief)', aliassen: 'tt_test_vb' });
    await sup.client.post(`${dossierPath}/signalen`, { groep: 'behaviour', soort: 'fact', tekst: 'Nieuwe dure kleding (test)', bron: 'Moeder' });
    await sup.client.post(`${dossierPath}/taken`, { titel: 'Profiel vastleggen (test)', uitvoerder: sup.user.id, datum: '2026-12-01' });
    await sup.client.post(`${dossierPath}/notities`, { tekst: 'Gesprek met moeder gepland (test)' });
    await sup.client.post(`${dossierPath}/toestemmingen`, { doel: 'police_om', door: 'guardian', wijze: 'written', reikwijdte: 'Overdracht (test)', datum: '2026-11-20' });
    const heights: string[] = [];
    for (const width of [360, 1280]) {
      // Walk: every page through its link in the section navigation, without JavaScript.
      const plain = await signedInContext(browser, servers.staffUrl, sup.client, { javaScriptEnabled: false, viewport: { width, height: 800 } });
      const walk = await plain.newPage();
      await walk.goto(`${servers.staffUrl}${dossierPath}`);
      for (const section of SECTION_PAGES) {
        const href = sectionHref(id, section);
        if (walk.url() !== `${servers.staffUrl}${href}`) await Promise.all([walk.waitForURL(`${servers.staffUrl}${href}`), nav(walk).locator(`a[href="${href}"]`).click()]);
        expect(await nav(walk).locator('[aria-current="page"]').getAttribute('href'), section).toBe(href);
        expect(await walk.locator('h1').innerText()).toBe('Secties: meisje 15, Teststad (fictief)');
        const size = await walk.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
        expect(size.w, `${width} ${section} width`).toBeLessThanOrEqual(width);
        heights.push(`${width} ${section} ${size.h}`);
        // The bound: no page over about three screens at 1280 px.
        if (width === 1280) expect(size.h, `${section} height`).toBeLessThan(3 * 900);
      }
      await plain.close();
      // axe needs JavaScript in the browser (the pages themselves have none).
      const withJs = await signedInContext(browser, servers.staffUrl, sup.client, { viewport: { width, height: 800 } });
      const page = await withJs.newPage();
      for (const section of SECTION_PAGES) {
        await page.goto(`${servers.staffUrl}${sectionHref(id, section)}`);
        expect(await axeViolations(page), `${width} ${section}`).toEqual([]);
      }
      await withJs.close();
    }
    console.info(`dossier page heights (px): ${heights.join('; ')}`);
  });

  test('axe finds nothing on the list, create, edit and search pages, nor on a section page with errors', { timeout: 120_000 }, async () => {
    const inv = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
    const res = await inv.client.post('/dossiers', { title: 'Axe-test (fictief)' });
    const dossierPath = String(res.headers.location);
    await inv.client.post(`${dossierPath}/personen`, { rol: 'possible_victim', naam: 'Testmeisje', leeftijd: '15' });
    await inv.client.post(`${dossierPath}/personen`, { rol: 'suspected_trafficker', naam: 'Testman' });
    await inv.client.post(`${dossierPath}/notities`, { tekst: 'Een notitie' });
    const context = await signedInContext(browser, servers.staffUrl, inv.client);
    const page = await context.newPage();
    for (const path of ['/dossiers', '/dossiers/nieuw', dossierPath, `${dossierPath}/stappen/1`, '/dossiers/zoeken?q=notitie']) {
      await page.goto(`${servers.staffUrl}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    // A form with errors: the error summary and the fields it links to.
    await page.goto(`${servers.staffUrl}${dossierPath}/signalen`);
    await page.locator('#signalen-nieuw > summary').click();
    await submit(page, '/signalen', 'Signaal vastleggen');
    await page.locator('#fouten').waitFor({ state: "visible" });
    expect(await axeViolations(page), 'signals page with errors').toEqual([]);
    await context.close();
  });
});
