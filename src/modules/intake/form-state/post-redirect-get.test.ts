import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { resetReceiptLimiter } from '../follow-up/receipt-limiter.ts';
import { findReportByNumber, listMessages } from '../queries.ts';
import { fillAndSubmit, multipartFile, receiptText } from '../testing.ts';

/**
 * Issue 14 finding 2: every form post on the public side (and the report page's forms on the staff
 * side) answers with a 303 to a GET, never with a page, so Back and reload never send a form again;
 * the GET shows the errors and what was typed (kept server-side, encrypted), also on a reload. A
 * message form carries a token, so the same form sent twice makes one message.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const formToken = (html: string): string => /name="formToken" value="([0-9a-f]{32})"/.exec(html)?.[1] ?? '';

/** Posts, expects a 303 to `to`, and returns that GET twice (the page and its reload). */
const refused = async (client: TestClient, url: string, form: Record<string, string | string[]>, to = url) => {
  const res = await client.post(url, form);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(303);
  expect(res.headers.location).toBe(to);
  const page = await client.get(to);
  const reload = await client.get(to);

  return { page, reload };
};

const openedReport = async () => {
  await resetReceiptLimiter(t.ctx);
  const { receipt, number } = await fillAndSubmit(publicClient(t.publicApp));
  const client = publicClient(t.publicApp);
  await client.get('/mijn-melding');
  expect((await client.post('/mijn-melding', { bewijscode: receipt })).headers.location).toBe('/mijn-melding/overzicht');
  const report = await findReportByNumber(t.ctx.db, number);

  return { client, report: report!, receipt };
};

