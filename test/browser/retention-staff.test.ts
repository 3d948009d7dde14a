import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { axeViolations, openAsStaff, scanPages, useBrowserServers } from '../support/browser.ts';
import { testClock } from '../support/clock.ts';
import { dumpDatabase } from '../support/dump-database.ts';
import { insertDossier } from '../../src/modules/cases/testing.ts';

/**
 * Issue 19 "done when", the first part, in Chromium without JavaScript at 360 px: the privacy officer
 * changes a retention period with a reason, runs a dry run (nothing goes) and a real run (the expired
 * draft goes). axe on every page on the way, at 360 and 1280 px.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
const MARKER = `BROWSER-CONCEPT-${randomBytes(4).toString('hex')}`;
const file = useBrowserServers({ clock });

describe('the privacy officer keeps the retention schedule', () => {
  test('change a period with a reason, dry run, run', { timeout: 300_000 }, async () => {
    const { servers } = file;
    const at = new Date('2031-01-01T00:00:00Z');
    await servers.ctx.db.execute(sql`INSERT INTO report_drafts (id, data_enc, created_at, updated_at, expires_at) VALUES (${`draft-${MARKER}`}, ${MARKER}, ${at}, ${at}, ${at})`);
    const { page, jsPage, close } = await openAsStaff(file, ['privacy_officer']);

    await page.goto(`${servers.staffUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor({ state: "visible" });
    await page.getByRole('link', { name: 'Wijzigen: Concept van een melding (webformulier)' }).click();
    await page.getByLabel('Termijn in dagen').fill('30');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    // No reason: the error summary says so, and what was typed stays.
    await page.getByRole('link', { name: /Schrijf waarom u de termijn verandert/ }).waitFor({ state: "visible" });
    expect(await page.getByLabel('Termijn in dagen').inputValue()).toBe('30');
    await page.getByLabel('Waarom verandert u dit?').fill('Vastgesteld in de DPIA (test)');
    await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByText('Opgeslagen als versie 1.').waitFor({ state: "visible" });
    const editUrl = page.url();

    await page.goto(`${servers.staffUrl}/bewaartermijnen/opschonen`);
    await page.getByRole('button', { name: 'Proefdraai: laat zien wat er zou gebeuren' }).click();
    await page.getByText(/er is niets verwijderd/).waitFor({ state: "visible" });
    expect(await dumpDatabase(servers.ctx)).toContain(MARKER);
    await page.getByRole('button', { name: 'Nu opschonen' }).click();
    await page.getByText(/Opgeschoond op/).waitFor({ state: "visible" });
    expect(await dumpDatabase(servers.ctx)).not.toContain(MARKER);

    const violations = await scanPages(jsPage, [`${servers.staffUrl}/bewaartermijnen`, editUrl, `${servers.staffUrl}/bewaartermijnen/opschonen`]);
    // The pages with a form's outcome (errors, dry-run result) are POST answers; scan them as they come.
    await jsPage.goto(editUrl.split('?')[0] ?? editUrl);
    await jsPage.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    violations.push(...(await axeViolations(jsPage)).map((v) => `edit with errors: ${v}`));
    await jsPage.goto(`${servers.staffUrl}/bewaartermijnen/opschonen`);
    await jsPage.getByRole('button', { name: 'Proefdraai: laat zien wat er zou gebeuren' }).click();
    violations.push(...(await axeViolations(jsPage)).map((v) => `dry run result: ${v}`));
    expect(violations).toEqual([]);
    await close();
  });

  test('a supervisor holds a dossier and lifts the hold; the privacy officer sees it', { timeout: 300_000 }, async () => {
    const { servers } = file;
    const sup = await openAsStaff(file, ['supervisor']);
    const officer = await openAsStaff(file, ['privacy_officer']);
    const dossier = await insertDossier(servers.ctx.db, { title: 'Dossier met bewaarplicht (fictief)', createdBy: sup.user.id });
    const { page } = sup;
    await page.goto(`${servers.staffUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Bewaarplicht' }).click();
    await page.getByLabel('Dossiernummer').fill(dossier.id);
    await page.getByLabel('Waarom moet het dossier bewaard blijven?').fill('Overgedragen aan de politie (test)');
    await page.getByRole('button', { name: 'Bewaarplicht vastleggen' }).click();
    // No review date: told so, the rest kept.
    await page.getByRole('link', { name: 'Vul een datum na vandaag in, als JJJJ-MM-DD.' }).waitFor({ state: "visible" });
    expect(await page.getByLabel('Dossiernummer').inputValue()).toBe(dossier.id);
    await page.getByLabel('Opnieuw bekijken op').fill('2031-09-01');
    await page.getByRole('button', { name: 'Bewaarplicht vastleggen' }).click();
    await page.getByText('De bewaarplicht is vastgelegd.').waitFor({ state: "visible" });

    const officerPage = officer.jsPage;
    await officerPage.goto(`${servers.staffUrl}/bewaarplicht`);
    await officerPage.getByText('Overgedragen aan de politie (test)').waitFor({ state: "visible" });
    const violations = await scanPages(officerPage, [`${servers.staffUrl}/bewaarplicht`, `${servers.staffUrl}/bewaartermijnen/opschonen`]);
    violations.push(...(await scanPages(sup.jsPage, [`${servers.staffUrl}/bewaarplicht`])));
    expect(violations).toEqual([]);

    await page.getByLabel('Reden van opheffen (bewaarplicht 1)').fill('Zaak afgerond (test)');
    await page.getByRole('button', { name: 'Opheffen' }).click();
    await page.getByText('De bewaarplicht is opgeheven.').waitFor({ state: "visible" });
    await page.getByText(/opgeheven door .*Zaak afgerond \(test\)/).waitFor({ state: "visible" });
    await sup.close();
    await officer.close();
  });
});
