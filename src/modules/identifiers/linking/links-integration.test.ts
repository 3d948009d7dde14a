import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { accessLog } from '../../audit/testing.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { startTestSite, type TestSite } from '../../evidence/testing/test-site.ts';
import { findReportByNumber, ANONYMOUS_REPORT, fillAndSubmit } from '../../intake/testing.ts';
import { createSource, storeAd } from '../../monitor/testing.ts';
import { identifierAlerts, identifierOccurrences, identifiers } from '../schema.ts';
import { identifierHref } from '../where-seen/source-access.ts';

/**
 * Issue 5 point 2, end to end: links show up by themselves. Two anonymous web reports write the same
 * number in two disguises, an investigator captures an ad page with it into a dossier, and each
 * viewer sees the links they may open — and nothing about who reported.
 */
let t: TestApp;
let site: TestSite;
let reportA = '';
let reportB = '';
let evidenceId = '';
let dossierId = '';
let owner: Awaited<ReturnType<typeof signedInAs>>;

const UA = 'VangnetTestBrowser/9.9 (LinkAgent-8841)';
const IP = '203.0.113.91';
const PHONE = '+31612345678';
const NO_ONLINE = { phones: '', emails: '', urls: '', handles: '', onlineOther: '' };

const submit = async (answers: typeof ANONYMOUS_REPORT): Promise<string> => {
  const client = publicClient(t.publicApp, { 'user-agent': UA, 'x-forwarded-for': IP, 'x-real-ip': IP });
  const { number } = await fillAndSubmit(client, answers);
  const row = await findReportByNumber(t.ctx.db, number);
  if (!row) throw new Error('report not stored');

  return row.id;
};

const views = (userId: string, recordType: string, recordId: string) =>
  t.ctx.db
    .select()
    .from(accessLog)
    .where(and(eq(accessLog.userId, userId), eq(accessLog.recordType, recordType), eq(accessLog.recordId, recordId), eq(accessLog.action, 'view')));

beforeAll(async () => {
  t = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  site = await startTestSite();
  reportA = await submit({ ...ANONYMOUS_REPORT, online: { ...NO_ONLINE, phones: '06-12 34 56 78' } });
  reportB = await submit({
    ...ANONYMOUS_REPORT,
    wat: { whatHappened: 'Mijn nichtje krijgt berichten van nul zes 1234 5678, hij noemt zich haar vriend.', signals: ['relations'] },
    // The same number twice (story and online step): report B must still count as one other report.
    online: { ...NO_ONLINE, phones: '+31 6 1234 5678' },
  });
  // The investigator who opens the dossier is its assignee, and captures the ad page into it.
  owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  dossierId = await createDossierVia(owner.client);
  const captured = await owner.client.post(`/bewijs/webpagina?dossier=${dossierId}`, { url: `${site.base}/page`, title: 'Advertentie (test)', source: 'Eigen zoekactie' });
  expect(captured.statusCode, captured.body.slice(0, 800)).toBe(303);
  evidenceId = /^\/bewijs\/([0-9a-f-]{36})/.exec(String(captured.headers.location))?.[1] ?? '';
  expect(evidenceId).not.toBe('');
}, 60_000);

afterAll(async () => {
  await site?.close();
  await t?.close();
});

