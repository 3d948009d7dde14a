import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { and, eq } from 'drizzle-orm';
import { accessLog } from '../../audit/testing.ts';
import { auditEvents } from '../../audit/index.ts';
import { findWhereSeen } from '../../identifiers/index.ts';
import { listSubjects } from '../queries/people.ts';
import { createDossierVia, inputValue } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const everything = () => true;

describe('dossier people in the identifier index', () => {
  it('indexes a person’s description on add, and an edit that removes the number removes the occurrence', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    // The form tells a new user that numbers belong in the description (there is no separate phone field).
    expect((await inv.client.get(`/dossiers/${id}/personen`)).body).toContain('Zet hier ook telefoonnummers, e-mailadressen en accounts');
    const add = await inv.client.post(`/dossiers/${id}/personen`, {
      rol: 'suspected_trafficker',
      naam: 'Testman R.',
      aliassen: 'rico_test_vb',
      plaats: 'Zwolle',
      beschrijving: 'Belt vanaf 06-12 34 56 78, rijdt een grijze auto',
    });
    expect(add.statusCode).toBe(303);
    const [subject] = await listSubjects(t.ctx.db, id);
    const source = `${id}/${subject!.id}`;

    const seen = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31612345678', mayOpen: everything });
    const mine = seen?.occurrences.filter((o) => o.source?.id === source) ?? [];
    expect(mine.map((o) => [o.sourceType, o.source?.field, o.place])).toEqual([['dossier_person', 'description', 'Zwolle']]);

    const page = await inv.client.get(`/identificatoren/phone/${encodeURIComponent('+31612345678')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/dossiers/${id}/personen#persoon-${subject!.id}`);

    const form = await inv.client.get(`/dossiers/${id}/personen/${subject!.id}`);
    const edit = await inv.client.post(`/dossiers/${id}/personen/${subject!.id}`, {
      versie: inputValue(form.body, 'versie')!,
      rol: 'suspected_trafficker',
      naam: 'Testman R.',
      aliassen: 'rico_test_vb',
      plaats: 'Zwolle',
      beschrijving: 'Rijdt een grijze auto',
    });
    expect(edit.statusCode).toBe(303);
    const after = await findWhereSeen(t.ctx.db, { kind: 'phone', key: '+31612345678', mayOpen: everything });
    expect(after?.occurrences.some((o) => o.source?.id === source) ?? false).toBe(false);
  });
});

describe('link suggestions on a dossier', () => {
  it('suggests a person in another dossier sharing a phone, records a decision with who and why, and refuses outsiders', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const d1 = await createDossierVia(inv.client);
    const d2 = await createDossierVia(inv.client, { title: 'Meisje 16 jaar, Deventer (test)' });
    await inv.client.post(`/dossiers/${d1}/personen`, { rol: 'suspected_trafficker', naam: 'Testman A.', beschrijving: 'Telefoon 06-1234 0042' });
    await inv.client.post(`/dossiers/${d2}/personen`, { rol: 'suspected_trafficker', naam: 'Testman B.', beschrijving: 'Belt met 0612340042' });
    const [p1] = await listSubjects(t.ctx.db, d1);
    const [p2] = await listSubjects(t.ctx.db, d2);

    expect((await inv.client.get(`/dossiers/${d1}/personen`)).body).toContain(`href="/dossiers/${d1}/koppelingen"`);
    const list = await inv.client.get(`/dossiers/${d1}/koppelingen`);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Testman B.');
    expect(list.body).toContain('+31612340042');
    expect(list.body).toContain('Nog geen besluit');
    const logged = await t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, d1), eq(accessLog.userId, inv.user.id), eq(accessLog.reason, 'link suggestions')));
    expect(logged.length).toBe(1);

    const url = `/dossiers/${d1}/koppelingen/besluit?persoon=${p1!.id}&ander=${encodeURIComponent(`${d2}/${p2!.id}`)}`;
    expect((await inv.client.get(url)).statusCode).toBe(200);
    const bad = await inv.client.post(url, { besluit: 'same', reden: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf op waarom u dit besluit.');
    expect(bad.body).toMatch(/value="same"[^>]*checked/);
    const odd = await inv.client.post(url, { besluit: 'merge-now', reden: 'x'.repeat(3000) });
    expect(odd.statusCode).toBe(400);
    expect(odd.body).toContain('Kies of het dezelfde persoon is.');

    const ok = await inv.client.post(url, { besluit: 'not_same', reden: 'Zelfde nummer, maar andere leeftijd (test)' });
    expect(ok.statusCode).toBe(303);
    const shown = await inv.client.get(String(ok.headers.location));
    expect(shown.body).toContain('Niet dezelfde persoon');
    expect(shown.body).toContain('Zelfde nummer, maar andere leeftijd (test)');
    expect(shown.body).toContain(inv.user.name);
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'link.decide'));
    expect(audit.some((a) => a.actorUserId === inv.user.id)).toBe(true);
    // Nothing merged.
    expect((await listSubjects(t.ctx.db, d1)).every((s) => !s.mergedInto)).toBe(true);
    expect((await inv.client.get(`/dossiers/${d1}/koppelingen`)).body).toContain('Niet dezelfde persoon');

    const outsider = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    expect((await outsider.client.get(`/dossiers/${d1}/koppelingen`)).statusCode).toBe(403);
    expect((await outsider.client.get(url)).statusCode).toBe(403);
    expect((await outsider.client.post(url, { besluit: 'same', reden: 'Poging (test)' })).statusCode).toBe(403);
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner']);
    expect((await partner.client.get(`/dossiers/${d1}/koppelingen`)).statusCode).toBe(403);
  });
});
