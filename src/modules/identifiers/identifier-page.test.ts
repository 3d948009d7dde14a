import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { accessLog } from '../audit/testing.ts';
import { recordOccurrences } from './occurrences/record-occurrences.ts';
import { identifierHref } from './where-seen/source-access.ts';

let t: TestApp;
const reportId = randomUUID();
const PAGE = '/identificatoren/phone/%2B31612345670';

beforeAll(async () => {
  t = await createTestApp();
  await recordOccurrences(t.ctx.db, { source: { type: 'report', id: reportId }, field: 'description', text: 'Hij belt van O6-l234567O.' });
  await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: 'ad-page-1' }, field: 'body', text: 'App 06 1234 5670', place: 'Breda' });
});
afterAll(async () => {
  await t?.close();
});

const accessRows = (recordId: string) =>
  t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordType, 'identifier'), eq(accessLog.recordId, recordId)));

describe('identifier page', () => {
  it('is closed to roles outside investigator, supervisor and analyst', async () => {
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await intake.client.get(PAGE)).statusCode).toBe(403);
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner']);
    expect((await partner.client.get('/identificatoren')).statusCode).toBe(403);
  });

  it('shows where the number was seen, per kind of source, and logs every view', async () => {
    const { client, user } = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const before = (await accessRows('phone:+31612345670')).length;
    const res = await client.get(PAGE);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 keer gezien');
    // The per-kind column counts occurrences, and says so (not "Aantal", which reads as a number of reports).
    expect(res.body).toContain('<th scope="col">Keer gezien</th>');
    expect(res.body).toContain('Advertentie');
    expect(res.body).toContain('Breda (1)');
    // An investigator may open reports: the report is linked, and shown as written.
    expect(res.body).toContain(`href="/meldingen/${reportId}"`);
    expect(res.body).toContain('O6-l234567O');
    // The link chart of this identifier is one click away.
    expect(res.body).toContain('href="/identificatoren/phone/%2B31612345670/verbanden"');
    await client.get(PAGE);
    const rows = await accessRows('phone:+31612345670');
    expect(rows.length).toBe(before + 2);
    expect(rows.at(-1)?.userId).toBe(user.id);
  });

  it('counts but does not link sources the viewer may not open', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const res = await client.get(PAGE);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 keer gezien');
    expect(res.body).not.toContain(reportId);
    expect(res.body).not.toContain('O6-l234567O');
    expect(res.body).toContain('Melding (geen toegang)');
  });

  it('finds an identifier typed in any spelling, and explains when nothing is recognised', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const found = await client.get(`/identificatoren?q=${encodeURIComponent('nul zes 1234 567 nul')}`);
    expect(found.statusCode).toBe(303);
    expect(found.headers.location).toBe(PAGE);
    const bad = await client.get(`/identificatoren?q=${encodeURIComponent('<b>hallo</b>')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('herkennen we geen');
    expect(bad.body).toContain('value="&lt;b&gt;hallo&lt;/b&gt;"');
    expect((await client.get(`/identificatoren?q=${'0'.repeat(301)}`)).statusCode).toBe(400);
  });

  it('opens identifiers whose key holds slashes, such as URLs and accounts', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: 'ad-url-1' }, field: 'body', text: 'zie https://www.ads-voorbeeld.nl/profiel/77/ en tiktok.com/@pagina_test' });
    const url = await client.get(identifierHref('url', 'ads-voorbeeld.nl/profiel/77'));
    expect(url.statusCode).toBe(200);
    expect(url.body).toContain('1 keer gezien');
    expect((await client.get(identifierHref('account', 'tiktok:pagina_test'))).statusCode).toBe(200);
  });

  it('answers 404 for an unknown kind and for an identifier never seen (and logs the look-up)', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await client.get('/identificatoren/schoenmaat/42')).statusCode).toBe(404);
    const unseen = await client.get('/identificatoren/email/niemand%40example.org');
    expect(unseen.statusCode).toBe(404);
    expect(unseen.body).toContain('staat nog nergens');
    expect((await accessRows('email:niemand@example.org')).map((r) => r.action)).toEqual(['search']);
    // A number never seen is titled as people write it, like one that was seen.
    const unseenPhone = await client.get('/identificatoren/phone/%2B31612349876');
    expect(unseenPhone.statusCode).toBe(404);
    expect(unseenPhone.body).toContain('<h1 class="utrecht-heading-1">Telefoonnummer: 06 12349876</h1>');
  });

  it('follows an identifier with the watch button and shows the alert when it turns up again', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const page = await client.get(PAGE);
    const id = /name="id" value="(\d+)"/.exec(page.body)?.[1];
    expect((await client.post('/identificatoren/volgen', { id: String(id), active: 'ja' }, { csrf: false })).statusCode).toBe(403);
    const watch = await client.post('/identificatoren/volgen', { id: String(id), active: 'ja' });
    expect(watch.statusCode).toBe(303);
    expect((await client.get(PAGE)).body).toContain('U volgt deze identificator');

    await recordOccurrences(t.ctx.db, { source: { type: 'decoy_contact', id: 'dc-page-1' }, field: 'message', text: 'mijn nummer is 0612345670' });
    const search = await client.get('/identificatoren');
    expect(search.body).toContain('Weer gezien in: Lokprofiel-contact');
    const alertId = /\/identificatoren\/meldingen\/([0-9a-f-]+)\/gelezen/.exec(search.body)?.[1];
    // The same words as on the monitor's alerts page: the button marks, it does not state.
    expect(search.body).toContain('>Markeer als gelezen</button>');
    expect((await client.post(`/identificatoren/meldingen/${alertId}/gelezen`, {})).statusCode).toBe(303);
    expect((await client.get('/identificatoren')).body).not.toContain('/gelezen"');
  });
});
