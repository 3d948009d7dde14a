import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser, publicClient, signedInAs, signIn } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, multipartFile, SAMPLE_PNG, uploadToken, withContact, postAndFollow } from '../testing.ts';
import { receiptText } from '../views/receipt-code.tsx';
import { findReportByNumber, listReportFiles } from '../queries.ts';
import { resetReceiptLimiter } from '../follow-up/receipt-limiter.ts';

let t: TestApp;
let smtp: SMTPServer;
const mails: { to: string[]; body: string }[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
};

describe('staff triage queue', () => {
  it('lists urgent first, then a minor at risk, then the oldest; filters work without JavaScript', async () => {
    const adult = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, betrokkenen: { victimAgeEstimate: '18_plus' } });
    const minor = await fillAndSubmit(publicClient(t.publicApp));
    const urgent = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, gevaar: { dangerNow: 'yes' }, wie: { reporterKind: 'victim' } });
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const page = await client.get('/meldingen');
    expect(page.statusCode).toBe(200);
    const order = [urgent.number, minor.number, adult.number].map((n) => page.body.indexOf(`>${n}<`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const victims = await client.get('/meldingen?melder=victim&kanaal=web&status=&behandelaar=none');
    expect(victims.body).toContain(`>${urgent.number}<`);
    expect(victims.body).not.toContain(`>${adult.number}<`);
    const odd = await client.get('/meldingen?melder=%3Cscript%3E&status=zzz&behandelaar=1%27--');
    expect(odd.statusCode).toBe(200);
  });

  it('alerts supervisors of an urgent report in the app at once and by e-mail', async () => {
    const sup = await createStaffUser(t.ctx, { roles: ['supervisor'], email: 'teamleider-alert@vangnet.test' });
    mails.length = 0;
    const urgent = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, gevaar: { dangerNow: 'yes' } });
    await waitFor(() => mails.some((m) => m.body.includes(urgent.number)));
    const mail = mails.find((m) => m.body.includes(urgent.number));
    expect(mail?.to).toContain('teamleider-alert@vangnet.test');
    expect(mail?.body).not.toContain('dure spullen');
    const client = await signIn(t.ctx, t.staffApp, sup);
    const page = await client.get('/meldingen');
    expect(page.body).toContain('Urgente meldingen');
    expect(page.body).toContain(`>${urgent.number}<`);
  });

  it('keeps partners out and lets investigators read but not change', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp));
    const report = await findReportByNumber(t.ctx.db, number);
    const partner = await signedInAs(t.ctx, t.staffApp, ['admin']);
    expect((await partner.client.get('/meldingen')).statusCode).toBe(403);
    expect((await partner.client.get(`/meldingen/${report!.id}`)).statusCode).toBe(403);
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const page = await inv.client.get(`/meldingen/${report!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('niet wijzigen');
    expect((await inv.client.post(`/meldingen/${report!.id}/status`, { status: 'closed', closeReason: 'duplicate' })).statusCode).toBe(403);
  });

  it('shows answers and identifiers, logs every read, and shows the reporter only to assignee and supervisor', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp), withContact(ANONYMOUS_REPORT));
    const report = await findReportByNumber(t.ctx.db, number);
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const before = await intake.client.get(`/meldingen/${report!.id}`);
    expect(before.body).toContain('dure spullen');
    expect(before.body).toContain('<code>06-12340001</code>');
    expect(before.body).not.toContain('Testouder Jansen');
    expect(before.body).toContain('alleen zichtbaar voor de behandelaar');
    const assign = await postAndFollow(intake.client, `/meldingen/${report!.id}/toewijzen`, { assigneeId: intake.user.id });
    expect(assign.statusCode).toBe(200);
    expect(assign.body).toContain('Testouder Jansen');
    const log = await t.ctx.db.query.accessLog.findMany({ where: (a, { eq }) => eq(a.recordId, report!.id) });
    expect(log.filter((l) => l.recordType === 'report').length).toBeGreaterThanOrEqual(2);
    expect(log.some((l) => l.recordType === 'report_identity' && l.userId === intake.user.id)).toBe(true);
  });

  it('changes status, needs a reason to close, and a message to the reporter shows on the follow-up page', async () => {
    await resetReceiptLimiter(t.ctx);
    const { receipt, number } = await fillAndSubmit(publicClient(t.publicApp));
    const report = await findReportByNumber(t.ctx.db, number);
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    await client.get(`/meldingen/${report!.id}`);
    const noReason = await postAndFollow(client, `/meldingen/${report!.id}/status`, { status: 'closed', closeReason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Kies een reden');
    await client.post(`/meldingen/${report!.id}/status`, { status: 'investigation', closeReason: '' });
    await client.post(`/meldingen/${report!.id}/bericht`, { kind: 'staff', body: 'Weet u de naam van de school?' });
    await client.post(`/meldingen/${report!.id}/bericht`, { kind: 'internal', body: 'Intern: nummer bekend uit andere melding.' });
    const reporter = publicClient(t.publicApp);
    await reporter.get('/mijn-melding');
    await reporter.post('/mijn-melding', { bewijscode: receipt });
    const page = await reporter.get('/mijn-melding/overzicht');
    expect(page.body).toContain('Weet u de naam van de school?');
    expect(page.body).not.toContain('Intern: nummer bekend');
    expect(page.body).toContain('Wij onderzoeken uw melding.');
  });

  it('opens a file only by an audited download, and a possible abuse image loses its content for good', async () => {
    const reporter = publicClient(t.publicApp);
    await reporter.get('/melden');
    await reporter.post('/melden/start');
    const filesPage = await reporter.get('/melden/bestanden');
    const { payload, headers } = multipartFile('chat.png', SAMPLE_PNG);
    const up = await reporter.raw({ method: 'POST', url: `/melden/bestanden?_csrf=${encodeURIComponent(uploadToken(filesPage.body))}`, payload, headers });
    expect(up.statusCode).toBe(303);
    expect((await reporter.get(up.headers.location as string)).body).toContain('Het bestand is toegevoegd');
    const { number } = await fillAndSubmitContinuing(reporter);
    const report = await findReportByNumber(t.ctx.db, number);
    const [file] = await listReportFiles(t.ctx.db, report!.id);
    expect(file?.detectedType).toBe('png');
    const { client, user } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const page = await client.get(`/meldingen/${report!.id}`);
    expect(page.body).not.toContain('<img');
    const opened = await client.post(`/meldingen/${report!.id}/bestanden/${file!.id}/openen`, { reason: 'controle advertentie' });
    expect(opened.headers['content-disposition']).toMatch(/^attachment;/);
    expect(opened.headers['content-type']).toContain('application/octet-stream');
    expect(opened.rawPayload.equals(SAMPLE_PNG)).toBe(true);
    const audit = await t.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.targetId, file!.id) });
    expect(audit.map((a) => a.action)).toContain('report.file.open');
    await client.post(`/meldingen/${report!.id}/bestanden/${file!.id}/misbruik`, { note: 'mogelijk beeld minderjarige' });
    const row = await t.ctx.db.query.reportFiles.findFirst({ where: (f, { eq }) => eq(f.id, file!.id) });
    expect(row?.contentEnc).toBeNull();
    expect(row?.nameEnc).toBeNull();
    expect(row?.state).toBe('locked');
    expect(row?.sha256).toBe(file!.sha256);
    expect(row?.lockedBy).toBe(user.id);
    const again = await client.post(`/meldingen/${report!.id}/bestanden/${file!.id}/openen`, { reason: 'nogmaals' });
    expect(again.statusCode).toBe(404);
    const audit2 = await t.ctx.db.query.auditEvents.findMany({ where: (a, { eq }) => eq(a.targetId, file!.id) });
    expect(audit2.map((a) => a.action)).toContain('report.file.abuse_lock');
  });
});

describe('other channels', () => {
  it('files a phone report for a caller; the caller must replace the receipt on first use', async () => {
    await resetReceiptLimiter(t.ctx);
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const form = await client.get('/meldingen/nieuw');
    const token = /name="token" value="([0-9a-f]+)"/.exec(form.body)![1]!;
    const bad = await postAndFollow(client, '/meldingen/nieuw', { token, reporterKind: 'hotel' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies het kanaal.');
    expect(bad.body).toMatch(/value="hotel"[^>]*checked/);
    const fields = {
      token,
      channel: 'phone',
      reporterKind: 'hotel',
      dangerNow: 'no',
      whatHappened: 'Beller meldt jonge meisjes in kamer 7 met steeds andere mannen.',
      phones: '06-12340077',
      anonymous: 'yes',
      consentPolice: 'yes',
      consentCare: 'no',
      consentZvh: 'no',
    };
    const saved = await postAndFollow(client, '/meldingen/nieuw', fields);
    expect(saved.statusCode).toBe(200);
    const receipt = receiptText(saved.body)!;
    const twice = await postAndFollow(client, '/meldingen/nieuw', fields);
    expect(twice.body).toContain('geen tweede melding');
    const report = await findReportByNumber(t.ctx.db, receipt.slice(0, 8));
    expect(report?.channel).toBe('phone');
    expect(report?.receiptMustChange).toBe(true);
    const caller = publicClient(t.publicApp);
    await caller.get('/mijn-melding');
    const open = await caller.post('/mijn-melding', { bewijscode: receipt });
    expect(open.headers.location).toBe('/mijn-melding/nieuwe-code');
    expect((await caller.get('/mijn-melding/overzicht')).headers.location).toBe('/mijn-melding/nieuwe-code');
    await caller.get('/mijn-melding/nieuwe-code');
    await caller.post('/mijn-melding/nieuwe-code');
    const fresh = receiptText((await caller.get('/mijn-melding/nieuwe-code')).body)!;
    expect(fresh).not.toBe(receipt);
    expect((await caller.get('/mijn-melding/overzicht')).statusCode).toBe(200);
    const other = publicClient(t.publicApp);
    await other.get('/mijn-melding');
    expect((await postAndFollow(other, '/mijn-melding', { bewijscode: receipt })).statusCode).toBe(400);
  });
});

/** Continues a started draft (files already added) to the receipt. */
const fillAndSubmitContinuing = async (client: ReturnType<typeof publicClient>) => {
  for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) await client.post(`/melden/${slug}`, form);
  await client.get('/melden/controle');
  await client.post('/melden/versturen');
  const page = await client.get('/melden/ontvangen');
  const receipt = receiptText(page.body)!;

  return { receipt, number: receipt.slice(0, 8) };
};
