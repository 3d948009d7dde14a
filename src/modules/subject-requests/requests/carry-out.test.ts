import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { dossierReports, subjects } from '../../cases/index.ts';
import { insertDossier, insertTestReport } from '../../cases/testing.ts';
import { evidenceItems } from '../../evidence/index.ts';
import { addEvidenceFile } from '../../evidence/testing.ts';
import { identifierOccurrences, recordOccurrences } from '../../identifiers/index.ts';
import { reports } from '../../intake/index.ts';

/**
 * Issue 19: erase and restrict decisions carried out through the owning module's `subjectRecords`
 * hook. A report is erased with its index occurrences (nothing of it left in a full dump); a report
 * in a dossier goes with the dossier (refused: kept); a person in a dossier under a legal hold and an
 * evidence item are refused with their reason; what no module can do (restrict, a decoy
 * conversation) stays queued. Each outcome is a new decision row and an audit event.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
const NAME = 'Testje Wisverzoek';
const PHONE = '06-12345555';
const MARKER = 'WISMARKER7Q';
const ids = { loose: '', inDossier: '', person: '', evidence: '', held: '' };

const register = async () => {
  const res = await officer.post('/inzageverzoeken', { soort: 'wissen', naam: NAME, telefoons: PHONE, emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen: '2031-03-09' });
  expect(res.statusCode).toBe(303);
  return /^\/inzageverzoeken\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))?.[1] as string;
};
const decide = (id: string, record: string, besluit: string) => officer.post(`/inzageverzoeken/${id}/besluiten`, { gegeven: record, besluit, grond: '', notitie: '' });
const carryOut = (id: string, record: string) => officer.post(`/inzageverzoeken/${id}/uitvoeren`, { gegeven: record });
const executionOf = (body: string, record: string) => new RegExp(`data-record="${record}">(?:(?!</tr>).)*?data-testid="execution">([^<]*)<`, 's').exec(body)?.[1];

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  const loose = await insertTestReport(t.ctx, { perpetrators: `${NAME} ${MARKER}` });
  ids.loose = loose.id;
  await recordOccurrences(t.ctx.db, { source: { type: 'report', id: loose.id }, field: 'phones', text: PHONE });
  const dossier = await insertDossier(t.ctx.db, { title: 'Dossier (fictief)', createdBy: inv.user.id });
  const inDossier = await insertTestReport(t.ctx, { perpetrators: `${NAME} (in dossier)` });
  ids.inDossier = inDossier.id;
  await t.ctx.db.insert(dossierReports).values({ dossierId: dossier.id, reportId: inDossier.id, linkedBy: inv.user.id });
  const held = await insertDossier(t.ctx.db, { title: 'Dossier onder bewaarplicht (fictief)', createdBy: inv.user.id });
  ids.held = held.id;
  const [person] = await t.ctx.db.insert(subjects).values({ dossierId: held.id, role: 'suspect', name: NAME, createdBy: inv.user.id }).returning();
  ids.person = person?.id as string;
  await t.ctx.db.execute(sql`INSERT INTO legal_holds (id, dossier_id, reason, review_on, placed_by, placed_at) VALUES (${randomUUID()}, ${held.id}, 'Strafzaak loopt (test)', '2032-01-01', ${inv.user.id}, now())`);
  const evidence = await addEvidenceFile(t.ctx, { actor: { id: inv.user.id, name: 'Test' }, bytes: Buffer.from('Bewijs (fictief)'), title: 'Bewijsstuk (fictief)', sourceDescription: 'Test', dossierId: dossier.id });
  ids.evidence = evidence.id;
  await recordOccurrences(t.ctx.db, { source: { type: 'evidence', id: evidence.id }, field: 'text', text: PHONE });
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('carrying out erase and restrict decisions', () => {
  it('erases a report with its index occurrences; refuses a report in a dossier, a held dossier person and evidence, with the reason', async () => {
    const id = await register();
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    for (const r of [`report:${ids.loose}`, `report:${ids.inDossier}`, `dossier_person:${ids.person}`, `evidence:${ids.evidence}`]) {
      expect(search.body).toContain(`data-record="${r}"`);
      expect((await decide(id, r, 'erase')).statusCode).toBe(303);
    }
    const page = await officer.get(`/inzageverzoeken/${id}`);
    expect(page.body.split('Nu uitvoeren').length - 1).toBe(4);

    const done = await carryOut(id, `report:${ids.loose}`);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/inzageverzoeken/${id}?klaar=uitgevoerd#besluiten`);
    expect(await t.ctx.db.select().from(reports).where(eq(reports.id, ids.loose))).toEqual([]);
    expect(await t.ctx.db.select().from(identifierOccurrences).where(eq(identifierOccurrences.sourceId, ids.loose))).toEqual([]);
    expect(await dumpDatabase(t.ctx)).not.toContain(MARKER);

    for (const r of [`report:${ids.inDossier}`, `dossier_person:${ids.person}`, `evidence:${ids.evidence}`]) {
      const res = await carryOut(id, r);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/inzageverzoeken/${id}?klaar=geweigerd#besluiten`);
    }
    expect(await t.ctx.db.select().from(reports).where(eq(reports.id, ids.inDossier))).toHaveLength(1);
    expect(await t.ctx.db.select().from(subjects).where(eq(subjects.id, ids.person))).toHaveLength(1);
    expect(await t.ctx.db.select().from(evidenceItems).where(eq(evidenceItems.id, ids.evidence))).toHaveLength(1);

    const after = await officer.get(`/inzageverzoeken/${id}?klaar=geweigerd`);
    expect(after.body).toContain('Het besluit is niet uitgevoerd.');
    expect(executionOf(after.body, `report:${ids.loose}`)).toBe('uitgevoerd');
    expect(executionOf(after.body, `report:${ids.inDossier}`)).toBe('niet uitgevoerd: het gegeven hoort bij een dossier en gaat mee met het dossier');
    expect(executionOf(after.body, `dossier_person:${ids.person}`)).toBe('niet uitgevoerd: het dossier valt onder een juridische bewaarplicht');
    expect(executionOf(after.body, `evidence:${ids.evidence}`)).toBe('niet uitgevoerd: bewijs wordt nooit gewist');
    expect(after.body).not.toContain('Nu uitvoeren');
    // Carried out once: a second try is refused.
    expect((await carryOut(id, `report:${ids.loose}`)).statusCode).toBe(400);
    // The answer still counts the erase decisions; the audit events hold no content.
    const answer = JSON.parse((await officer.post(`/inzageverzoeken/${id}/antwoord`, { vorm: 'json' })).body);
    expect(answer.erased).toBe(4);
    const events = (await t.ctx.db.execute(sql`SELECT details::text AS d FROM audit_events WHERE action = 'subject_request.carried_out' AND target_id = ${id}`)) as unknown as { rows: Array<{ d: string }> };
    expect(events.rows).toHaveLength(4);
    expect(JSON.stringify(events.rows)).not.toContain(NAME);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('restrict, and erase where no module can carry it out, stay queued with a message', async () => {
    const id = await register();
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    const report = `report:${ids.inDossier}`;
    expect(search.body).toContain(`data-record="${report}"`);
    expect((await decide(id, report, 'restrict')).statusCode).toBe(303);
    const res = await carryOut(id, report);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Vangnet kan dit nog niet zelf uitvoeren.');
    expect(executionOf(res.body, report)).toBe('vastgelegd; wacht op uitvoering door de beheerder van het gegeven');
    // A correction is done by hand: no button.
    expect((await officer.post(`/inzageverzoeken/${id}/besluiten`, { gegeven: report, besluit: 'correct', grond: '', notitie: 'Naam anders (test)' })).statusCode).toBe(303);
    expect((await officer.get(`/inzageverzoeken/${id}`)).body).toContain('Dit doet een medewerker met de hand.');
    expect((await carryOut(id, report)).statusCode).toBe(400);
  });
});
