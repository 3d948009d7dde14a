import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { publicClient } from '../../../test/support/factories.ts';
import { intakeModule } from './module.ts';
import { countReports, findIdentity, findReportByNumber } from './queries.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, fillShortAndSubmit, multipartFile, uploadToken, withContact } from './testing.ts';

/**
 * The hard rules of issue 3, each checked against a full dump of the database (every table in every
 * schema, pg-boss included) and every log line the app wrote.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobs: true });
});
afterAll(async () => {
  await t?.close();
});

const dumpDatabase = async (): Promise<string> => {
  const sql = t.ctx.database.executor.executeSql;
  const tables = await sql(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    [],
  );
  expect(tables.rows.length).toBeGreaterThan(10);
  const names = tables.rows.map((r) => `${r.table_schema}.${r.table_name}`);
  expect(names).toEqual(expect.arrayContaining(['public.reports', 'public.report_drafts', 'public.report_files']));
  expect(names.some((n) => n.startsWith('pgboss.'))).toBe(true);
  const parts: string[] = [];
  for (const r of tables.rows) {
    const q = `SELECT row_to_json(t)::text AS j FROM "${String(r.table_schema)}"."${String(r.table_name)}" t`;
    const rows = await sql(q, []);
    for (const row of rows.rows) parts.push(String(row.j));
  }

  return parts.join('\n');
};

const UA = 'VangnetTestBrowser/9.9 (UniekeAgent-5417)';
const IP = '203.0.113.77';

describe('hard rules of the meldpunt', () => {
  it('stores no IP address, user agent or other connection data for an anonymous report (database and logs)', async () => {
    const client = publicClient(t.publicApp, { 'user-agent': UA, 'x-forwarded-for': IP, 'x-real-ip': IP, forwarded: `for=${IP}` });
    // A file too, so the upload path is covered.
    await client.get('/melden');
    await client.post('/melden/start');
    const page = await client.get('/melden/bestanden');
    const { payload, headers } = multipartFile('screenshot.pdf', Buffer.from('%PDF-1.4\nadvertentie\n'));
    await client.raw({ method: 'POST', url: `/melden/bestanden?_csrf=${encodeURIComponent(uploadToken(page.body))}`, payload, headers });
    const { receipt } = await fillAndSubmit(client);
    await client.get('/mijn-melding');
    expect((await client.post('/mijn-melding', { bewijscode: receipt })).statusCode).toBe(303);
    await client.post('/mijn-melding/bericht', { bericht: 'Nog een aanvulling.' });
    const dump = await dumpDatabase();
    expect(dump).toContain('Nog een aanvulling.');
    for (const needle of [UA, 'UniekeAgent', IP]) {
      expect(dump.includes(needle), `database holds ${needle}`).toBe(false);
      expect(t.logs().includes(needle), `logs hold ${needle}`).toBe(false);
    }
    // The connection's real address (inject uses 127.0.0.1) is not kept either.
    expect(dump).not.toContain('127.0.0.1');
    const publicLines = t.logs().split('\n').filter((l) => l.includes('"surface":"public"'));
    expect(publicLines.length).toBeGreaterThan(0);
    expect(publicLines.some((l) => l.includes('127.0.0.1') || l.includes('remoteAddress'))).toBe(false);
  });

  it('stores no IP address or user agent for an anonymous report on the short path either (issue 14)', async () => {
    const ua = 'VangnetKortBrowser/1.0 (KorteAgent-6620)';
    const ip = '198.51.100.41';
    const client = publicClient(t.publicApp, { 'user-agent': ua, 'x-forwarded-for': ip, 'x-real-ip': ip, forwarded: `for=${ip}` });
    const { number } = await fillShortAndSubmit(client);
    expect(await findReportByNumber(t.ctx.db, number)).toBeTruthy();
    const dump = await dumpDatabase();
    for (const needle of [ua, 'KorteAgent', ip]) {
      expect(dump.includes(needle), `database holds ${needle}`).toBe(false);
      expect(t.logs().includes(needle), `logs hold ${needle}`).toBe(false);
    }
    expect(dump).not.toContain('127.0.0.1');
  });

  it('keeps files encrypted at rest: the raw bytes are nowhere in the database', async () => {
    const marker = 'ONVERSLEUTELD-BESTAND-MARKER-8842';
    const content = Buffer.from(`%PDF-1.4\n${marker}\n%%EOF\n`);
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    const page = await client.get('/melden/bestanden');
    const { payload, headers } = multipartFile('bewijs-4711.pdf', content);
    const res = await client.raw({ method: 'POST', url: `/melden/bestanden?_csrf=${encodeURIComponent(uploadToken(page.body))}`, payload, headers });
    expect(res.statusCode).toBe(303);
    await fillAndSubmit(client);
    const dump = await dumpDatabase();
    expect(dump).not.toContain(marker);
    expect(dump).not.toContain(content.toString('base64'));
    expect(dump).not.toContain(content.toString('base64url'));
    expect(dump).not.toContain(content.toString('hex'));
    expect(dump).not.toContain('bewijs-4711');
  });

  it('stores the receipt only as an Argon2id hash', async () => {
    const { receipt, number } = await fillAndSubmit(publicClient(t.publicApp));
    const secret = receipt.slice(9).replace(/-/g, '');
    const report = await findReportByNumber(t.ctx.db, number);
    expect(report?.receiptHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const dump = await dumpDatabase();
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(receipt);
    expect(dump).not.toContain(receipt.slice(9));
    expect(t.logs()).not.toContain(secret);
  });

  it('acknowledges a report only after commit: a failing transaction shows no receipt and stores nothing', async () => {
    const sql = t.ctx.database.executor.executeSql;
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) await client.post(`/melden/${slug}`, form);
    await client.get('/melden/controle');
    const before = await countReports(t.ctx.db);
    // The last write inside the submit transaction fails, after the report row was inserted.
    await sql(`CREATE FUNCTION vn_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: disk full'; END $$`, []);
    await sql(`CREATE TRIGGER vn_test_fail BEFORE INSERT ON report_consents FOR EACH ROW EXECUTE FUNCTION vn_test_fail()`, []);
    try {
      const failed = await client.post('/melden/versturen');
      expect(failed.statusCode).toBe(500);
      expect(failed.body).not.toContain('data-testid="receipt"');
      expect(failed.body).toContain('niet verstuurd');
      expect(await countReports(t.ctx.db)).toBe(before);
      const receiptPage = await client.get('/melden/ontvangen');
      expect(receiptPage.body).not.toContain('data-testid="receipt"');
    } finally {
      await sql('DROP TRIGGER vn_test_fail ON report_consents', []);
      await sql('DROP FUNCTION vn_test_fail()', []);
    }
    // The answers survived; sending again works and gives the receipt.
    const check = await client.get('/melden/controle');
    expect(check.body).toContain('dure spullen');
    const sent = await client.post('/melden/versturen');
    expect(sent.headers.location).toBe('/melden/ontvangen');
    expect((await client.get('/melden/ontvangen')).body).toContain('data-testid="receipt"');
    expect(await countReports(t.ctx.db)).toBe(before + 1);
  });
});

describe('consent history', () => {
  it('cannot be changed or erased, only added to; it goes only with its report', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp));
    const report = await findReportByNumber(t.ctx.db, number);
    const sql = t.ctx.database.executor.executeSql;
    await expect(sql('UPDATE report_consents SET granted = NOT granted WHERE report_id = $1', [report!.id])).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM report_consents WHERE report_id = $1', [report!.id])).rejects.toThrow(/append-only/);
    expect((await sql('SELECT count(*)::int AS n FROM report_consents WHERE report_id = $1', [report!.id])).rows[0]?.n).toBe(3);
    await sql('DELETE FROM reports WHERE id = $1', [report!.id]);
    expect((await sql('SELECT count(*)::int AS n FROM report_consents WHERE report_id = $1', [report!.id])).rows[0]?.n).toBe(0);
  });
});

describe('master key rotation', () => {
  it('re-wraps identities, files and drafts so they still open with the new key', async () => {
    const client = publicClient(t.publicApp);
    await client.get('/melden');
    await client.post('/melden/start');
    const page = await client.get('/melden/bestanden');
    const { payload, headers } = multipartFile('x.pdf', Buffer.from('%PDF-1.4\nrotatie\n'));
    await client.raw({ method: 'POST', url: `/melden/bestanden?_csrf=${encodeURIComponent(uploadToken(page.body))}`, payload, headers });
    const { number, receipt } = await fillAndSubmit(client, withContact(ANONYMOUS_REPORT));
    const report = await findReportByNumber(t.ctx.db, number);
    // A changed receipt waiting in a follow-up session, not shown yet.
    const follow = publicClient(t.publicApp);
    await follow.get('/mijn-melding');
    await follow.post('/mijn-melding', { bewijscode: receipt });
    await follow.get('/mijn-melding/nieuwe-code');
    await follow.post('/mijn-melding/nieuwe-code');
    const oldKey = t.ctx.keys.currentId;
    const newKey = t.ctx.keys.rotate();
    const count = await intakeModule.rewrapSecrets!(t.ctx);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await intakeModule.rewrapSecrets!(t.ctx)).toBe(0);
    const identity = await findIdentity(t.ctx.db, report!.id);
    expect(identity?.identityEnc.split('.')[1]).toBe(newKey);
    expect(identity?.identityEnc.split('.')[1]).not.toBe(oldKey);
    expect(JSON.parse(t.ctx.keys.decryptText(identity!.identityEnc)).name).toBe('Testouder Jansen');
    const file = await t.ctx.db.query.reportFiles.findFirst({ where: (f, { eq }) => eq(f.reportId, report!.id) });
    expect(file?.contentEnc?.split('.')[1]).toBe(newKey);
    expect(t.ctx.keys.decrypt(file!.contentEnc!).toString()).toContain('rotatie');
    const session = await t.ctx.db.query.followUpSessions.findFirst({ where: (f, { eq }) => eq(f.reportId, report!.id) });
    expect(session?.newReceiptEnc?.split('.')[1]).toBe(newKey);
    expect((await follow.get('/mijn-melding/nieuwe-code')).body).toMatch(/data-testid="receipt"><span>[0-9]+-<\/span>/);
  });
});