describe('Post/Redirect/Get on the public report form', () => {
  it('answers a refused step with a redirect to its GET, which shows the errors and the typed text, also on reload', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    // A first post without a draft yet starts one, so the refusal has a place to wait.
    const { page, reload } = await refused(client, '/melden/wie', {});
    for (const p of [page, reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('Kies wie u bent.');
    }
    await client.post('/melden/wie', { reporterKind: 'bystander' });
    const online = await refused(client, '/melden/online?terug=controle', { phones: 'bel me maar', emails: 'geen-adres' });
    for (const p of [online.page, online.reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('bel me maar');
      expect(p.body).toContain('geen-adres');
      expect(p.body).toContain('href="#phones"');
    }
    // Another step shows its own saved answers, without the refused ones.
    expect((await client.get('/melden/wie')).statusCode).toBe(200);
    // Put right: saved, and the errors are gone.
    expect((await client.post('/melden/online?terug=controle', { phones: '06-12340001' })).headers.location).toBe('/melden/controle');
    const again = await client.get('/melden/online');
    expect(again.statusCode).toBe(200);
    expect(again.body).not.toContain('Er is een probleem');
    expect(again.body).toContain('06-12340001');
  });

  it('does the same on the short path and keeps the refused text out of the database in plain text', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/kort/start');
    const typed = 'Fictief: hij neemt mijn telefoon af. '.repeat(200);
    const { page, reload } = await refused(client, '/melden/kort/wat', { whatHappened: typed, reporterKind: 'victim' });
    for (const p of [page, reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('Fictief: hij neemt mijn telefoon af.');
    }
    expect(await dumpDatabase(t.ctx)).not.toContain('hij neemt mijn telefoon af');
  });

  it('answers an upload with a redirect; the files page says once what it met', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    const form = await client.get('/melden/bestanden');
    const csrf = decodeURIComponent(/_csrf=([^"&]+)"/.exec(form.body)?.[1] ?? '');
    const { payload, headers } = multipartFile('programma.exe', Buffer.from([0x4d, 0x5a, 0x00, 0x01]));
    const res = await client.raw({ method: 'POST', url: `/melden/bestanden?_csrf=${encodeURIComponent(csrf)}`, payload, headers });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/melden/bestanden');
    const page = await client.get('/melden/bestanden');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Dit soort bestand nemen wij niet aan');
    expect((await client.get('/melden/bestanden')).body).not.toContain('Dit soort bestand nemen wij niet aan');
  });

  it('answers "versturen" without a draft, and a post after sending, with a redirect to a GET that says so', async () => {
    const stranger = publicClient(t.publicApp);
    await stranger.get('/melden');
    const none = await stranger.post('/melden/versturen');
    expect(none.statusCode).toBe(303);
    expect((await stranger.get(none.headers.location as string)).body).toContain('melden');
    const client = publicClient(t.publicApp);
    await fillAndSubmit(client);
    const late = await client.post('/melden/wat', { whatHappened: 'Nog iets (fictief).' });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toBe('/melden/wat');
  });
});

describe('Post/Redirect/Get and one message per form on /mijn-melding', () => {
  it('refuses a wrong receipt with a redirect; the form shows the typed code and why, also on reload', async () => {
    await resetReceiptLimiter(t.ctx);
    const { receipt } = await fillAndSubmit(publicClient(t.publicApp));
    const wrong = `${receipt.slice(0, 9)}00000-00000-00000-00000-00000`;
    const client = publicClient(t.publicApp);
    await client.get('/mijn-melding');
    const { page, reload } = await refused(client, '/mijn-melding', { bewijscode: wrong });
    for (const p of [page, reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('Deze bewijscode klopt niet');
      expect(p.body).toContain(wrong);
    }
    expect(await dumpDatabase(t.ctx)).not.toContain(wrong);
    // The right code opens the report, and the refusal is gone.
    expect((await client.post('/mijn-melding', { bewijscode: receipt })).headers.location).toBe('/mijn-melding/overzicht');
    await client.post('/mijn-melding/afsluiten');
    expect((await client.get('/mijn-melding')).body).not.toContain('klopt niet');
  });

  it('makes one message of a form sent twice (reload, double click), and two of two forms', async () => {
    const { client, report } = await openedReport();
    const overview = await client.get('/mijn-melding/overzicht');
    const token = formToken(overview.body);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const form = { bericht: 'Ik durf niet te bellen (fictief).', formToken: token };
    const [a, b] = await Promise.all([client.post('/mijn-melding/bericht', form), client.post('/mijn-melding/bericht', form)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(a.headers.location).toBe('/mijn-melding/overzicht');
    expect((await client.post('/mijn-melding/bericht', form)).statusCode).toBe(303);
    const after = await client.get('/mijn-melding/overzicht');
    expect(after.body).toContain('Uw bericht is verstuurd.');
    // The notice is shown once; the page gives a new token for the next message.
    expect((await client.get('/mijn-melding/overzicht')).body).not.toContain('Uw bericht is verstuurd.');
    expect(formToken(after.body)).not.toBe(token);
    expect((await listMessages(t.ctx.db, report.id, ['reporter'])).map((m) => m.body)).toEqual(['Ik durf niet te bellen (fictief).']);
    await client.post('/mijn-melding/bericht', { bericht: 'Ik durf niet te bellen (fictief).', formToken: formToken(after.body) });
    expect(await listMessages(t.ctx.db, report.id, ['reporter'])).toHaveLength(2);
  });

  it('keeps a refused message and consent choice for the GET, also on reload', async () => {
    const { client } = await openedReport();
    const token = formToken((await client.get('/mijn-melding/overzicht')).body);
    const long = `Fictief, te lang. ${'x'.repeat(5001)}`;
    const message = await refused(client, '/mijn-melding/bericht', { bericht: long, formToken: token }, '/mijn-melding/overzicht');
    for (const p of [message.page, message.reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('Uw bericht is te lang');
      expect(p.body).toContain('Fictief, te lang.');
    }
    await client.get('/mijn-melding/toestemming');
    const consent = await refused(client, '/mijn-melding/toestemming', { consentPolice: 'no' });
    for (const p of [consent.page, consent.reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toMatch(/name="consentPolice" value="no" checked/);
      expect(p.body).toContain('href="#consentCare"');
    }
    // The refused message is still there while the consent form was refused.
    expect((await client.get('/mijn-melding/overzicht')).body).toContain('Fictief, te lang.');
    const saved = await client.post('/mijn-melding/toestemming', { consentPolice: 'no', consentCare: 'yes', consentZvh: 'no' });
    expect(saved.headers.location).toBe('/mijn-melding/overzicht');
    expect((await client.get('/mijn-melding/overzicht')).body).toContain('Uw keuzes zijn opgeslagen.');
  });
});

describe('Post/Redirect/Get and one message per form on the staff report page', () => {
  it('makes one message of a form sent twice, keeps a refused one with its kind, and records a repeated assignment once', async () => {
    const { report } = await openedReport();
    const { client, user } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const page = await client.get(`/meldingen/${report.id}`);
    const token = formToken(page.body);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const form = { kind: 'staff', body: 'Weet u de naam van de school? (fictief)', formToken: token };
    const sent = await client.post(`/meldingen/${report.id}/bericht`, form);
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/meldingen/${report.id}`);
    await client.post(`/meldingen/${report.id}/bericht`, form);
    expect((await listMessages(t.ctx.db, report.id, ['staff'])).map((m) => m.body)).toEqual(['Weet u de naam van de school? (fictief)']);
    expect((await client.get(`/meldingen/${report.id}`)).body).toContain('Opgeslagen');

    const empty = await refused(client, `/meldingen/${report.id}/bericht`, { kind: 'staff', body: '   ', formToken: token }, `/meldingen/${report.id}`);
    for (const p of [empty.page, empty.reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toMatch(/value="staff" checked/);
    }

    for (let i = 0; i < 2; i++) expect((await client.post(`/meldingen/${report.id}/toewijzen`, { assigneeId: user.id })).statusCode).toBe(303);
    const audit = await t.ctx.db.query.auditEvents.findMany({ where: (a, { and, eq }) => and(eq(a.targetId, report.id), eq(a.action, 'report.assign')) });
    expect(audit).toHaveLength(1);
    const bad = await refused(client, `/meldingen/${report.id}/toewijzen`, { assigneeId: '00000000-0000-4000-8000-000000000000' }, `/meldingen/${report.id}`);
    expect(bad.page.statusCode).toBe(400);
  });

  it('answers the staff form "melding voor een beller" with redirects: typed values kept on reload, the receipt once, one report of two posts', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const form = await client.get('/meldingen/nieuw');
    const token = /name="token" value="([0-9a-f]{32})"/.exec(form.body)?.[1] ?? '';
    const typed = { token, reporterKind: 'hotel', whatHappened: 'Beller ziet steeds andere mannen bij kamer 12 (fictief).', signals: ['behaviour', 'relations'], phones: '06-12340066' };
    const bad = await refused(client, '/meldingen/nieuw', typed);
    for (const p of [bad.page, bad.reload]) {
      expect(p.statusCode).toBe(400);
      expect(p.body).toContain('Kies het kanaal.');
      expect(p.body).toMatch(/value="hotel"[^>]*checked/);
      expect(p.body).toMatch(/value="behaviour"[^>]*checked/);
      expect(p.body).toMatch(/value="relations"[^>]*checked/);
      expect(p.body).toContain('Beller ziet steeds andere mannen bij kamer 12 (fictief).');
      expect(p.body).toContain('06-12340066');
      expect(p.body).toContain(`name="token" value="${token}"`);
    }
    // Typed text waits encrypted, like the public forms' drafts.
    expect(await dumpDatabase(t.ctx)).not.toContain('andere mannen bij kamer 12');

    const complete = { ...typed, channel: 'phone', dangerNow: 'no', anonymous: 'yes', consentPolice: 'yes', consentCare: 'no', consentZvh: 'no' };
    const saved = await client.post('/meldingen/nieuw', complete);
    expect(saved.statusCode).toBe(303);
    const to = String(saved.headers.location);
    expect(to).toMatch(/^\/meldingen\/[0-9a-f-]{36}\/bewijscode$/);
    const shown = await client.get(to);
    const receipt = receiptText(shown.body) ?? '';
    expect(shown.body).toContain('Geef de melder deze bewijscode');
    const reload = await client.get(to);
    expect(reload.statusCode).toBe(200);
    expect(reload.body).toContain('één keer getoond');
    expect(reload.body).not.toContain('Geef de melder deze bewijscode');
    // The empty form is back for the next caller.
    expect((await client.get('/meldingen/nieuw')).body).not.toContain('kamer 12');

    const twice = await client.post('/meldingen/nieuw', complete);
    expect(twice.headers.location).toBe(to);
    expect((await client.get(to)).body).toContain('geen tweede melding');
    expect(receipt.length).toBeGreaterThan(20);
    const number = receipt.slice(0, 8);
    expect((await findReportByNumber(t.ctx.db, number))?.channel).toBe('phone');
  });
});
