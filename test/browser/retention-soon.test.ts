import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { axeViolations, openAsStaff, scanPages, useBrowserServers } from '../support/browser.ts';
import { testClock } from '../support/clock.ts';
import { signedInAs } from '../support/factories.ts';
import { insertDossier } from '../../src/modules/cases/testing.ts';

/**
 * Issue 19 point 4 in Chromium without JavaScript: the privacy officer goes from the schedule to
 * "what expires soon", reads per kind what goes tonight and in the next 30 days and why, with a held
 * dossier named; the dry run names the held dossier too. axe on both pages at 360 and 1280 px.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
const file = useBrowserServers({ clock });

describe('the privacy officer sees what expires soon', () => {
  test('from the schedule to the forecast, and the dry run names the held dossier', { timeout: 300_000 }, async () => {
    const { servers } = file;
    const at = new Date('2031-03-09T00:00:00Z');
    await servers.ctx.db.execute(sql`INSERT INTO report_drafts (id, data_enc, created_at, updated_at, expires_at) VALUES ('draft-binnenkort-test', 'x', ${at}, ${at}, ${at})`);
    const sup = await signedInAs(servers.ctx, servers.staffApp, ['supervisor']);
    const dossier = await insertDossier(servers.ctx.db, { title: 'Vastgehouden dossier (fictief)', status: 'closed', createdBy: sup.user.id });
    await servers.ctx.db.execute(sql`UPDATE dossiers SET updated_at = ${new Date('2029-01-01T00:00:00Z')} WHERE id = ${dossier.id}`);
    await servers.ctx.db.execute(sql`INSERT INTO legal_holds (dossier_id, reason, review_on, placed_by, placed_at) VALUES (${dossier.id}, 'Rechtszaak (fictief)', '2032-01-01', ${sup.user.id}, ${new Date('2031-03-01T00:00:00Z')})`);
    const { page, jsPage, close } = await openAsStaff(file, ['privacy_officer']);

    await page.goto(`${servers.staffUrl}/bewaartermijnen`);
    await page.getByRole('link', { name: 'Wat binnenkort verloopt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat binnenkort verloopt' }).waitFor({ state: "visible" });
    const draftRow = page.getByRole('row', { name: /Concept van een melding/ });
    // Started yesterday, two days' period: not past it now, gone within 30 days.
    expect(await draftRow.getByRole('cell').nth(0).textContent()).toBe('0');
    expect(await draftRow.getByRole('cell').nth(1).textContent()).toBe('1');
    const closedRow = page.getByRole('row', { name: /Dossier gesloten zonder actie/ });
    expect(await closedRow.getByRole('link', { name: 'dossier 1' }).getAttribute('href')).toBe(`/dossiers/${dossier.id}`);

    await page.goto(`${servers.staffUrl}/bewaartermijnen/opschonen`);
    await page.getByRole('button', { name: 'Proefdraai: laat zien wat er zou gebeuren' }).click();
    const dryRow = page.getByRole('row', { name: /Dossier gesloten zonder actie/ });
    await dryRow.getByRole('link', { name: 'dossier 1' }).waitFor({ state: "visible" });

    const violations = await scanPages(jsPage, [`${servers.staffUrl}/bewaartermijnen/binnenkort`, `${servers.staffUrl}/bewaartermijnen`]);
    await jsPage.goto(`${servers.staffUrl}/bewaartermijnen/opschonen`);
    await jsPage.getByRole('button', { name: 'Proefdraai: laat zien wat er zou gebeuren' }).click();
    violations.push(...(await axeViolations(jsPage)).map((v) => `dry run result: ${v}`));
    expect(violations).toEqual([]);
    await close();
  });
});