describe('links show up by themselves', () => {
  it('an intake user on report A sees the other report linked and the evidence only as "no access"', async () => {
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const res = await intake.client.get(`/meldingen/${reportA}`);
    expect(res.statusCode).toBe(200);
    const block = res.body.slice(res.body.indexOf('data-testid="where-else-seen"'));
    expect(block).toContain(`data-identifier="phone:${PHONE}"`);
    expect(block).toContain('ook gezien in');
    expect(block).toContain('1 andere melding');
    expect(block).toContain('1 bewijsstuk');
    expect(block).toContain(`href="/meldingen/${reportB}"`);
    // Intake may not open evidence (nor identifier pages): the item is counted, never linked.
    expect(block).toContain('Bewijsstuk (geen toegang)');
    expect(res.body).not.toContain(`/bewijs/${evidenceId}`);
    expect(res.body).not.toContain('href="/identificatoren/');
    expect(await views(intake.user.id, 'report', reportA)).toHaveLength(1);
    expect(await views(intake.user.id, 'identifier', `phone:${PHONE}`)).toMatchObject([{ reason: `report:${reportA}` }]);
  });

  it('reads in English too', async () => {
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    intake.client.cookies.set('vn_lang', 'en');
    const res = await intake.client.get(`/meldingen/${reportA}`);
    expect(res.body).toContain('also seen in 1 evidence item, 1 other report');
    expect(res.body).toContain('Evidence item (no access)');
  });

  it('an investigator without the dossier sees the evidence as "no access"; its assignee gets the link', async () => {
    const other = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const res = await other.client.get(`/meldingen/${reportB}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/meldingen/${reportA}"`);
    expect(res.body).toContain('Bewijsstuk (geen toegang)');
    expect(res.body).not.toContain(`/bewijs/${evidenceId}`);

    const mine = await owner.client.get(`/meldingen/${reportB}`);
    expect(mine.body).toContain(`href="/bewijs/${evidenceId}"`);
    expect(mine.body).toContain(`href="${identifierHref('phone', PHONE)}"`);
    expect(mine.body).not.toContain('(geen toegang)');
  });

  it('the identifier page (which counts mentions per field) shows all three sources to the dossier’s investigator, and logs the view', async () => {
    const res = await owner.client.get(identifierHref('phone', PHONE));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('4 keer gezien');
    for (const href of [`/meldingen/${reportA}`, `/meldingen/${reportB}`, `/bewijs/${evidenceId}`]) expect(res.body).toContain(`href="${href}"`);
    expect(await views(owner.user.id, 'identifier', `phone:${PHONE}`)).toHaveLength(2);
    // The item page it links to opens for this investigator, and links back to both reports.
    const item = await owner.client.get(`/bewijs/${evidenceId}`);
    expect(item.statusCode).toBe(200);
    // It names its dossier by title, not by its ID.
    expect(item.body).toContain(`<a class="utrecht-link" href="/dossiers/${dossierId}">Meisje 15 jaar, Zwolle (test)</a>`);
    // The capture's notes (stored in English) read in Dutch on the Dutch page.
    expect(item.body).toContain('Afbeeldingen zijn verborgen in de schermafbeelding');
    expect(item.body).not.toContain('pictures hidden in the rendering');
    const block = item.body.slice(item.body.indexOf('data-testid="where-else-seen"'));
    expect(block).toContain('ook gezien in 2 andere meldingen');
    for (const id of [reportA, reportB]) expect(block).toContain(`href="/meldingen/${id}"`);
    expect(await views(owner.user.id, 'evidence', evidenceId)).toHaveLength(1);
  });

  it('a supervisor may open everything; an analyst sees counts only', async () => {
    const boss = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const all = await boss.client.get(identifierHref('phone', PHONE));
    expect(all.body).toContain(`href="/bewijs/${evidenceId}"`);
    const analyst = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const counted = await analyst.client.get(identifierHref('phone', PHONE));
    expect(counted.body).toContain('4 keer gezien');
    expect(counted.body).not.toContain(`/bewijs/${evidenceId}`);
    expect(counted.body).not.toContain(`/meldingen/${reportA}`);
    expect(counted.body).toContain('Bewijsstuk (geen toegang)');
  });

  it('a crawled ad with the number joins by itself: monitor roles see it, intake sees "no access"', async () => {
    const source = await createSource(
      t.ctx.db,
      {
        name: 'Testsite advertenties (links)',
        startUrls: ['https://ads.vangnet.test/'],
        allowedUrlPatterns: ['^https://ads\\.vangnet\\.test/ad/'],
        selectors: { adUrlPattern: '/ad/', title: 'h1', text: 'p' },
        legalBasis: 'Openbare advertenties; taak van het meldpunt (fictieve testbron).',
      },
      null,
    );
    if (!source.ok) throw new Error(JSON.stringify(source.issues));
    const ad = { title: 'Nieuw in Zwolle', text: 'Bel 06 12 34 56 78', place: 'Zwolle', statedAge: null, price: null, postedAt: null, contact: null, imageUrls: [] };
    await storeAd(t.ctx.db, { sourceId: source.source.id, url: 'https://ads.vangnet.test/ad/1', ad });
    const investigator = await owner.client.get(identifierHref('phone', PHONE));
    expect(investigator.body).toContain('Zwolle');
    expect(investigator.body).not.toContain('Advertentie (geen toegang)');
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);
    const page = await intake.client.get(`/meldingen/${reportA}`);
    // The ad names the number in two fields (text and phones): still one advertisement, one line.
    expect(page.body).toContain('1 advertentie');
    expect(page.body.split('Advertentie (geen toegang)')).toHaveLength(2);
  });

  it('the anonymous reporters’ browser and address appear nowhere in the identifier tables', async () => {
    const dump = JSON.stringify([
      await t.ctx.db.select().from(identifiers),
      await t.ctx.db.select().from(identifierOccurrences),
      await t.ctx.db.select().from(identifierAlerts),
    ]);
    expect(dump).toContain(PHONE);
    for (const needle of [UA, 'LinkAgent', IP]) expect(dump.includes(needle), needle).toBe(false);
    const fields = await t.ctx.db.select({ field: identifierOccurrences.field }).from(identifierOccurrences).where(eq(identifierOccurrences.sourceType, 'report'));
    // Only answers about the situation: never the contact step.
    for (const { field } of fields) expect(field).toMatch(/^(whatHappened|victimPlace|perpetrators|clients|onlineOther|place|when|phones|emails|urls|handles|followUp:.+)$/);
  });
});
