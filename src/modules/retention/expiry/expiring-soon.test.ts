import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { retentionRules } from '../../../app/registry.ts';
import { dossierReports, dossiers } from '../../cases/index.ts';
import { insertDossier, insertTestReport } from '../../cases/testing.ts';
import { reports } from '../../intake/index.ts';
import { createSource, storeAd, TEST_SITE_RULES } from '../../monitor/testing.ts';
import { placeLegalHold } from '../holds/legal-hold.ts';

/**
 * Issue 19 point 4: the privacy officer sees per kind of record what passes its period in the next
 * 30 days and why (counts only, the held dossiers named), and record pages say until when they are
 * kept: the monitor's ad page, the evidence item page (loose, in a dossier, held), the dossier page
 * and the report page.
 */
const NOW = '2031-03-10T10:00:00.000Z';
const DAY = 86_400_000;
const clock = testClock(NOW);
let t: TestApp;
let officer: TestClient;
let investigator: TestClient;
let userId = '';
const ids = { adOld: '', adSoon: '', heldDossier: '', openDossier: '', looseEvidence: '', dossierEvidence: '', heldEvidence: '' };

const rowOf = (html: string, key: string) => {
  const start = html.indexOf(`data-key="${key}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
};
const cell = (row: string, testid: string) => new RegExp(`data-testid="${testid}"[^>]*>([^<]*)<`).exec(row)?.[1] ?? null;

const plantEvidence = async (dossierId: string | null, capturedAt: Date) => {
  const id = randomUUID();
  await t.ctx.db.execute(sql`INSERT INTO evidence_items (id, dossier_id, kind, title, source_description, added_by, added_by_label, captured_at, tool, tool_version, sha256, size_bytes, media_type, storage_key)
    VALUES (${id}, ${dossierId}, 'upload', 'Bewijs voor bewaartest (fictief)', 'Test', ${userId}, 'Test', ${capturedAt}, 'test', '0', 'abc', 1, 'text/plain', null)`);
  return id;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  const inv = await signedInAs(t.ctx, t.staffApp, ['investigator', 'supervisor']);
  investigator = inv.client;
  userId = inv.user.id;
  const source = await createSource(t.ctx.db, { name: 'Binnenkort bron', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron.' }, null);
  if (!source.ok) throw new Error('source');
  const ad = (marker: string) => ({ title: `Advertentie ${marker}`, text: `Tekst ${marker} (fictief)`, place: 'Utrecht', statedAge: 24, price: null, postedAt: '2030-01-01', contact: null, imageUrls: [] });
  const warc = async () => new Uint8Array(Buffer.from('WARC/1.1 fictief'));
  const store = async (marker: string, at: Date) => (await storeAd(t.ctx.db, { sourceId: source.source.id, url: `http://127.0.0.1:9/ad/${randomBytes(4).toString('hex')}`, ad: ad(marker), at, warc })).adId;
  // Last seen 400 days ago: past its year now. Last seen 350 days ago: goes within 30 days.
  ids.adOld = await store('oud', new Date(Date.parse(NOW) - 400 * DAY));
  ids.adSoon = await store('binnenkort', new Date(Date.parse(NOW) - 350 * DAY));
  // A closed dossier that passes its two years in ten days, held: named, never counted.
  const held = await insertDossier(t.ctx.db, { title: 'Vastgehouden dossier (fictief)', status: 'closed', createdBy: userId });
  ids.heldDossier = held.id;
  await t.ctx.db.update(dossiers).set({ updatedAt: new Date(Date.parse(NOW) - 720 * DAY) }).where(eq(dossiers.id, held.id));
  expect(await placeLegalHold(t.ctx, { dossierId: held.id, reason: 'Rechtszaak loopt (fictief)', reviewOn: '2032-01-01', actor: { userId, label: 'Test' } })).toMatchObject({ ok: true });
  const open = await insertDossier(t.ctx.db, { title: 'Open dossier (fictief)', createdBy: userId });
  ids.openDossier = open.id;
  await t.ctx.db.execute(sql`INSERT INTO dossier_assignees (dossier_id, user_id, added_by) VALUES (${open.id}, ${userId}, ${userId}), (${held.id}, ${userId}, ${userId})`);
  ids.looseEvidence = await plantEvidence(null, new Date('2031-01-01T12:00:00Z'));
  ids.dossierEvidence = await plantEvidence(open.id, new Date('2031-01-01T12:00:00Z'));
  ids.heldEvidence = await plantEvidence(held.id, new Date('2031-01-01T12:00:00Z'));
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('what expires soon', () => {
  it('shows the privacy officer per kind what goes now and in the next 30 days, and why, naming held dossiers', async () => {
    const res = await officer.get('/bewaartermijnen/binnenkort');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Wat binnenkort verloopt');
    const ad = rowOf(res.body, 'monitor.ad');
    expect(cell(ad, 'now')).toBe('1');
    expect(cell(ad, 'within')).toBe('1');
    expect(ad).toContain('Termijn 1 jaar.');
    const closed = rowOf(res.body, 'cases.dossier.closed');
    expect(cell(closed, 'within')).toBe('0');
    expect(closed).toContain(`href="/dossiers/${ids.heldDossier}"`);
    // Counts only: no title, no text of what goes.
    expect(res.body).not.toContain('Advertentie binnenkort');
    expect(res.body).not.toContain('Vastgehouden dossier');
    // The schedule links to it.
    expect((await officer.get('/bewaartermijnen')).body).toContain('href="/bewaartermijnen/binnenkort"');
  });

  it('is for the privacy officer and the admin only', async () => {
    expect((await investigator.get('/bewaartermijnen/binnenkort')).statusCode).toBe(403);
    const admin = (await signedInAs(t.ctx, t.staffApp, ['admin'])).client;
    expect((await admin.get('/bewaartermijnen/binnenkort')).statusCode).toBe(200);
  });
});

describe('record pages say until when they are kept', () => {
  it('the ad page: a year after it was last seen online', async () => {
    const res = await investigator.get(`/monitor/advertenties/${ids.adSoon}`);
    expect(res.statusCode).toBe(200);
    const lastSeen = new Date(Date.parse(NOW) - 350 * DAY + 365 * DAY);
    const day = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(lastSeen);
    expect(res.body).toMatch(new RegExp(`data-testid="kept-until"[^>]*>\\s*Bewaard tot ${day}`));
  });

  it('the evidence page: a loose item a year after capture, an item in a dossier as long as the dossier, a held one while the hold lasts', async () => {
    expect((await investigator.get(`/bewijs/${ids.looseEvidence}`)).body).toContain('Bewaard tot 1 januari 2032');
    expect((await investigator.get(`/bewijs/${ids.dossierEvidence}`)).body).toContain('Bewaard zolang het dossier waar het bij hoort');
    expect((await investigator.get(`/bewijs/${ids.heldEvidence}`)).body).toContain('Bewaard zolang de juridische bewaarplicht van het dossier geldt.');
  });

  const keptDay = (ruleKey: string, from: Date) => {
    const days = retentionRules().find((r) => r.rule.key === ruleKey)?.rule.defaultDays ?? Number.NaN;
    return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(from.getTime() + days * DAY));
  };
  const keptLine = (html: string) => /data-testid="kept-until"[^>]*>([^<]*)</.exec(html)?.[1] ?? null;

  it('the dossier page: a finished dossier its outcome\'s period from the last change, an open one while it runs, a held one while the hold lasts', async () => {
    const referred = await insertDossier(t.ctx.db, { title: 'Doorverwezen dossier (fictief)', status: 'referred', createdBy: userId });
    const changed = new Date('2031-01-01T12:00:00Z');
    await t.ctx.db.update(dossiers).set({ updatedAt: changed }).where(eq(dossiers.id, referred.id));
    await t.ctx.db.execute(sql`INSERT INTO dossier_assignees (dossier_id, user_id, added_by) VALUES (${referred.id}, ${userId}, ${userId})`);
    expect(keptLine((await investigator.get(`/dossiers/${referred.id}`)).body)).toContain(`Bewaard tot ${keptDay('cases.dossier.referred', changed)}`);
    expect(keptLine((await investigator.get(`/dossiers/${ids.openDossier}`)).body)).toBe('Bewaard zolang het dossier loopt; de bewaartermijn begint bij het afsluiten.');
    expect(keptLine((await investigator.get(`/dossiers/${ids.heldDossier}`)).body)).toBe('Bewaard zolang de juridische bewaarplicht van het dossier geldt.');
  });

  it('the report page: a closed report without a dossier a year from the last change, an open one while it is handled, one in a dossier as long as the dossier', async () => {
    const changed = new Date('2031-02-01T12:00:00Z');
    const closed = await insertTestReport(t.ctx, { whatHappened: 'Gesloten melding (fictief)' });
    await t.ctx.db.update(reports).set({ status: 'closed', updatedAt: changed }).where(eq(reports.id, closed.id));
    const open = await insertTestReport(t.ctx, { whatHappened: 'Open melding (fictief)' });
    const linked = await insertTestReport(t.ctx, { whatHappened: 'Melding in dossier (fictief)' });
    await t.ctx.db.insert(dossierReports).values({ dossierId: ids.openDossier, reportId: linked.id, linkedBy: userId });
    expect(keptLine((await investigator.get(`/meldingen/${closed.id}`)).body)).toContain(`Bewaard tot ${keptDay('intake.report.closed_without_dossier', changed)}`);
    expect(keptLine((await investigator.get(`/meldingen/${open.id}`)).body)).toBe('Bewaard zolang de melding in behandeling is; de bewaartermijn begint bij het afsluiten.');
    expect(keptLine((await investigator.get(`/meldingen/${linked.id}`)).body)).toContain('Bewaard zolang het dossier waar het bij hoort');
  });
});
