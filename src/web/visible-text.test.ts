import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { createStaffUser, publicClient, signedInAs, signIn } from '../../test/support/factories.ts';
import { addEvidenceFile } from '../modules/evidence/testing.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, findReportByNumber } from '../modules/intake/testing.ts';
import { createSource, storeAd, TEST_SITE_RULES } from '../modules/monitor/testing.ts';

// What a hostile text must never do on a staff page: be applied by the browser (U+202E turns the rest
// of the line around, U+200B hides a break inside a phone number). Each must be shown as a mark.
const expectMarked = (body: string) => {
  expect(body).not.toContain('\u202E');
  expect(body).not.toContain('\u200B');
};

/** Issue 12 finding 8: a bidi override in a file name or text was applied by the browser, not shown. */
describe('hostile text on a page', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an evidence item named with a bidi override and a zero-width space shows both as marks', async () => {
    const u = await createStaffUser(app.ctx, { roles: ['investigator'] });
    const item = await addEvidenceFile(app.ctx, {
      actor: { id: u.user.id, name: u.user.name },
      bytes: Buffer.from('%PDF-1.4\n% fictief\n%%EOF\n'),
      title: 'factuur\u202Efdp.exe',
      sourceDescription: 'Gemaild door 06\u200B12345678 (fictief)',
      fileName: 'factuur\u202Efdp.exe',
    });
    const client = await signIn(app.ctx, app.staffApp, u);
    const page = await client.get(`/bewijs/${item.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('factuur⟨U+202E⟩fdp.exe');
    expect(page.body).toContain('06⟨U+200B⟩12345678');
    expect(page.body).not.toContain('\u202E');
    expect(page.body).not.toContain('\u200B');
  });

  it('a reporter\'s text with a bidi override shows the mark on the staff report page', async () => {
    const { number } = await fillAndSubmit(publicClient(app.publicApp), {
      ...ANONYMOUS_REPORT,
      wat: { whatHappened: 'Hij noemt zich \u202Eredraw\u202C en belt van 06\u200B12340123 (fictief).', signals: [] },
    });
    const report = await findReportByNumber(app.ctx.db, number);
    const intake = await signedInAs(app.ctx, app.staffApp, ['intake']);
    const page = await intake.client.get(`/meldingen/${report!.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('zich ⟨U+202E⟩redraw⟨U+202C⟩ en belt');
    expect(page.body).toContain('06⟨U+200B⟩12340123');
    expectMarked(page.body);
  });

  it('an ad text with a bidi override shows the mark on the monitor ad page', async () => {
    const source = await createSource(app.ctx.db, { name: 'Bron met vreemde tekst (fictief)', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron.' }, null);
    if (!source.ok) throw new Error('source');
    const ad = { title: 'Nieuw \u202Eniem\u202C in de stad', text: 'Bel 06\u200B12340456, alleen vandaag (fictief).', place: 'Utrecht', statedAge: 21, price: null, postedAt: '2026-01-01', contact: null, imageUrls: [] };
    const stored = await storeAd(app.ctx.db, { sourceId: source.source.id, url: 'http://127.0.0.1:9/ad/bidi', ad, at: app.ctx.clock.now(), warc: async () => new Uint8Array(Buffer.from('WARC/1.1 fictief')) });
    const analyst = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    const page = await analyst.client.get(`/monitor/advertenties/${stored.adId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nieuw ⟨U+202E⟩niem⟨U+202C⟩ in de stad');
    expect(page.body).toContain('06⟨U+200B⟩12340456');
    expectMarked(page.body);
  });
});
