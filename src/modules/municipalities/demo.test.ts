import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { accountsModule } from '../accounts/testing.ts';
import { intakeModule } from '../intake/testing.ts';
import { DEMO_MUNICIPALITY } from './load-demo.ts';
import { municipalitiesModule } from './module.ts';
import { findOrganisationByName } from './queries.ts';
import { municipalityOfficer } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2026-06-15T10:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

describe('vangnet demo for the figures', () => {
  it('fills two years of fictitious figures for the demo municipality, once', async () => {
    const lines: string[] = [];
    const options = { showPasswords: false, print: (l: string) => lines.push(l) };
    for (const mod of [accountsModule, intakeModule, municipalitiesModule]) await mod.demo?.(t.ctx, options);
    expect(lines.join('\n')).toMatch(/Demo reports for the figures: [1-9][0-9]+ added/);
    for (const mod of [intakeModule, municipalitiesModule]) await mod.demo?.(t.ctx, options);
    expect(lines.join('\n')).toContain('Demo reports for the figures: 0 added');
    const org = await findOrganisationByName(t.ctx.db, DEMO_MUNICIPALITY.name);
    const officer = await municipalityOfficer(t, { cbsCode: DEMO_MUNICIPALITY.cbsCode, organisationId: org!.id });
    const page = await officer.client.get('/cijfers?van=2024-07&tot=2026-06');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Cijfers van gemeente Enschede');
    const months = [...page.body.matchAll(/<th class="utrecht-table__header-cell" scope="row">(20\d\d-\d\d)<\/th><td class="utrecht-table__cell vn-num">([^<]+)</g)];
    expect(months.length).toBeGreaterThanOrEqual(24);
    expect(months.filter((m) => /^[0-9]+$/.test(m[2] ?? '')).length).toBeGreaterThan(12);
    const text = await t.ctx.database.executor.executeSql("SELECT count(*)::int AS n FROM reports WHERE answers->>'whatHappened' NOT LIKE 'Fictieve demomelding%'");
    expect(text.rows[0]?.n).toBe(0);
  });
});
