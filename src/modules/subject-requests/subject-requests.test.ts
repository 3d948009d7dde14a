import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { testClock } from '../../../test/support/clock.ts';
import { publicClient, signedInAs } from '../../../test/support/factories.ts';
import { pdfText } from '../../../test/support/pdf-text.ts';
import { auditEvents } from '../audit/index.ts';
import { verifyAuditChain } from '../audit/testing.ts';
import { subjects } from '../cases/index.ts';
import { insertDossier } from '../cases/testing.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, withContact } from '../intake/testing.ts';
import { subjectRequestDecisions, subjectRequests } from './schema.ts';

/**
 * Issue 19 point 5 through the real staff server: the privacy officer registers a request, sees
 * the one-month deadline count down on the injected clock, searches the person (one access-log line
 * per search), decides per record, and makes the PDF and JSON answer. The reporter's identity never
 * reaches the person reported — not through the report, not through a dossier note that names them.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
let officerId: string;

// Fictitious people. The reporter is a parent; the person asking is the one they reported.
const REPORTER = { name: 'Testouder Jansen', phone: '06-12349999', email: 'ouder@vangnet.test' };
const REPORTED = { name: 'Testje Verzonnen', phone: '06-12340001', email: 'testje@example.org', handle: 'testje_vb' };
let reportNumber = '';
let personId = '';
let conversationId = '';

const REPORT = withContact({
  ...ANONYMOUS_REPORT,
  betrokkenen: { ...ANONYMOUS_REPORT.betrokkenen, perpetrators: `Jongen genaamd ${REPORTED.name}, zwarte scooter` },
  online: { ...ANONYMOUS_REPORT.online, phones: REPORTED.phone, emails: REPORTED.email, handles: `snapchat: ${REPORTED.handle}` },
});

const register = (client: TestClient, form: Record<string, string>) =>
  client.post('/inzageverzoeken', { soort: 'inzage', naam: '', telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen: '2031-03-09', ...form });

const registered = async (form: Record<string, string>) => {
  const res = await register(officer, form);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return /^\/inzageverzoeken\/([0-9a-f-]{36})\?klaar=nieuw$/.exec(String(res.headers.location))?.[1] as string;
};

/** Rows of a raw query, on PGlite and PostgreSQL alike. */
const rowsOf = async <T,>(query: ReturnType<typeof sql>): Promise<T[]> => (await t.ctx.db.execute(query) as unknown as { rows: T[] }).rows;

const accessLines = async (requestId: string, action: string) =>
  Number((await rowsOf<{ n: number }>(sql`SELECT count(*)::int AS n FROM access_log WHERE record_type = 'subject_request' AND record_id = ${requestId} AND action = ${action}`))[0]?.n);

const decide = (requestId: string, record: string, besluit: string, extra: Record<string, string> = {}) => officer.post(`/inzageverzoeken/${requestId}/besluiten`, { gegeven: record, besluit, grond: '', notitie: '', ...extra });

const answer = (client: TestClient, requestId: string, vorm: 'pdf' | 'json') => client.post(`/inzageverzoeken/${requestId}/antwoord`, { vorm });

