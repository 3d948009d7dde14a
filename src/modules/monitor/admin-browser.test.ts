import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { axeViolations, launchBrowser, signedInContext } from '../../../test/support/browser.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { createSource } from './sources/create-source.ts';
import { selectSource } from './queries/sources.ts';
import { TEST_SITE_RULES } from './sources/selector-rules.ts';
import { updateSource } from './sources/update-source.ts';

/** The source edit form (with a stale edit) and the lexicon page, in a real browser, checked with axe. */
let app: TestApp;
let staffUrl = '';
let browser: Browser;

beforeAll(async () => {
  app = await createTestApp();
  await app.staffApp.listen({ port: 0, host: '127.0.0.1' });
  staffUrl = `http://127.0.0.1:${(app.staffApp.server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});


describe('monitor sources and lexicon in a browser', () => {
  test('edit a source while a colleague saves: the conflict page shows both values and keeps the input', { timeout: 60_000 }, async () => {
    const supervisor = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const colleague = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const created = await createSource(
      app.ctx.db,
      { name: 'Browserbron', startUrls: ['https://advertenties.example.org/ads'], allowedUrlPatterns: ['^https://advertenties\\.example\\.org/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron voor de browser.' },
      null,
    );
    if (!created.ok) throw new Error('source');
    const context = await signedInContext(browser, staffUrl, supervisor.client);
    const page = await context.newPage();
    await page.goto(`${staffUrl}/monitor/bronnen/${created.source.id}`);
    await page.getByRole('link', { name: 'Bron wijzigen' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Interval in minuten (15 tot 43200)').fill('90');
    await page.getByLabel('Patroon van een advertentiepagina (reguliere expressie)').fill('(a+)+');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    expect(await page.locator('.vn-error-summary').textContent()).toContain('kan bij sommige adressen heel lang blijven zoeken');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Patroon van een advertentiepagina (reguliere expressie)').fill('/ad/[^/?#]+$');

    // Meanwhile a colleague saves another pause.
    const current = await selectSource(app.ctx.db, created.source.id);
    const saved = await updateSource(app.ctx.db, {
      id: created.source.id,
      version: current!.version,
      source: { ...current!, delayMs: 2000 },
      robotsOverrideBasis: '',
      editor: { id: colleague.user.id, email: colleague.user.email },
    });
    expect(saved.ok).toBe(true);
    await page.getByLabel('Pauze tussen verzoeken in milliseconden (0 tot 60000)').fill('4000');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.locator('#conflict').count()).toBe(1);
    expect(await page.locator('[data-field="delayMs"] [data-side="yours"]').textContent()).toBe('4000');
    expect(await page.locator('[data-field="delayMs"] [data-side="saved"]').textContent()).toBe('2000');
    expect(await page.getByLabel('Interval in minuten (15 tot 43200)').inputValue()).toBe('90');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect.poll(() => page.getByText('De wijzigingen zijn opgeslagen.').count()).toBe(1);
    expect(await selectSource(app.ctx.db, created.source.id)).toMatchObject({ intervalMinutes: 90, delayMs: 4000 });
    await context.close();
  });

  test('the lexicon page: read, change a weight with a reason, see the new version', { timeout: 60_000 }, async () => {
    const supervisor = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const context = await signedInContext(browser, staffUrl, supervisor.client);
    const page = await context.newPage();
    await page.goto(`${staffUrl}/monitor/lexicon`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Gewicht: Zonder condoom / alles mag').fill('2,5');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    expect(await page.locator('.vn-error-summary').textContent()).toContain('Schrijf waarom u het lexicon wijzigt');
    expect(await page.getByLabel('Gewicht: Zonder condoom / alles mag').inputValue()).toBe('2,5');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Reden van de wijziging').fill('Browsertest: iets zwaarder.');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await expect.poll(() => page.getByText(/is opgeslagen en in gebruik/).count()).toBe(1);
    expect(await page.locator('[data-indicator="no-condom"] [data-weight]').first().textContent()).toBe('2,5');
    await context.close();
  });
});
