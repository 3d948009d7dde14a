import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { identifierOccurrences, identifiers, forgetSource } from '../../identifiers/index.ts';
import { findReportByNumber } from '../queries.ts';
import { reindexReports } from './reindex-reports.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, postAndFollow, withContact } from '../testing.ts';

/** Issue 5 point 2: reports feed the identifier index by themselves, without the reporter's own details. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const occurrencesOf = (reportId: string) =>
  t.ctx.db
    .select({ field: identifierOccurrences.field, key: identifiers.key, raw: identifierOccurrences.raw, place: identifierOccurrences.place, seenAt: identifierOccurrences.seenAt })
    .from(identifierOccurrences)
    .innerJoin(identifiers, eq(identifiers.id, identifierOccurrences.identifierId))
    .where(eq(identifierOccurrences.sourceId, reportId));

describe('reports in the identifier index', () => {
  it('indexes the answers of a web report, one field per answer, with the report time and place', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp), {
      ...ANONYMOUS_REPORT,
      wat: { whatHappened: 'Hij appt haar vanaf nul zes 1234 0077 en noemt zich testje_vb.', signals: [] },
    });
    const report = await findReportByNumber(t.ctx.db, number);
    if (!report) throw new Error('no report');
    const rows = await occurrencesOf(report.id);
    const keys = rows.map((r) => `${r.field}=${r.key}`).sort();
    expect(keys).toEqual(
      expect.arrayContaining([
        'whatHappened=+31612340077',
        'phones=+31612340001',
        'phones=+31612340002',
        'emails=testje@example.org',
        'urls=advertenties.example.org/ad/123',
        'handles=snapchat:testje_vb',
      ]),
    );
    expect(rows.every((r) => r.place === 'Station Voorbeeldstad')).toBe(true);
    expect(rows.every((r) => r.seenAt.getTime() === report.createdAt.getTime())).toBe(true);
  });

  it('never indexes the reporter’s own name, phone number or e-mail address', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp), withContact(ANONYMOUS_REPORT));
    const report = await findReportByNumber(t.ctx.db, number);
    if (!report) throw new Error('no report');
    const rows = await occurrencesOf(report.id);
    expect(rows.length).toBeGreaterThan(3);
    const all = JSON.stringify(await t.ctx.db.select().from(identifiers)) + JSON.stringify(await t.ctx.db.select().from(identifierOccurrences));
    for (const needle of ['+31612349999', '12349999', 'ouder@vangnet.test', 'Testouder', 'Jansen']) expect(all, needle).not.toContain(needle);
  });

  it('indexes a report staff file for a caller, without the caller’s own number', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const form = await client.get('/meldingen/nieuw');
    const token = /name="token" value="([0-9a-f]+)"/.exec(form.body)?.[1] ?? '';
    const saved = await postAndFollow(client, '/meldingen/nieuw', {
      token,
      channel: 'phone',
      reporterKind: 'hotel',
      dangerNow: 'no',
      whatHappened: 'Beller ziet steeds een man die belt met O6-1234OO88.',
      phones: '06-12340099',
      anonymous: 'no',
      name: 'Beller Testhotel',
      phone: '06-12348888',
      consentPolice: 'yes',
      consentCare: 'no',
      consentZvh: 'no',
    });
    expect(saved.statusCode, saved.body.slice(0, 500)).toBe(200);
    const reportId = /href="\/meldingen\/([0-9a-f-]{36})"/.exec(saved.body)?.[1] ?? '';
    const keys = (await occurrencesOf(reportId)).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['+31612340088', '+31612340099']));
    expect(keys).not.toContain('+31612348888');
  });

  it('indexes what the reporter adds later, but not staff messages or internal notes', async () => {
    const client = publicClient(t.publicApp);
    const { receipt, number } = await fillAndSubmit(client);
    const report = await findReportByNumber(t.ctx.db, number);
    if (!report) throw new Error('no report');
    await client.get('/mijn-melding');
    expect((await client.post('/mijn-melding', { bewijscode: receipt })).statusCode).toBe(303);
    expect((await client.post('/mijn-melding/bericht', { bericht: 'Hij heeft nu ook 06-12340055.' })).statusCode).toBe(303);
    const staff = await signedInAs(t.ctx, t.staffApp, ['intake']);
    await staff.client.get(`/meldingen/${report.id}`);
    for (const kind of ['staff', 'internal']) {
      const res = await staff.client.post(`/meldingen/${report.id}/bericht`, { body: 'Gebeld met 06-12340066.', kind });
      expect(res.statusCode).toBe(303);
      expect((await staff.client.get(res.headers.location as string)).body).toContain('Gebeld met 06-12340066.');
    }
    const keys = (await occurrencesOf(report.id)).map((r) => r.key);
    expect(keys).toContain('+31612340055');
    expect(keys).not.toContain('+31612340066');
  });

  it('re-indexes stored reports (from before the index, or after a failure), and running it twice changes nothing', async () => {
    const client = publicClient(t.publicApp);
    const { receipt, number } = await fillAndSubmit(client);
    const report = await findReportByNumber(t.ctx.db, number);
    if (!report) throw new Error('no report');
    await client.get('/mijn-melding');
    await client.post('/mijn-melding', { bewijscode: receipt });
    await client.post('/mijn-melding/bericht', { bericht: 'Nieuw nummer: 06-12340044.' });
    const before = (await occurrencesOf(report.id)).map((r) => `${r.field}=${r.key}`).sort();
    await forgetSource(t.ctx.db, { type: 'report', id: report.id });
    expect(await occurrencesOf(report.id)).toHaveLength(0);
    const run = await reindexReports(t.ctx);
    expect(run.reports).toBeGreaterThanOrEqual(1);
    const after = (await occurrencesOf(report.id)).map((r) => `${r.field}=${r.key}`).sort();
    expect(after).toEqual(before);
    expect(after.some((k) => k.endsWith('=+31612340044'))).toBe(true);
    const total = (await t.ctx.db.select().from(identifierOccurrences)).length;
    await reindexReports(t.ctx);
    expect((await t.ctx.db.select().from(identifierOccurrences)).length).toBe(total);
  });
});
