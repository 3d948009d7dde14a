import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { accessLog } from '../audit/testing.ts';
import { auditEvents } from '../audit/index.ts';
import { sha256Hex } from './hash.ts';
import { verifySignedPackage } from './package/verify-signed-package.ts';
import { findEvidenceItem } from './queries.ts';
import { startTestSite, type TestSite } from './testing/test-site.ts';

let app: TestApp;
let site: TestSite;

beforeAll(async () => {
  app = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  site = await startTestSite();
});

afterAll(async () => {
  await site?.close();
  await app?.close();
});

/** A multipart body with an optional file and text fields, as a browser sends it. */
const multipart = (fields: Record<string, string>, file?: { name: string; bytes: Buffer }) => {
  const boundary = `----vangnetbewijs${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestand"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));

  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

const uploadAction = (html: string) => (/action="(\/bewijs\/bestand\?_csrf=[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');

describe('evidence pages for staff', () => {
  it('are closed to roles other than investigator and supervisor', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['intake']);
    expect((await client.get('/bewijs')).statusCode).toBe(403);
    expect((await client.get('/bewijs/webpagina')).statusCode).toBe(403);
    expect((await client.post('/bewijs/webpagina', { url: `${site.base}/plain` })).statusCode).toBe(403);
    expect(site.hits('/plain')).toBe(0);
  });

  it('capture: a bad address re-renders the form with a clear message and keeps what was typed', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    expect((await client.get('/bewijs/webpagina')).statusCode).toBe(200);
    const res = await client.post('/bewijs/webpagina', { url: 'file:///etc/passwd', title: 'Mijn titel <b>', source: 'Tip van collega (test)' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Alleen webpagina’s met een adres dat begint met http:// of https://');
    expect(res.body).toContain('value="file:///etc/passwd"');
    expect(res.body).toContain('value="Mijn titel &lt;b&gt;"');
    expect(res.body).toContain('Tip van collega (test)');
    const long = await client.post('/bewijs/webpagina', { url: `https://example.org/${'a'.repeat(5000)}` });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Dit adres is te lang');
  });

  it('capture through the form: item page with hashes, logged as a view, and a file opened only with a reason', async () => {
    const { client, user } = await signedInAs(app.ctx, app.staffApp, ['investigator']);
    const res = await client.post('/bewijs/webpagina', { url: `${site.base}/plain`, title: 'Tekstpagina', source: 'Test' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
    const location = String(res.headers.location);
    const id = /^\/bewijs\/([0-9a-f-]{36})/.exec(location)?.[1] as string;
    const item = await findEvidenceItem(app.ctx.db, id);
    expect(item?.addedBy).toBe(user.id);

    const page = await client.get(location);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(item?.sha256);
    // At 320 px wide a table scrolls inside its own box instead of widening the page.
    expect(page.body.match(/<table/g)?.length).toBe(page.body.match(/<div class="vn-table-wrap" tabindex="0" role="region"[^>]*><table/g)?.length);
    expect(page.body).toContain('Dit adres gaf tekst, geen webpagina (HTML)');
    expect(page.body).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
    const views = await app.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'custody.view')));
    expect(views.length).toBe(1);
    expect(await app.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, id), eq(accessLog.action, 'view')))).toHaveLength(1);

    const noReason = await client.post(`/bewijs/${id}/openen`, { part: 'original', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Vul in waarom u het bestand opent.');

    const opened = await client.post(`/bewijs/${id}/openen`, { part: 'original', reason: 'beoordelen (test)' });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toBe('application/octet-stream');
    expect(String(opened.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(sha256Hex(opened.rawPayload)).toBe(item?.sha256);
    const downloads = await app.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, id), eq(accessLog.action, 'download')));
    expect(downloads).toMatchObject([{ reason: 'beoordelen (test)' }]);

    const noPackageReason = await client.post(`/bewijs/${id}/pakket`, { packageReason: '' });
    expect(noPackageReason.statusCode).toBe(400);
    expect(noPackageReason.body).toContain('Vul in waarom u het pakket maakt.');
    expect(noPackageReason.body).not.toContain('Vul in waarom u het bestand opent.');
    const pkg = await client.post(`/bewijs/${id}/pakket`, { packageReason: 'naar de politie (test)' });
    expect(pkg.statusCode).toBe(200);
    expect(pkg.headers['content-type']).toBe('application/zip');
    expect(verifySignedPackage(pkg.rawPayload)).toMatchObject({ ok: true });
    const exports = await app.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'custody.export')));
    expect(exports[0]?.details).toMatchObject({ packageSha256: sha256Hex(pkg.rawPayload), reason: 'naar de politie (test)' });

    expect((await client.get('/bewijs')).body).toContain('Tekstpagina');
    expect((await client.get('/bewijs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/bewijs/geen-uuid')).statusCode).toBe(404);
  });

  it('upload: a file is added with its hash; a missing file keeps the typed title', async () => {
    const { client } = await signedInAs(app.ctx, app.staffApp, ['supervisor']);
    const form = await client.get('/bewijs/bestand');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Stuur geen naaktbeelden');
    const action = uploadAction(form.body);
    expect(action).not.toBe('');

    const missing = multipart({ title: 'Chat met "Lisa"', source: 'Gemaild door melder (test)' });
    const bad = await client.raw({ method: 'POST', url: action, ...missing });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies een bestand om toe te voegen.');
    expect(bad.body).toContain('value="Chat met &quot;Lisa&quot;"');

    // Larger than the 1 MB limit of ordinary form bodies: uploads have their own limit.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n% fictief\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const good = await client.raw({ method: 'POST', url: uploadAction(bad.body), ...multipart({ title: 'Chat', source: 'Melder (test)' }, { name: 'chat.pdf', bytes }) });
    expect(good.statusCode, good.body.slice(0, 300)).toBe(303);
    const id = /^\/bewijs\/([0-9a-f-]{36})$/.exec(String(good.headers.location))?.[1] as string;
    expect((await findEvidenceItem(app.ctx.db, id))?.sha256).toBe(sha256Hex(bytes));

    const tooBig = multipart({ title: 'Groot bestand', source: 'Test' }, { name: 'groot.bin', bytes: Buffer.alloc(25 * 1024 * 1024 + 1, 1) });
    const big = await client.raw({ method: 'POST', url: uploadAction(good.body) || action, ...tooBig });
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('Dit bestand is te groot. Het mag hoogstens 25 MB zijn.');
    expect(big.body).toContain('value="Groot bestand"');

    const noCsrf = await client.raw({ method: 'POST', url: '/bewijs/bestand', ...multipart({ title: 'x', source: 'y' }, { name: 'a.pdf', bytes }) });
    expect(noCsrf.statusCode).toBe(403);
  });
});
