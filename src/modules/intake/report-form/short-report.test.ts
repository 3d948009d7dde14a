import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { findIdentity, findReportByNumber, listConsentHistory, listMessages } from '../queries.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, fillShortAndSubmit, SHORT_REPORT, postAndFollow } from '../testing.ts';

/** Issue 14, finding 1: a short way to report in three pages, beside the full guided path (HTTP, no JavaScript). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const hiddenReceipt = (html: string) => /<input type="hidden" name="bewijscode" value="([0-9-]+)"/.exec(html)?.[1];

describe('issue 14: a short way to report', () => {
  it('offers a clear choice on the first page: short (3 steps) or full', async () => {
    const page = (await publicClient(t.publicApp).get('/melden')).body;
    expect(page).toMatch(/<form method="post" action="\/melden\/kort\/start">.*?Kort melden \(3 stappen\)<\/button>/s);
    expect(page).toMatch(/<form method="post" action="\/melden\/start">.*?Uitgebreid melden<\/button>/s);
  });

  it('sends an anonymous report in three pages and stores it; the receipt page offers to add details now', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    expect((await client.post('/melden/kort/start')).headers.location).toBe('/melden/kort/wat');
    const one = (await client.get('/melden/kort/wat')).body;
    expect(one).toContain('Stap 1 van 3');
    expect(one).toContain('name="whatHappened"');
    expect((await client.post('/melden/kort/wat', SHORT_REPORT.wat!)).headers.location).toBe('/melden/kort/gevaar');
    expect((await client.get('/melden/kort/gevaar')).body).toContain('Stap 2 van 3');
    expect((await client.post('/melden/kort/gevaar', SHORT_REPORT.gevaar!)).headers.location).toBe('/melden/kort/contact');
    const three = (await client.get('/melden/kort/contact')).body;
    expect(three).toContain('Stap 3 van 3');
    expect(three).toMatch(/<button[^>]*>Melding versturen<\/button>/);
    const sent = await client.post('/melden/kort/contact', SHORT_REPORT.contact!);
    expect(sent.headers.location).toBe('/melden/ontvangen');
    const receiptPage = (await client.get('/melden/ontvangen')).body;
    const receipt = hiddenReceipt(receiptPage);
    expect(receipt).toMatch(/^[1-9][0-9]{7}(-[0-9]{5}){5}$/);

    const report = await findReportByNumber(t.ctx.db, receipt!.slice(0, 8));
    expect(report?.channel).toBe('web');
    expect(report?.anonymous).toBe(true);
    expect(report?.reporterKind).toBe('victim');
    expect(report?.urgent).toBe(false);
    expect(((report?.answers ?? {}) as Record<string, string>).whatHappened).toContain('mee moet naar een hotel');
    expect(await findIdentity(t.ctx.db, report!.id)).toBeNull();
    // Consent was not asked, so none is recorded (no "no" the reporter never said).
    expect(await listConsentHistory(t.ctx.db, report!.id)).toEqual([]);

    // "Nu meer vertellen" opens the follow-up of this report with the code just shown.
    expect(receiptPage).toContain('Meer vertellen?');
    expect(receiptPage).toMatch(/<form method="post" action="\/mijn-melding">.*?name="bewijscode".*?Nu meer vertellen<\/button>/s);
    expect(receiptPage).toContain('Of later: ga naar &quot;Mijn melding&quot; en vul je bewijscode in.');
    const opened = await client.post('/mijn-melding', { bewijscode: receipt! });
    expect(opened.statusCode).toBe(303);
    const overview = await client.get(opened.headers.location as string);
    expect(overview.body).toContain(report!.number);
    await client.post('/mijn-melding/bericht', { bericht: 'Zijn Snapchat is testvriend_fictief, het hotel is bij Station Voorbeeldstad.' });
    const messages = await listMessages(t.ctx.db, report!.id, ['reporter']);
    expect(messages.map((m) => m.body)).toContain('Zijn Snapchat is testvriend_fictief, het hotel is bij Station Voorbeeldstad.');
  });

  it('keeps what was typed and says what is missing, on every short page', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/kort/start');
    const empty = await postAndFollow(client, '/melden/kort/wat', { whatHappened: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Vertel in een paar woorden wat er gebeurde of wat u zag.');
    await client.post('/melden/kort/wat', { whatHappened: 'Een buurjongen (fictief) wordt steeds opgehaald.' });
    expect((await postAndFollow(client, '/melden/kort/gevaar', {})).body).toContain('Kies of er nu iemand in gevaar is.');
    await client.post('/melden/kort/gevaar', { dangerNow: 'no' });
    const noContact = await postAndFollow(client, '/melden/kort/contact', { anonymous: 'no', name: 'Testbuur Fictief' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.body).toContain('Vul een telefoonnummer of e-mailadres in');
    expect(noContact.body).toContain('Testbuur Fictief');
  });

  it('asks a skipped page first instead of sending an incomplete report', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/kort/start');
    const res = await client.post('/melden/kort/contact', { anonymous: 'yes' });
    expect(res.headers.location).toBe('/melden/kort/wat');
    expect((await client.get('/melden/ontvangen')).statusCode).toBe(404);
  });

  it('marks a short report urgent when there is danger now and shows 112 on page 3', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/kort/start');
    await client.post('/melden/kort/wat', { whatHappened: 'Ik moet vanavond naar een klant (fictief).', reporterKind: 'victim' });
    await client.post('/melden/kort/gevaar', { dangerNow: 'yes' });
    const three = (await client.get('/melden/kort/contact')).body;
    expect(three).toContain('href="tel:112"');
    expect(three).toContain('Je zei dat er nu gevaar is.');
    await client.post('/melden/kort/contact', { anonymous: 'yes' });
    const number = hiddenReceipt((await client.get('/melden/ontvangen')).body)!.slice(0, 8);
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.urgent).toBe(true);
    expect(report?.urgentReason).toBe('danger_now');
  });

  it('makes one report from a double click on "Melding versturen"', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/kort/start');
    await client.post('/melden/kort/wat', SHORT_REPORT.wat!);
    await client.post('/melden/kort/gevaar', SHORT_REPORT.gevaar!);
    const before = (await t.ctx.db.query.reports.findMany()).length;
    const both = await Promise.all([client.post('/melden/kort/contact', { anonymous: 'yes' }), client.post('/melden/kort/contact', { anonymous: 'yes' })]);
    expect(both.map((r) => r.statusCode)).toEqual([303, expect.any(Number)]);
    expect((await t.ctx.db.query.reports.findMany()).length).toBe(before + 1);
  });

  it('stores a contact way when the reporter is not anonymous, encrypted and apart', async () => {
    const { number } = await fillShortAndSubmit(publicClient(t.publicApp), {
      wat: { whatHappened: 'In de kamer naast mij (hotel, fictief) komen steeds andere mannen.', reporterKind: 'hotel' },
      gevaar: { dangerNow: 'no' },
      contact: { anonymous: 'no', name: 'Testhotelier', phone: '06-12348888' },
    });
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.anonymous).toBe(false);
    expect(JSON.stringify(report?.answers)).not.toContain('Testhotelier');
    expect(JSON.parse(t.ctx.keys.decryptText((await findIdentity(t.ctx.db, report!.id))!.identityEnc)).phone).toBe('06-12348888');
  });
});

describe('issue 14: the full guided path stays, and optional steps can be skipped', () => {
  it('still takes a full report with consent', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp), ANONYMOUS_REPORT);
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.reporterKind).toBe('family');
    expect((await listConsentHistory(t.ctx.db, report!.id)).map((c) => `${c.purpose}:${c.granted}`).sort()).toEqual(['care:true', 'police:true', 'zvh:false']);
  });

  it('shows "Sla deze vraag over" on optional steps only, leading onwards without saving', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    const skip = (html: string) => /<a class="utrecht-link" href="([^"]+)">Sla deze vraag over<\/a>/.exec(html)?.[1];
    expect(skip((await client.get('/melden/betrokkenen')).body)).toBe('/melden/online');
    expect(skip((await client.get('/melden/online')).body)).toBe('/melden/waar-wanneer');
    expect(skip((await client.get('/melden/waar-wanneer')).body)).toBe('/melden/bestanden');
    expect(skip((await client.get('/melden/online?terug=controle')).body)).toBe('/melden/controle');
    for (const required of ['wie', 'gevaar', 'wat', 'contact', 'toestemming']) expect(skip((await client.get(`/melden/${required}`)).body)).toBeUndefined();
  });

  it('puts a send button at the top of a complete check page, not only at the bottom', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) await client.post(`/melden/${slug}`, form);
    const check = (await client.get('/melden/controle')).body;
    const first = check.indexOf('action="/melden/versturen"');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(check.indexOf('<section>'));
  });
});
