import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { accessLog } from '../../audit/testing.ts';
import { dossierShares } from '../schema.ts';
import { createDossierVia, insertTestReport } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('Dutch text search over reports and dossiers', () => {
  it('finds dossiers by stemmed Dutch words in title, people, signals and notes, only for those who may open them', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client, { title: 'Tienermeisje Deventer (test)' });
    await owner.client.get(`/dossiers/${id}/signalen`);
    await owner.client.post(`/dossiers/${id}/signalen`, { groep: 'behaviour', soort: 'fact', tekst: 'Zij wordt steeds opgehaald met scooters', bron: 'Buurman' });
    await owner.client.post(`/dossiers/${id}/notities`, { tekst: 'Gesprek over de vriendjes gepland' });
    await owner.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Testman Zwartebroek', aliassen: 'zb_test' });

    for (const q of ['scooter', 'Deventer', 'vriendjes', 'Zwartebroek', 'gesprekken']) {
      const res = await owner.client.get(`/dossiers/zoeken?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.body, q).toContain(`/dossiers/${id}`);
    }
    const other = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const none = await other.client.get('/dossiers/zoeken?q=scooter');
    expect(none.statusCode).toBe(200);
    expect(none.body).not.toContain(`/dossiers/${id}`);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await sup.client.get('/dossiers/zoeken?q=scooter')).body).toContain(`/dossiers/${id}`);

    // A partner with a summary share finds it through a signal, not through a note.
    const org = await insertOrganisation(t.ctx.db, { name: 'Zorgaanbieder Zoek (fictief)', kind: 'care' });
    await t.ctx.db.insert(dossierShares).values({ dossierId: id, organisationId: org.id, scope: 'summary', purpose: 'care_referral', sharedBy: sup.user.id });
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: org.id });
    expect((await partner.client.get('/dossiers/zoeken?q=scooter')).body).toContain(`/dossiers/${id}`);
    expect((await partner.client.get('/dossiers/zoeken?q=vriendjes')).body).not.toContain(`/dossiers/${id}`);

    const logged = await t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, id), eq(accessLog.userId, sup.user.id), eq(accessLog.action, 'search')));
    expect(logged.length).toBe(1);
  });

  it('finds reports by their narrative for report readers, never for partners', async () => {
    const report = await insertTestReport(t.ctx, { whatHappened: 'Mijn nichtje krijgt dure cadeaus van een oudere jongen' });
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const res = await inv.client.get('/dossiers/zoeken?q=nichtje');
    expect(res.body).toContain(report.number);
    const org = await insertOrganisation(t.ctx.db, { name: 'Politie Zoek (fictief)', kind: 'police' });
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: org.id });
    expect((await partner.client.get('/dossiers/zoeken?q=nichtje')).body).not.toContain(report.number);
  });

  it('answers odd queries without an error', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    for (const q of ['!!', '& | !', "'; DROP TABLE dossiers; --", 'de het een', '😀😀', '-"a"', 'a'.repeat(200)]) {
      const res = await inv.client.get(`/dossiers/zoeken?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
    expect((await inv.client.get('/dossiers/zoeken?q=a')).statusCode).toBe(400);
    const long = await inv.client.get(`/dossiers/zoeken?q=${'b'.repeat(300)}`);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Dit is te lang');
  });
});
