import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient } from '../../../../test/support/factories.ts';
import { findDraft, findIdentity, findReportByNumber, listConsentHistory, listIdentifiers } from '../queries.ts';
import { resetReceiptLimiter } from '../follow-up/receipt-limiter.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, withContact, postAndFollow } from '../testing.ts';
import { receiptText } from '../views/receipt-code.tsx';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('public report form', () => {
  it('takes an anonymous report page by page and shows a receipt once', async () => {
    const client = publicClient(t.publicApp);
    const { receipt, number } = await fillAndSubmit(client);
    expect(receipt).toMatch(/^[1-9][0-9]{7}(-[0-9]{5}){5}$/);
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.anonymous).toBe(true);
    expect(report?.channel).toBe('web');
    expect(report?.reporterKind).toBe('family');
    expect(report?.minorAtRisk).toBe(true);
    expect(report?.receiptHash).toMatch(/^\$argon2id\$/);
    expect(await findIdentity(t.ctx.db, report!.id)).toBeNull();
    const ids = await listIdentifiers(t.ctx.db, report!.id);
    expect(ids.map((i) => `${i.kind}:${i.rawValue}`).sort()).toEqual(
      ['email:testje@example.org', 'handle:snapchat: testje_vb', 'phone:+31 6 12340002', 'phone:06-12340001', 'url:https://advertenties.example.org/ad/123'].sort(),
    );
    const consents = await listConsentHistory(t.ctx.db, report!.id);
    expect(consents.map((c) => `${c.purpose}:${c.granted}`).sort()).toEqual(['care:true', 'police:true', 'zvh:false']);
    // Shown once: a second visit says it was shown, without the code.
    const again = await client.get('/melden/ontvangen');
    expect(again.body).not.toContain(receipt);
    expect(again.body).toContain('al een keer getoond');
  });

  it('stores contact details encrypted, apart from the answers', async () => {
    const client = publicClient(t.publicApp);
    const { number } = await fillAndSubmit(client, withContact(ANONYMOUS_REPORT));
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.anonymous).toBe(false);
    expect(JSON.stringify(report?.answers)).not.toContain('Testouder');
    const identity = await findIdentity(t.ctx.db, report!.id);
    expect(identity?.identityEnc).not.toContain('Testouder');
    expect(JSON.parse(t.ctx.keys.decryptText(identity!.identityEnc)).name).toBe('Testouder Jansen');
  });

  it('keeps typed values and shows a Dutch error summary on bad input', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    const res = await postAndFollow(client, '/melden/online', { phones: 'bel me maar\n06-12340003', emails: 'geen-adres' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Er is een problem'.slice(0, 14));
    expect(res.body).toContain('href="#phones"');
    expect(res.body).toContain('dit lijkt geen telefoonnummer');
    expect(res.body).toContain('bel me maar');
    expect(res.body).toContain('geen-adres');
    const missing = await postAndFollow(client, '/melden/wie', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Kies wie u bent.');
  });

  it('keeps answers when going back and shows them on the check page with change links', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    await client.post('/melden/wie', { reporterKind: 'hotel' });
    await client.post('/melden/wat', { whatHappened: 'Kamer 12, steeds andere mannen.' });
    const back = await client.get('/melden/wie');
    expect(back.body).toMatch(/value="hotel"[^>]*checked/);
    const check = await client.get('/melden/controle');
    expect(check.body).toContain('Kamer 12, steeds andere mannen.');
    expect(check.body).toContain('href="/melden/gevaar?terug=controle"');
    const change = await client.post('/melden/wat?terug=controle', { whatHappened: 'Kamer 14.' });
    expect(change.headers.location).toBe('/melden/controle');
  });

  it('sends someone in danger to a "call 112" page first and marks the report urgent', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    await client.post('/melden/wie', { reporterKind: 'victim' });
    const res = await client.post('/melden/gevaar', { dangerNow: 'yes' });
    expect(res.headers.location).toBe('/melden/bel-112');
    const page = await client.get('/melden/bel-112');
    expect(page.body).toContain('href="tel:112"');
    const { number } = await fillAndSubmit(client, { ...ANONYMOUS_REPORT, wie: { reporterKind: 'victim' }, gevaar: { dangerNow: 'yes' } }).catch(async () => {
      throw new Error('flow failed');
    });
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.urgent).toBe(true);
    expect(report?.urgentReason).toBe('danger_now');
  });

  it('never makes two reports from one draft (double click, refresh, back button)', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) await client.post(`/melden/${slug}`, form);
    await client.get('/melden/controle');
    const results = await Promise.all([client.post('/melden/versturen'), client.post('/melden/versturen'), client.post('/melden/versturen')]);
    expect(results.every((r) => r.statusCode === 303)).toBe(true);
    const draft = await findDraft(t.ctx.db, [...(await t.ctx.db.query.reportDrafts.findMany())].at(-1)!.id);
    expect(draft?.submittedReportId).toBeTruthy();
    const rows = await t.ctx.db.query.reports.findMany({ where: (r, { eq }) => eq(r.idempotencyKey, draft!.id) });
    expect(rows).toHaveLength(1);
    const receiptPage = await client.get('/melden/ontvangen');
    expect(receiptPage.body).toContain('data-testid="receipt"');
    // Back to the check page and submit again: told it was sent, no new report.
    const back = await client.get('/melden/controle');
    expect(back.body).toContain('al verstuurd');
    await client.post('/melden/versturen');
    expect(await t.ctx.db.query.reports.findMany({ where: (r, { eq }) => eq(r.idempotencyKey, draft!.id) })).toHaveLength(1);
  });
});

