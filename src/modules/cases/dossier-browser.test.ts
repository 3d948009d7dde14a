import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../test/support/browser.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { changeConsents } from '../intake/testing.ts';
import { insertTestReport } from './testing.ts';

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


const submit = async (page: Page, form: string, button: string) => {
  await Promise.all([page.waitForLoadState('load'), page.locator(`form[action$="${form}"]`).getByRole('button', { name: button }).click()]);
};

describe('dossier in a browser', () => {
  test('without JavaScript: two reports into one dossier, a signal, consent from the follow-up, request, approval by a supervisor, package', { timeout: 180_000 }, async () => {
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

    // The "add" forms are folded shut to keep the page short; the summary opens one, also without JavaScript.
    await page.locator('#signalen-nieuw > summary').click();
    const signal = page.locator('form[action$="/signalen"]');
    await signal.getByLabel('Groep').selectOption('behaviour');
    await signal.getByLabel('Soort').selectOption('fact');
    await signal.getByLabel('Wat is er gezien, gehoord of gezegd?').fill('Heeft opeens een dure telefoon (test)');
    await signal.getByLabel('Bron: wie zag of zei het?').fill('Mentor, telefonisch');
    await submit(page, '/signalen', 'Signaal vastleggen');
    expect(await page.locator('#signalen').innerText()).toContain('Heeft opeens een dure telefoon (test)');

    // Move to "decision" through the status form, twice.
    for (const status of ['investigation', 'decision']) {
      await page.locator('form[action$="/status"]').getByLabel('Nieuwe status').selectOption(status);
      await submit(page, '/status', 'Status wijzigen');
    }

    // Without consent the request is refused, and the typed recipient stays.
    await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').fill('Politie Oost, team mensenhandel (fictief)');
    await submit(page, '/overdracht', 'Overdracht aanvragen');
    expect(await page.locator('#overdracht').innerText()).toContain('Er is geen toestemming voor overdracht aan politie/OM');
    expect(await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').inputValue()).toBe('Politie Oost, team mensenhandel (fictief)');

    // The reporter says yes in the follow-up; now the request goes through.
    await changeConsents(servers.ctx, { reportId: r1.id, choices: [{ purpose: 'police', granted: true }], source: 'reporter', recordedBy: null });
    await page.goto(dossierUrl);
    await page.locator('form[action$="/overdracht"]').getByLabel('Aan wie (team, eenheid)').fill('Politie Oost, team mensenhandel (fictief)');
    await submit(page, '/overdracht', 'Overdracht aanvragen');
    expect(await page.locator('#overdracht').innerText()).toContain('Wacht op goedkeuring door een andere teamleider');

    const supContext = await signedInContext(browser, servers.staffUrl, sup.client, { javaScriptEnabled: false });
    const supPage = await supContext.newPage();
    await supPage.goto(dossierUrl);
    await Promise.all([supPage.waitForLoadState('load'), supPage.getByRole('button', { name: 'Goedkeuren en pakket maken' }).click()]);
    const handover = await supPage.locator('#overdracht').innerText();
    expect(handover).toContain('Overgedragen op');
    expect(handover).toContain('zonder identiteit van de melder');
    expect(await supPage.getByTestId('package-hash').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await supContext.close();
    await context.close();
  });

  test('axe finds nothing on the list, create, dossier and search pages', { timeout: 120_000 }, async () => {
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
    await page.goto(`${servers.staffUrl}${dossierPath}`);
    await page.locator('#signalen-nieuw > summary').click();
    await submit(page, '/signalen', 'Signaal vastleggen');
    expect(await axeViolations(page), 'dossier page with errors').toEqual([]);
    await context.close();
  });
});
