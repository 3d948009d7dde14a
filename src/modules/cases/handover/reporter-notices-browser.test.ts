import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, type BrowserServers, launchBrowser, signedInContext, startServers } from '../../../../test/support/browser.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { fillAndSubmit, fillShortAndSubmit } from '../../intake/testing.ts';
import { listHandovers } from '../queries/handover.ts';
import { formHtml, inputValue } from '../testing.ts';

/**
 * Issue 14 findings 9 and 4 in a real browser at 360 and 1280 px: the reporter reads on "Mijn
 * melding" that the case was handed over; staff see a short report without consent marked on the
 * dossier. Without JavaScript for the look, with it for axe.
 */
let servers: BrowserServers;
let browser: Browser;
let receipt = '';
let dossierPath = '';
let investigator: Awaited<ReturnType<typeof signedInAs>>;

beforeAll(async () => {
  servers = await startServers();
  browser = await launchBrowser();
  const parent = await fillAndSubmit(publicClient(servers.publicApp));
  const short = await fillShortAndSubmit(publicClient(servers.publicApp));
  receipt = parent.receipt;
  investigator = await signedInAs(servers.ctx, servers.staffApp, ['investigator']);
  const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
  const res = await investigator.client.post('/dossiers', { title: 'Melder hoort het (fictief)', priority: 'normal', meldingen: `${parent.number} ${short.number}` });
  dossierPath = String(res.headers.location);
  for (const status of ['investigation', 'decision']) {
    const p = await investigator.client.get(dossierPath);
    await investigator.client.post(`${dossierPath}/status`, { status, versie: inputValue(formHtml(p.body, `${dossierPath}/status`), 'versie')! });
  }
  expect((await investigator.client.post(`${dossierPath}/overdracht`, { ontvanger: 'Politie (fictief)' })).statusCode).toBe(303);
  const [h] = await listHandovers(servers.ctx.db, dossierPath.split('/').at(-1)!);
  expect((await sup.client.post(`${dossierPath}/overdracht/${h!.id}/goedkeuren`)).statusCode).toBe(303);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

describe('reporter told, short report marked, in a browser', () => {
  for (const width of [1280, 360]) {
    test(`at ${width} px`, { timeout: 120_000 }, async () => {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${servers.publicUrl}/mijn-melding`);
        await page.getByLabel('Bewijscode', { exact: true }).fill(receipt);
        await Promise.all([page.waitForURL(/\/mijn-melding\/overzicht$/), page.locator('form[action="/mijn-melding"]').getByRole('button', { name: 'Verder' }).click()]);
        const updates = page.getByTestId('updates');
        expect(await updates.innerText()).toContain('Doorgegeven aan de politie, met de toestemming uit deze melding.');
        await updates.waitFor({ state: "visible" });
        if (javaScriptEnabled) expect(await axeViolations(page), 'Mijn melding').toEqual([]);
        await context.close();
      }
      const staff = await signedInContext(browser, servers.staffUrl, investigator.client, { viewport: { width, height: 800 } });
      const page = await staff.newPage();
      await page.goto(`${servers.staffUrl}${dossierPath}`);
      expect(await page.getByTestId('consent-not-asked').innerText()).toContain('Korte melding: niet om toestemming gevraagd');
      expect(await axeViolations(page), 'dossier page').toEqual([]);
      await staff.close();
    });
  }
});
