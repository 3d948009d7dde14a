import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../../test/support/browser.ts';
import { signedInAs } from '../../../../test/support/factories.ts';

/** Issue 14 finding 12 in a real browser: a refused handover request says why on the first screen. */
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

describe('handover checklist in a browser', () => {
  for (const width of [1280, 360]) {
    test(`without JavaScript at ${width} px: the refusal is in an error summary on the first screen, its link leads to the message, axe finds nothing`, { timeout: 120_000 }, async () => {
      const inv = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
      const res = await inv.client.post('/dossiers', { title: `Checklist ${width} (fictief)` });
      const dossierPath = String(res.headers.location);
      await inv.client.post(`${dossierPath}/personen`, { rol: 'possible_victim', naam: 'Testmeisje S. (fictief)', leeftijd: '15' });
      const context = await signedInContext(browser, servers.staffUrl, inv.client, { javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${servers.staffUrl}${dossierPath}/overdracht`);
      expect(await page.getByTestId('handover-checklist').innerText()).toContain('open → in onderzoek → besluit');

      const form = page.locator('form[action$="/overdracht"]');
      await form.getByLabel('Aan wie (team, eenheid)').fill('Politie (fictief)');
      await Promise.all([page.waitForLoadState('load'), form.getByRole('button', { name: 'Overdracht aanvragen' }).click()]);
      const summary = page.locator('#fouten');
      const box = await summary.boundingBox();
      expect(box).not.toBeNull();
      // Its heading is on the first screen (at 360 px the staff menu above it is tall).
      expect(box!.y + 80, `summary at ${box!.y} px`).toBeLessThan(800);
      expect(await summary.innerText()).toContain('Zet het dossier eerst op ‘in onderzoek’ en daarna op ‘besluit’');
      // The summary's link jumps to the message above the handover form.
      await summary.getByRole('link').first().click();
      expect(await page.locator(':target').innerText()).toContain('Overdragen kan alleen als het dossier op ‘besluit’ staat');
      // A checklist link leads to the consent page and into its folded form, which opens (Chromium
      // expands a details element for a fragment).
      await page.goto(`${servers.staffUrl}${dossierPath}/overdracht`);
      await Promise.all([page.waitForURL(/\/toestemming#toestemming-doel$/), page.getByTestId('handover-checklist').getByRole('link', { name: 'Toestemming vastleggen' }).click()]);
      await page.locator('#toestemming-doel').waitFor({ state: "visible" });
      // And the status link leads to the status form on the overview.
      await page.goto(`${servers.staffUrl}${dossierPath}/overdracht`);
      await Promise.all([page.waitForURL(/#status-status$/), page.getByTestId('handover-checklist').getByRole('link', { name: 'Status wijzigen' }).click()]);
      await page.locator('#status-status').waitFor({ state: "visible" });
      await context.close();

      // axe needs JavaScript: the same page and the same refusal, with scripts on.
      const withJs = await signedInContext(browser, servers.staffUrl, inv.client, { viewport: { width, height: 800 } });
      const axePage = await withJs.newPage();
      await axePage.goto(`${servers.staffUrl}${dossierPath}/overdracht`);
      expect(await axeViolations(axePage), 'handover page').toEqual([]);
      const again = axePage.locator('form[action$="/overdracht"]');
      await again.getByLabel('Aan wie (team, eenheid)').fill('Politie (fictief)');
      await Promise.all([axePage.waitForLoadState('load'), again.getByRole('button', { name: 'Overdracht aanvragen' }).click()]);
      expect(await axePage.locator('#fouten').innerText()).toContain('open → in onderzoek → besluit');
      expect(await axeViolations(axePage), 'handover page after a refusal').toEqual([]);
      await withJs.close();
    });
  }
});