describe('English', () => {
  it('renders every form page in English', async () => {
    const client = publicClient(t.publicApp);
    client.cookies.set('vn_lang', 'en');
    await client.get('/melden');
    await client.post('/melden/start');
    const heads: Record<string, string> = { wie: 'Who are you?', gevaar: 'Is someone in danger right now?', contact: 'Anonymous or with contact details?', toestemming: 'What may we do with your report?', bestanden: 'Send files' };
    for (const [slug, heading] of Object.entries(heads)) {
      const res = await client.get(`/melden/${slug}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(heading);
      expect(res.body).toContain('lang="en"');
    }
    const bad = await postAndFollow(client, '/melden/wie', {});
    expect(bad.body).toContain('Choose who you are.');
    expect((await client.get('/mijn-melding')).body).toContain('Receipt code');
  });
});

describe('follow-up with the receipt', () => {
  it('opens the report with the receipt, sends a message and changes consent (history kept)', async () => {
    await resetReceiptLimiter(t.ctx);
    const reporter = publicClient(t.publicApp);
    const { receipt, number } = await fillAndSubmit(reporter);
    const client = publicClient(t.publicApp);
    await client.get('/mijn-melding');
    const open = await client.post('/mijn-melding', { bewijscode: receipt.replace(/-/g, ' ') });
    expect(open.headers.location).toBe('/mijn-melding/overzicht');
    const page = await client.get('/mijn-melding/overzicht');
    expect(page.body).toContain(`Melding ${number}`);
    expect(page.body).toContain('Wij hebben uw melding ontvangen');
    const sent = await postAndFollow(client, '/mijn-melding/bericht', { bericht: 'Ze is gisteren weer opgehaald.' });
    expect(sent.body).toContain('Ze is gisteren weer opgehaald.');
    await client.get('/mijn-melding/toestemming');
    const consent = await postAndFollow(client, '/mijn-melding/toestemming', { consentPolice: 'no', consentCare: 'yes', consentZvh: 'yes' });
    expect(consent.statusCode).toBe(200);
    const report = await findReportByNumber(t.ctx.db, number);
    const history = await listConsentHistory(t.ctx.db, report!.id);
    expect(history.map((c) => `${c.purpose}:${c.granted}`)).toEqual(expect.arrayContaining(['police:true', 'police:false', 'zvh:false', 'zvh:true']));
    expect(history).toHaveLength(5);
  });

  it('refuses a wrong receipt with growing delays, and a changed receipt replaces the old one', async () => {
    await resetReceiptLimiter(t.ctx);
    const { receipt } = await fillAndSubmit(publicClient(t.publicApp));
    const wrong = `${receipt.slice(0, 9)}00000-00000-00000-00000-00000`;
    const client = publicClient(t.publicApp);
    await client.get('/mijn-melding');
    for (let i = 0; i < 3; i++) {
      const res = await postAndFollow(client, '/mijn-melding', { bewijscode: wrong });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Deze bewijscode klopt niet');
    }
    const waiting = await postAndFollow(client, '/mijn-melding', { bewijscode: receipt });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.body).toMatch(/Wacht \d+ seconden/);
    await resetReceiptLimiter(t.ctx);
    await client.post('/mijn-melding', { bewijscode: receipt });
    await client.get('/mijn-melding/nieuwe-code');
    await client.post('/mijn-melding/nieuwe-code');
    const shown = await client.get('/mijn-melding/nieuwe-code');
    const fresh = receiptText(shown.body);
    expect(fresh).toBeTruthy();
    expect((await client.get('/mijn-melding/nieuwe-code')).body).not.toContain(fresh!);
    const other = publicClient(t.publicApp);
    await other.get('/mijn-melding');
    expect((await postAndFollow(other, '/mijn-melding', { bewijscode: receipt })).statusCode).toBe(400);
    expect((await other.post('/mijn-melding', { bewijscode: fresh! })).statusCode).toBe(303);
  });
});