beforeAll(async () => {
  t = await createTestApp({ clock });
  const o = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
  officer = o.client;
  officerId = o.user.id;
  reportNumber = (await fillAndSubmit(publicClient(t.publicApp), REPORT)).number;

  const investigator = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  const dossier = await insertDossier(t.ctx.db, { title: 'Testdossier (fictief)', createdBy: investigator.user.id });
  // A careless note naming the reporter: the answer must still not give the reporter away.
  const [p] = await t.ctx.db
    .insert(subjects)
    .values({ dossierId: dossier.id, role: 'suspect', name: REPORTED.name, aliases: 'TJ', place: 'Voorbeeldstad', description: `Gemeld door ${REPORTER.name}, bel ${REPORTER.phone}`, createdBy: investigator.user.id })
    .returning();
  personId = p!.id;

  // A decoy conversation with the same handle, straight into the tables (the decoy flow has its own tests).
  const author = investigator.user.id;
  const scriptId = randomUUID();
  await t.ctx.db.execute(sql`INSERT INTO decoy_scripts (id, script_id, version, kind, variant, text, created_by, created_at) VALUES (${scriptId}, ${randomUUID()}, 1, 'ad', 'A', 'Fictieve advertentietekst', ${author}, now())`);
  const profileId = randomUUID();
  await t.ctx.db.execute(
    sql`INSERT INTO decoy_profiles (id, name, platform, handle, url, stated_age, ad_script_version_id, image_provenance, legal_basis_note, created_by, created_at) VALUES (${profileId}, 'Lokprofiel test', 'chat', 'lok_test', 'https://chat.example.org/lok_test', 15, ${scriptId}, 'none', 'test', ${author}, now())`,
  );
  conversationId = randomUUID();
  await t.ctx.db.execute(
    sql`INSERT INTO decoy_conversations (id, profile_id, state, stated_age, platform, ad_script_version_id, responder_handle, opened_at, head_hash) VALUES (${conversationId}, ${profileId}, 'new', 15, 'chat', ${scriptId}, ${`@${REPORTED.handle}`}, now(), 'x')`,
  );
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('a data-subject request, from registration to answer', () => {
  let requestId = '';

  it('registers a request and shows the one-month deadline, counted down from the clock', async () => {
    requestId = await registered({ naam: REPORTED.name, telefoons: REPORTED.phone, emails: REPORTED.email, accounts: `@${REPORTED.handle}`, controle_notitie: 'Paspoort gezien (test)' });
    const page = await officer.get(`/inzageverzoeken/${requestId}?klaar=nieuw`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Het verzoek is vastgelegd.');
    // Received 9 March, so the answer is due 9 April; on 10 March that is 30 days away.
    expect(page.body).toContain('Uiterlijk antwoorden op 2031-04-09 (nog 30 dagen).');
    expect(page.body).toContain(REPORTED.name);
    const [row] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, requestId));
    // Who asks is stored encrypted: the name is not in the row.
    expect(JSON.stringify(row)).not.toContain(REPORTED.name);
    expect(row?.deadlineOn).toBe('2031-04-09');
    // The start page tells the privacy officer a request waits.
    expect((await officer.get('/')).body).toContain('Verzoeken van betrokkenen zonder antwoord');

    clock.set('2031-04-08T21:30:00.000Z'); // 23:30 in Amsterdam on the 8th: one day left
    expect((await officer.get(`/inzageverzoeken/${requestId}`)).body).toContain('(nog 1 dag)');
    clock.set('2031-04-09T08:00:00.000Z');
    expect((await officer.get(`/inzageverzoeken/${requestId}`)).body).toContain('(vandaag is de laatste dag)');
    clock.set('2031-04-12T08:00:00.000Z');
    const late = await officer.get('/inzageverzoeken');
    expect(late.body).toContain('3 dagen te laat');
    clock.set('2031-03-10T10:00:00.000Z');
  });

  it('finds the person in the report, the dossier, the decoy conversation and the index; each search is one access-log line', async () => {
    const before = await accessLines(requestId, 'search');
    const res = await officer.get(`/inzageverzoeken/${requestId}/zoeken`);
    expect(res.statusCode).toBe(200);
    expect(await accessLines(requestId, 'search')).toBe(before + 1);
    await officer.get(`/inzageverzoeken/${requestId}/zoeken`);
    expect(await accessLines(requestId, 'search')).toBe(before + 2);
    // The line names the request, never what was searched for.
    const lines = await rowsOf<{ reason: string | null }>(sql`SELECT reason FROM access_log WHERE record_id = ${requestId}`);
    expect(JSON.stringify(lines)).not.toContain(REPORTED.name);
    expect(JSON.stringify(lines)).not.toContain('12340001');

    expect(res.body).toContain(`data-record="dossier_person:${personId}"`);
    expect(res.body).toContain(`data-record="decoy_contact:${conversationId}"`);
    const reportRecord = /data-record="(report:[0-9a-f-]{36})"/.exec(res.body)?.[1];
    expect(reportRecord).toBeTruthy();
    expect(res.body).toContain('De persoon wordt in dit gegeven genoemd.');
    // The search page itself never shows the reporter.
    expect(res.body).not.toContain(REPORTER.name);
    expect(res.body).not.toContain(REPORTER.email);
  });

  it('refuses a decision without a ground, or on a record the search did not find, and keeps what was typed', async () => {
    const search = await officer.get(`/inzageverzoeken/${requestId}/zoeken`);
    const reportRecord = /data-record="(report:[0-9a-f-]{36})"/.exec(search.body)?.[1] as string;
    const noGround = await decide(requestId, reportRecord, 'refuse', { notitie: 'Eerst overleg (test)' });
    expect(noGround.statusCode).toBe(400);
    expect(noGround.body).toContain('Kies bij weigeren de wettelijke grond.');
    expect(noGround.body).toContain('Eerst overleg (test)');
    const stranger = await decide(requestId, `report:${randomUUID()}`, 'give');
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('Dit gegeven hoort niet bij de zoekresultaten');
    const noNote = await decide(requestId, `dossier_person:${personId}`, 'correct');
    expect(noNote.statusCode).toBe(400);
    expect(await t.ctx.db.select().from(subjectRequestDecisions).where(eq(subjectRequestDecisions.requestId, requestId))).toEqual([]);
  });

  it('decides per record, and the answer (PDF and JSON) gives what was decided, never the reporter', async () => {
    const search = await officer.get(`/inzageverzoeken/${requestId}/zoeken`);
    const records = [...search.body.matchAll(/data-record="([a-z_]+:[0-9a-f-]{36})"/g)].map((m) => m[1] as string);
    for (const r of records) expect((await decide(requestId, r, 'give')).statusCode).toBe(303);
    // The decoy conversation: first give, then erase (the newest decision counts); erase is queued.
    expect((await decide(requestId, `decoy_contact:${conversationId}`, 'erase')).statusCode).toBe(303);
    const page = await officer.get(`/inzageverzoeken/${requestId}?klaar=besluit`);
    expect(page.body).toContain('Het besluit is vastgelegd.');
    expect(page.body).toContain('data-testid="queued"');
    expect(page.body).toContain('wacht op uitvoering');

    const json = await answer(officer, requestId, 'json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    expect(String(json.headers['content-disposition'])).toContain('attachment; filename="antwoord-avg-2031-03-10.json"');
    const data = JSON.parse(json.body);
    expect(data.format).toBe('vangnet.subject-request-answer.v1');
    expect(data.request).toMatchObject({ kind: 'inzage', receivedOn: '2031-03-09', deadlineOn: '2031-04-09', answeredOn: '2031-03-10' });
    expect(data.erased).toBe(1);
    const types = data.given.map((g: { type: string }) => g.type);
    expect(types).toContain('report');
    expect(types).toContain('dossier_person');
    expect(types).not.toContain('decoy_contact');
    expect(json.body).toContain(REPORTED.name);
    expect(json.body).toContain('testje@example.org');
    for (const secret of [REPORTER.name, REPORTER.email, REPORTER.phone, '12349999', reportNumber]) expect(json.body).not.toContain(secret);
    // The note that named the reporter is shielded, not passed on.
    expect(json.body).toContain('[afgeschermd / withheld]');

    const pdf = await answer(officer, requestId, 'pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Antwoord op uw verzoek');
    expect(text).toContain(REPORTED.name);
    for (const secret of [REPORTER.name, REPORTER.email, '12349999']) expect(text).not.toContain(secret);
    expect(pdf.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
    expect(pdf.rawPayload.toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('keeps the request, the decisions and the answer day; the export itself is not stored', async () => {
    const [row] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, requestId));
    expect(row?.answeredAt?.toISOString()).toBe('2031-03-10T10:00:00.000Z');
    const page = await officer.get(`/inzageverzoeken/${requestId}`);
    expect(page.body).toContain('Beantwoord op 2031-03-10');
    const dump = JSON.stringify(await rowsOf(sql`SELECT * FROM subject_requests`)) + JSON.stringify(await rowsOf(sql`SELECT * FROM subject_request_decisions`));
    expect(dump).not.toContain('testje@example.org');
    expect(dump).not.toContain(REPORTED.name);
    const events = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.targetType, 'subject_request'), eq(auditEvents.targetId, requestId)));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['subject_request.registered', 'subject_request.decided', 'subject_request.answered']));
    expect(JSON.stringify(events)).not.toContain(REPORTED.name);
    const exports = await rowsOf<{ n: number }>(sql`SELECT count(*)::int AS n FROM access_log WHERE action = 'export' AND user_id = ${officerId}`);
    expect(exports[0]?.n).toBeGreaterThanOrEqual(2);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});

describe('the reporter asks for their own data', () => {
  it('with the report number and the same e-mail, the reporter gets their own identity and answers', async () => {
    const id = await registered({ naam: REPORTER.name, emails: REPORTER.email, meldnummer: reportNumber, controle: 'known_contact' });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    expect(search.body).toContain('De persoon is de melder van deze melding.');
    const record = /data-record="(report:[0-9a-f-]{36})"/.exec(search.body)?.[1] as string;
    expect((await decide(id, record, 'give')).statusCode).toBe(303);
    const data = JSON.parse((await answer(officer, id, 'json')).body);
    expect(data.given).toHaveLength(1);
    expect(data.given[0].role).toBe('reporter');
    expect(data.given[0].data.identity.name).toBe(REPORTER.name);
    expect(data.given[0].data.number).toBe(reportNumber);
  });

  it('a report number with somebody else\'s name proves nothing: no reporter role, no identity', async () => {
    const id = await registered({ naam: REPORTED.name, meldnummer: reportNumber });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    expect(search.body).not.toContain('De persoon is de melder van deze melding.');
    for (const m of search.body.matchAll(/data-record="(report:[0-9a-f-]{36})"/g)) await decide(id, m[1] as string, 'give');
    const body = (await answer(officer, id, 'json')).body;
    for (const secret of [REPORTER.name, REPORTER.email, '12349999', reportNumber]) expect(body).not.toContain(secret);
  });
});

describe('refusals keep the ground, not the record', () => {
  it('a refusal on a running investigation shows its ground in the answer and gives nothing of the record', async () => {
    const id = await registered({ naam: REPORTED.name, soort: 'wissen' });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    const record = /data-record="(dossier_person:[0-9a-f-]{36})"/.exec(search.body)?.[1] as string;
    expect((await decide(id, record, 'refuse', { grond: 'criminal_investigation' })).statusCode).toBe(303);
    const data = JSON.parse((await answer(officer, id, 'json')).body);
    expect(data.refusedGrounds).toEqual(['criminal_investigation']);
    expect(data.given.filter((g: { type: string }) => g.type === 'dossier_person')).toEqual([]);
    const pdf = pdfText((await answer(officer, id, 'pdf')).rawPayload);
    expect(pdf).toContain('strafrechtelijk onderzoek');
  });
});
