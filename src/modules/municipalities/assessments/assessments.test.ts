import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { municipalityOfficer } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2026-06-15T10:00:00Z') });
  for (let i = 0; i < 6; i++) {
    await t.ctx.database.executor.executeSql(
      `INSERT INTO reports (number, channel, reporter_kind, answers, anonymous, receipt_hash, municipality_code, created_at) VALUES ($1, 'web', 'family', '{}'::jsonb, true, 'x', 'GM0153', '2026-03-0${i + 1}T12:00:00Z')`,
      [`A${i}`],
    );
  }
});
afterAll(async () => {
  await t?.close();
});

const idFrom = (location: string | undefined) => /\/gemeente\/beoordelingen\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] ?? '';

describe('assessments of a municipality', () => {
  it('saves versions, compares with last year, makes an action plan and a PDF; audited', async () => {
    const a = await municipalityOfficer(t, { cbsCode: 'GM0153', region: 'Regio Twente (fictief)' });
    const colleague = await municipalityOfficer(t, { cbsCode: 'GM0153', organisationId: a.organisationId });
    const home = await a.client.get('/gemeente');
    expect(home.body).toContain('Enschede (GM0153)');
    const last = await a.client.post('/gemeente/beoordelingen', { jaar: '2025', samen: 'eigen' });
    expect(last.statusCode).toBe(303);
    const lastId = idFrom(last.headers.location);
    await a.client.get(`/gemeente/beoordelingen/${lastId}`);
    expect((await a.client.post(`/gemeente/beoordelingen/${lastId}`, { versie: '0', a_k2: 'no', n_k2: 'Geen eigen telling in 2025.' })).statusCode).toBe(303);

    const now = await a.client.post('/gemeente/beoordelingen', { jaar: '2026', samen: 'eigen' });
    const id = idFrom(now.headers.location);
    const page = await a.client.get(`/gemeente/beoordelingen/${id}`);
    expect(page.body).toContain('Vorig jaar (2025): Nee — Geen eigen telling in 2025.');
    expect(page.body).toContain('/cijfers?gemeente=GM0153');
    // The counts beside the questions: reports for the municipality this year, CoMensha registrations.
    expect(page.body).toContain('Meldingen over Enschede bij Vangnet in 2026: ≥ 6.');
    expect(page.body).toContain('Aanmeldingen bij CoMensha die Vangnet in 2026 voor uw gemeente deed: nog geen gegevens');
    const saved = await a.client.post(`/gemeente/beoordelingen/${id}`, { versie: '0', a_k2: 'partly', n_k2: 'Telling loopt.', a_k1: 'yes' });
    expect(saved.headers.location).toBe(`/gemeente/beoordelingen/${id}?bewaard=1`);
    // A colleague of the same municipality shares it and sees the saved answers.
    const shared = await colleague.client.get(`/gemeente/beoordelingen/${id}`);
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain('Telling loopt.');
    // Saving on an old version is refused and keeps what was typed.
    const stale = await colleague.client.post(`/gemeente/beoordelingen/${id}`, { versie: '0', a_k2: 'yes', n_k2: 'Mijn late tekst' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Iemand anders heeft deze checklist net opgeslagen');
    expect(stale.body).toContain('Mijn late tekst');

    const bad = await a.client.post(`/gemeente/beoordelingen/${id}/acties`, { vraag: 'k2', actie: '', eigenaar: 'Beleidsadviseur jeugd', klaarOp: '2026-02-31', status: 'todo' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf op wat er moet gebeuren.');
    expect(bad.body).toContain('Schrijf de datum als jjjj-mm-dd');
    expect(bad.body).toContain('Beleidsadviseur jeugd');
    const added = await a.client.post(`/gemeente/beoordelingen/${id}/acties`, { vraag: 'k2', actie: 'Cijfers per kwartaal opvragen', eigenaar: 'Beleidsadviseur jeugd', klaarOp: '2026-06-30', status: 'todo' });
    expect(added.statusCode).toBe(303);
    const withAction = await a.client.get(`/gemeente/beoordelingen/${id}`);
    expect(withAction.body).toContain('Cijfers per kwartaal opvragen');
    expect(withAction.body).toContain('0 / 1');
    const actionId = /action="\/gemeente\/acties\/([0-9a-f-]{36})"/.exec(withAction.body)?.[1];
    const done = await a.client.post(`/gemeente/acties/${actionId}`, { versie: '1', vraag: 'k2', actie: 'Cijfers per kwartaal opvragen', eigenaar: 'Beleidsadviseur jeugd', klaarOp: '2026-06-30', status: 'done' });
    expect(done.statusCode).toBe(303);
    expect((await a.client.get(`/gemeente/beoordelingen/${id}`)).body).toContain('1 / 1');

    const pdf = await a.client.get(`/gemeente/beoordelingen/${id}/rapport.pdf`);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Actieplan');
    expect(text).toContain('Cijfers per kwartaal opvragen');
    expect(text).toContain('Telling loopt.');

    const audit = await t.ctx.database.executor.executeSql("SELECT action FROM audit_events WHERE action LIKE 'assessment.%' ORDER BY seq");
    expect(audit.rows.map((r) => r.action)).toEqual(['assessment.create', 'assessment.save', 'assessment.create', 'assessment.save', 'assessment.action.add', 'assessment.action.update']);
  });

  it('shares a region assessment within the region, and shows nothing of another municipality', async () => {
    const a = await municipalityOfficer(t, { cbsCode: 'GM0164', region: 'Regio Oost (fictief)' });
    const b = await municipalityOfficer(t, { cbsCode: 'GM0141', region: 'Regio Oost (fictief)' });
    const other = await municipalityOfficer(t, { cbsCode: 'GM0363' });
    const region = await a.client.post('/gemeente/beoordelingen', { jaar: '2026', samen: 'regio' });
    const id = idFrom(region.headers.location);
    expect((await b.client.get(`/gemeente/beoordelingen/${id}`)).statusCode).toBe(200);
    expect((await other.client.get(`/gemeente/beoordelingen/${id}`)).statusCode).toBe(404);
    expect((await other.client.get(`/gemeente/beoordelingen/${id}/rapport.pdf`)).statusCode).toBe(404);
    await other.client.get('/gemeente');
    expect((await other.client.post(`/gemeente/beoordelingen/${id}`, { versie: '0', a_k1: 'yes' })).statusCode).toBe(404);
    expect((await other.client.get('/gemeente')).body).not.toContain('Regio Oost');
    // No region of its own: a shared assessment is refused with a clear message.
    const noRegion = await other.client.post('/gemeente/beoordelingen', { jaar: '2026', samen: 'regio' });
    expect(noRegion.statusCode).toBe(400);
    expect(noRegion.body).toContain('hoort (nog) niet bij een regio');
    const badYear = await other.client.post('/gemeente/beoordelingen', { jaar: '1850', samen: 'eigen' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.body).toContain('Kies een jaar tussen');
  });

  it('lets an admin tie an organisation to a CBS code; refuses unknown codes', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const org = await insertOrganisation(t.ctx.db, { name: 'Gemeente Proefdorp (fictief)', kind: 'municipality' });
    const list = await admin.client.get('/beheer/gemeenten');
    expect(list.body).toContain('Gemeente Proefdorp (fictief)');
    const bad = await admin.client.post(`/beheer/gemeenten/${org.id}`, { code: 'GM9999', regio: 'Regio Proef' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies een gemeente uit de lijst van het CBS.');
    expect(bad.body).toContain('value="Regio Proef"');
    const ok = await admin.client.post(`/beheer/gemeenten/${org.id}`, { code: 'GM0193', regio: 'Regio Proef' });
    expect(ok.statusCode).toBe(303);
    const officer = await municipalityOfficer(t, { cbsCode: 'GM0193', organisationId: org.id });
    expect((await officer.client.get('/gemeente')).body).toContain('Zwolle (GM0193)');
  });
});
