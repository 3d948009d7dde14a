import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { accessLog } from '../../audit/testing.ts';
import { recordOccurrences, WHERE_ELSE_LIMITS } from '../../identifiers/index.ts';
import { listSubjects } from '../queries/people.ts';
import { dossierShares } from '../schema.ts';
import { createDossierVia, insertTestReport } from '../testing.ts';

/**
 * Issue 5 point 2 on the dossier page: per person and for the dossier's own texts, each identifier
 * with where else it was seen — counts per kind of source, first and last seen, places — linked only
 * where the viewer may open the source, never saying who reported; bounded in size.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const section = (html: string) => {
  const start = html.indexOf('id="elders-gezien"');
  expect(start).toBeGreaterThan(0);

  return html.slice(start, html.indexOf('</section>', start));
};

describe('where else seen on the dossier page', () => {
  it('shows per person and for the dossier where else, with links only to what the viewer may open', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const other = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const theirs = await createDossierVia(other.client, { title: 'Dossier van een ander (test)' });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Z.', plaats: 'Zwolle', beschrijving: 'Belt van 06-1234 0401' });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'possible_victim', naam: 'Testmeisje (geen nummers)' });
    await inv.client.post(`/dossiers/${id}/notities`, { tekst: 'Mail van hem: testman.z@example.org' });
    await other.client.post(`/dossiers/${theirs}/personen`, { rol: 'suspected_trafficker', naam: 'Geheime Testnaam', beschrijving: 'Nummer 0612340401' });
    const report = await insertTestReport(t.ctx, { contact: { name: 'Testouder Melder' } });
    await recordOccurrences(t.ctx.db, { source: { type: 'report', id: report.id }, field: 'online.phones', text: '06-12340401', place: 'Thuisadres Melderstraat 1' });
    await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: randomUUID() }, field: 'text', text: 'Bel 06 12 34 04 01', seenAt: new Date('2026-02-01T10:00:00Z'), place: 'Deventer' });
    const [suspect, victim] = await listSubjects(t.ctx.db, id);

    expect((await inv.client.get(`/dossiers/${id}`)).body).toContain(`href="/dossiers/${id}/elders-gezien"`);
    const page = await inv.client.get(`/dossiers/${id}/elders-gezien`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/dossiers/${id}/elders-gezien" aria-current="page"`);
    const html = section(page.body);
    const person = html.slice(html.indexOf(`data-testid="elders-persoon-${suspect!.id}"`));
    expect(person).toContain(`href="/dossiers/${id}/personen#persoon-${suspect!.id}"`);
    expect(person).toContain('ook gezien in 1 advertentie, 1 persoon in een dossier, 1 andere melding');
    expect(person).toContain('Eerst gezien');
    expect(person).toContain('Plaatsen: Deventer (1)');
    expect(person).toContain(`href="/meldingen/${report.id}"`);
    expect(person).toContain('Persoon in dossier (geen toegang)');
    expect(html).not.toContain(theirs);
    expect(html).not.toContain('Geheime Testnaam');
    // A report occurrence says which report, never who made it or where they live.
    expect(html).not.toContain('Testouder Melder');
    expect(html).not.toContain('Melderstraat');
    expect(html).not.toContain(`elders-persoon-${victim!.id}`);
    const own = html.slice(html.indexOf('data-testid="elders-dossier"'));
    expect(own).toContain('testman.z@example.org');
    expect(own).toContain('nergens anders gezien');

    const logged = await t.ctx.db.select().from(accessLog).where(and(eq(accessLog.userId, inv.user.id), eq(accessLog.recordType, 'identifier')));
    expect(logged.map((l) => l.recordId).sort()).toEqual(['email:testman.z@example.org', 'phone:+31612340401']);

    // The other investigator sees their person's block with the first dossier hidden, and a supervisor sees both linked.
    const theirPage = section((await other.client.get(`/dossiers/${theirs}/elders-gezien`)).body);
    expect(theirPage).toContain('Persoon in dossier (geen toegang)');
    expect(theirPage).not.toContain(id);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const supPage = section((await sup.client.get(`/dossiers/${theirs}/elders-gezien`)).body);
    expect(supPage).toContain(`href="/dossiers/${id}/personen#persoon-${suspect!.id}"`);
  });

  it('keeps the page bounded: one budget of identifiers for the whole page, the rest counted', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const many = Array.from({ length: 40 }, (_, i) => `06-1234${String(1000 + i).padStart(4, '0')}`).join(', ');
    await inv.client.post(`/dossiers/${id}/notities`, { tekst: `Lijst: ${many}` });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Testman L.', beschrijving: `Nummers: ${many.replaceAll('06-1234', '06-1235')}` });
    const html = section((await inv.client.get(`/dossiers/${id}/elders-gezien`)).body);
    expect((html.match(/data-identifier="/g) ?? []).length).toBe(WHERE_ELSE_LIMITS.identifiers);
    expect(html).toContain('En nog 30 andere gegevens');
  });

  it('shows nothing of it to a partner, even with a full share', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.post(`/dossiers/${id}/notities`, { tekst: 'Nummer 06-12340402' });
    expect((await inv.client.get(`/dossiers/${id}/elders-gezien`)).body).toContain('id="elders-gezien"');
    const zvh = await insertOrganisation(t.ctx.db, { name: `ZVH Testregio ${randomUUID().slice(0, 6)}`, kind: 'zvh' });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    // A full share as the old cases form made it (still read by the dossier check; issue 16).
    await t.ctx.db.insert(dossierShares).values({ dossierId: id, organisationId: zvh.id, scope: 'full', purpose: 'zvh_sharing', sharedBy: sup.user.id });
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
    const page = await partner.client.get(`/dossiers/${id}/notities`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nummer 06-12340402');
    expect(page.body).not.toContain('elders-gezien');
    expect((await partner.client.get(`/dossiers/${id}`)).body).not.toContain('elders-gezien');
    expect((await partner.client.get(`/dossiers/${id}/elders-gezien`)).statusCode).toBe(403);
  });
});
