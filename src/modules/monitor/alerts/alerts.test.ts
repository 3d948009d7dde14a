import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signedInAs, type TestUser } from '../../../../test/support/factories.ts';
import { users } from '../../accounts/index.ts';
import { accessLog } from '../../audit/testing.ts';
import { dossierAssignees, createDossierVia, insertTestReport } from '../../cases/testing.ts';
import { dossiers } from '../../cases/index.ts';
import { recordOccurrences, identifierHref } from '../../identifiers/index.ts';
import { identifierAlerts } from '../../identifiers/testing.ts';
import { alertDossierMatches } from './alert-dossier-matches.ts';
import { createSource } from '../sources/create-source.ts';
import type { ExtractedAd } from '../crawler/extract-ad.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';
import { monitorAlerts } from '../schema.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';
import { storeAd } from '../crawler/store-ad.ts';

/**
 * Issue 6 point 6: an ad, or another ad of its template group, shares an identifier with an open
 * dossier → one alert per dossier owner (assignees, else the creator), once.
 */
const PHONE = '+31612349001';
const template = (name: string, city: string, phone: string) =>
  `Hoi schatjes, ik ben ${name} uit ${city}. Lieve en spontane dame voor een ontspannen avond samen, ` +
  'discreet en zonder haast in een rustige en schone kamer vlak bij het station. Ik hou van lekker eten, ' +
  `goede muziek en een mooi gesprek vooraf. Bel of app gerust voor een afspraak: ${phone}. Tot snel kusjes`;
const adOf = (title: string, name: string, city: string, phone: string): ExtractedAd => ({
  title,
  text: template(name, city, phone),
  place: city,
  statedAge: 21,
  price: '€ 150',
  postedAt: '2026-11-10T10:00:00Z',
  contact: null,
  imageUrls: ['https://advertenties.example.org/images/1.jpg'],
});

let t: TestApp;
let sourceId = '';
let owner: TestUser & { client: TestClient };
let coOwner: TestUser;
let creatorOnly: TestUser & { client: TestClient };
let openDossier = '';
let closedDossier = '';
let creatorDossier = '';
let adA = '';
let adB = '';

const alertsOf = (adId: string) => t.ctx.db.select().from(monitorAlerts).where(eq(monitorAlerts.adId, adId));
const addPerson = async (client: TestClient, dossierId: string, description: string) => {
  const res = await client.post(`/dossiers/${dossierId}/personen`, { rol: 'suspected_trafficker', naam: 'Testman R.', plaats: 'Zwolle', beschrijving: description });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
};

beforeAll(async () => {
  t = await createTestApp();
  const source = await createSource(
    t.ctx.db,
    {
      name: 'Testadvertenties (meldingen)',
      startUrls: ['https://advertenties.example.org/'],
      allowedUrlPatterns: ['^https://advertenties\\.example\\.org/'],
      selectors: TEST_SITE_RULES,
      legalBasis: 'Openbare advertenties, testgegevens (fictief).',
    },
    null,
  );
  if (!source.ok) throw new Error('test source refused');
  sourceId = source.source.id;

  owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  coOwner = await createStaffUser(t.ctx, { roles: ['investigator'] });
  creatorOnly = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  // Open dossier, two assignees; the number written plainly in a person's description.
  openDossier = await createDossierVia(owner.client, { title: 'Dossier Zwolle (monitor-test)' });
  await t.ctx.db.insert(dossierAssignees).values({ dossierId: openDossier, userId: coOwner.user.id, addedBy: owner.user.id });
  await addPerson(owner.client, openDossier, 'Belt vanaf 06-12349001, rijdt een grijze auto');
  // The same number in a closed dossier: nobody works on it, so no alert.
  closedDossier = await createDossierVia(owner.client, { title: 'Gesloten dossier (monitor-test)' });
  await addPerson(owner.client, closedDossier, 'Oud nummer 06 1234 9001');
  await t.ctx.db.update(dossiers).set({ status: 'closed', closeReason: 'Test' }).where(eq(dossiers.id, closedDossier));
  // No assignees left: the creator is the owner (and, no longer assigned, may not open it).
  creatorDossier = await createDossierVia(creatorOnly.client, { title: 'Dossier zonder behandelaar (monitor-test)' });
  await addPerson(creatorOnly.client, creatorDossier, 'Telefoon 0612349001');
  await t.ctx.db.delete(dossierAssignees).where(eq(dossierAssignees.dossierId, creatorDossier));
});

afterAll(async () => {
  await t?.close();
});

describe('alerts on dossier matches', () => {
  it('an ad with the obfuscated number alerts every owner of the open dossiers, none of the closed one', async () => {
    const stored = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/a', ad: adOf('Lieve Sanne in Zwolle', 'Sanne', 'Zwolle', 'nul zes 1234 negen 001') });
    adA = stored.adId;
    const rows = await alertsOf(adA);
    expect(rows.map((r) => [r.dossierId, r.ownerUserId, r.via]).sort()).toEqual(
      [
        [openDossier, owner.user.id, 'ad'],
        [openDossier, coOwner.user.id, 'ad'],
        [creatorDossier, creatorOnly.user.id, 'ad'],
      ].sort(),
    );
    expect(rows.some((r) => r.dossierId === closedDossier)).toBe(false);
  });

  it('another ad of the same template group alerts via the group, after regrouping', async () => {
    adB = (await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/b', ad: adOf('Lieve Lisa in Deventer', 'Lisa', 'Deventer', '06-12349002') })).adId;
    await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/c', ad: adOf('Lieve Eva in Kampen', 'Eva', 'Kampen', '06-12349003') });
    expect(await alertsOf(adB)).toHaveLength(0);
    await regroupAds(t.ctx.db);
    const rows = await alertsOf(adB);
    expect(rows.map((r) => [r.dossierId, r.via]).sort()).toEqual([
      [creatorDossier, 'group'],
      [openDossier, 'group'],
      [openDossier, 'group'],
    ].sort());
    expect(rows[0]?.groupId).toBeTruthy();
    // The carrying ad itself stays "via the ad".
    expect((await alertsOf(adA)).every((r) => r.via === 'ad')).toBe(true);
  });

  it('a repeat crawl and a repeat regrouping insert no duplicate', async () => {
    const before = (await t.ctx.db.select().from(monitorAlerts)).length;
    const again = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/a', ad: adOf('Lieve Sanne in Zwolle', 'Sanne', 'Zwolle', 'nul zes 1234 negen 001') });
    expect(again.outcome).toBe('unchanged');
    // A changed text with the same number is a new version of the same ad: still no new alert.
    const changed = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/a', ad: { ...adOf('Lieve Sanne in Zwolle', 'Sanne', 'Zwolle', 'nul zes 1234 negen 001'), price: '€ 180' } });
    expect(changed.outcome).toBe('changed');
    await regroupAds(t.ctx.db);
    expect((await t.ctx.db.select().from(monitorAlerts)).length).toBe(before);
  });

  it('the owner sees the alert with ad, dossier, identifier and how; the dossier read is logged', async () => {
    const page = await owner.client.get('/monitor/meldingen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lieve Sanne in Zwolle');
    expect(page.body).toContain(`href="/monitor/advertenties/${adA}"`);
    expect((await owner.client.get(`/monitor/advertenties/${adA}`)).statusCode).toBe(200);
    expect(page.body).toContain(`href="/dossiers/${openDossier}"`);
    expect(page.body).toContain('Dossier Zwolle (monitor-test)');
    expect(page.body).toContain(`href="${identifierHref('phone', PHONE)}"`);
    expect(page.body).toContain('via de advertentie');
    expect(page.body).toContain('via de groep');
    expect(page.body).not.toContain(closedDossier);
    expect(page.body).not.toContain(creatorDossier);
    const logged = await t.ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.userId, owner.user.id), eq(accessLog.recordId, openDossier), eq(accessLog.reason, 'Online monitor: meldingen')));
    expect(logged.length).toBeGreaterThan(0);

    const monitor = await owner.client.get('/monitor');
    expect(monitor.body).toContain('data-testid="monitor-alert-count"');
    expect(monitor.body).toMatch(/vn-badge--danger">3<\/span> 3 nieuwe meldingen/);
  });

  it('the creator-owner without access sees the alert but not the dossier’s name or link', async () => {
    const page = await creatorOnly.client.get('/monitor/meldingen');
    expect(page.body).toContain('Lieve Sanne in Zwolle');
    expect(page.body).toContain('een dossier waar u nu geen toegang toe heeft');
    expect(page.body).not.toContain(`/dossiers/${creatorDossier}`);
    expect(page.body).not.toContain('Dossier zonder behandelaar');
  });

  it('another user neither sees nor marks someone else’s alert; the owner marks it read', async () => {
    const [mine] = (await alertsOf(adA)).filter((r) => r.ownerUserId === owner.user.id);
    const other = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const page = await other.client.get('/monitor/meldingen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('U heeft geen meldingen van de online monitor.');
    // A new user who just put a number in a dossier learns when to look again.
    expect(page.body).toContain('binnen 10 minuten');
    expect(page.body).not.toContain('Lieve Sanne');
    expect((await other.client.post(`/monitor/meldingen/${mine!.id}/gelezen`, {})).statusCode).toBe(404);
    expect((await alertsOf(adA)).find((r) => r.id === mine!.id)?.readAt).toBeNull();
    expect((await owner.client.post(`/monitor/meldingen/${mine!.id}/gelezen`, {}, { csrf: false })).statusCode).toBe(403);
    expect((await owner.client.post('/monitor/meldingen/niet-een-id/gelezen', {})).statusCode).toBe(404);

    const done = await owner.client.post(`/monitor/meldingen/${mine!.id}/gelezen`, {});
    expect(done.statusCode).toBe(303);
    const after = await owner.client.get(String(done.headers.location));
    expect(after.body).toContain('De melding is gemarkeerd als gelezen.');
    expect(after.body).toContain(`data-alert="${mine!.id}" data-read="yes"`);
    expect((await owner.client.get('/monitor')).body).toMatch(/vn-badge--danger">2<\/span> 2 nieuwe meldingen:/);
  });

  it('the dossier page lists the matching ads and ads added to it with who, when and why', async () => {
    const review = await owner.client.post(`/monitor/beoordelen/${adB}`, { decision: 'dossier', dossierId: openDossier, reason: 'Zelfde sjabloon als de advertentie met het nummer.' });
    expect(review.statusCode).toBe(303);
    const page = await owner.client.get(`/dossiers/${openDossier}`);
    const section = page.body.split('id="online-monitor"')[1]?.split('</section>')[0] ?? '';
    expect(section).toContain('Lieve Sanne in Zwolle');
    expect(section).toContain('via de advertentie');
    expect(section).toContain('Lieve Lisa in Deventer');
    expect(section).toContain('via de groep');
    expect(section).toContain('Zelfde sjabloon als de advertentie met het nummer.');
    expect(section).toContain(`door ${owner.user.name}`);
    const closed = await owner.client.get(`/dossiers/${closedDossier}`);
    expect(closed.body).toContain('Geen advertenties gevonden met een gegeven uit dit dossier.');
  });

  it('a watched identifier still alerts through the identifier index', async () => {
    const watcher = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const seen = await watcher.client.get(identifierHref('phone', PHONE));
    const id = /name="id" value="(\d+)"/.exec(seen.body)?.[1];
    expect(id).toBeTruthy();
    expect((await watcher.client.post('/identificatoren/volgen', { id: id! })).statusCode).toBe(303);
    await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/d', ad: adOf('Nieuw: Mila in Zwolle', 'Mila', 'Zwolle', '06 12 34 90 01') });
    const alerts = await t.ctx.db.select().from(identifierAlerts).where(eq(identifierAlerts.ownerUserId, watcher.user.id));
    expect(alerts.some((a) => a.sourceType === 'ad')).toBe(true);
  });

  it('intake, partner and decoy operators get 403 on the alert pages', async () => {
    for (const role of ['intake', 'partner', 'decoy_operator'] as const) {
      const { client } = await signedInAs(t.ctx, t.staffApp, [role]);
      expect((await client.get('/monitor/meldingen')).statusCode).toBe(403);
      expect((await client.post('/monitor/meldingen/00000000-0000-4000-8000-000000000000/gelezen', {})).statusCode).toBe(403);
    }
  });
});

describe('other ways an identifier belongs to a dossier', () => {
  it('a linked report and the dossier’s own text count too; a malformed source id breaks nothing', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const report = await insertTestReport(t.ctx, { whatHappened: 'Test' });
    await recordOccurrences(t.ctx.db, { source: { type: 'report', id: report.id }, field: 'online.phones', text: 'Hij belt van 06-12349101' });
    const viaReport = await createDossierVia(inv.client, { title: 'Dossier uit melding (monitor-test)', meldingen: report.number });
    const viaText = await createDossierVia(inv.client, { title: 'Dossier met notitie (monitor-test)' });
    await recordOccurrences(t.ctx.db, { source: { type: 'dossier', id: viaText }, field: 'summary', text: 'Zijn tweede nummer is 06-12349102' });
    // An occurrence whose source id is not a uuid (another module's mistake) must not fail the statement.
    await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: 'geen-uuid' }, field: 'text', text: '06-12349101' });

    const one = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/r1', ad: adOf('Zoete Noor in Almere', 'Noor', 'Almere', 'O6 l234 9lOl') });
    const two = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/r2', ad: adOf('Zoete Fleur in Breda', 'Fleur', 'Breda', '06 1234 9102') });
    expect((await alertsOf(one.adId)).filter((r) => r.via === 'ad').map((r) => [r.dossierId, r.ownerUserId])).toEqual([[viaReport, inv.user.id]]);
    expect((await alertsOf(two.adId)).filter((r) => r.via === 'ad').map((r) => [r.dossierId, r.ownerUserId])).toEqual([[viaText, inv.user.id]]);
  });
});

describe('a dossier that gains a number later, and owners who left', () => {
  it('the periodic check alerts when a dossier gains the number of an ad crawled earlier', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const ad = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/later', ad: adOf('Lieve Mila in Assen', 'Mila', 'Assen', 'nul zes 1234 9201') });
    const dossierId = await createDossierVia(inv.client, { title: 'Dossier dat later een nummer krijgt (monitor-test)' });
    expect((await alertsOf(ad.adId)).some((r) => r.dossierId === dossierId)).toBe(false);
    await addPerson(inv.client, dossierId, 'Nieuw nummer gehoord: 06-12349201');
    // What the scheduled job (DOSSIER_MATCH_JOB) runs.
    expect(await alertDossierMatches(t.ctx.db, null)).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(ad.adId)).filter((r) => r.dossierId === dossierId).map((r) => [r.ownerUserId, r.via])).toEqual([[inv.user.id, 'ad']]);
    expect(await alertDossierMatches(t.ctx.db, null)).toBe(0);
  });

  it('a disabled assignee gets no alert; when no active assignee is left, the creator does', async () => {
    const creator = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const leaver = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const dossierId = await createDossierVia(creator.client, { title: 'Dossier met vertrokken collega (monitor-test)' });
    await addPerson(creator.client, dossierId, 'Belt met 06-12349301');
    await t.ctx.db.delete(dossierAssignees).where(eq(dossierAssignees.dossierId, dossierId));
    await t.ctx.db.insert(dossierAssignees).values({ dossierId, userId: leaver.user.id, addedBy: creator.user.id });
    await t.ctx.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, leaver.user.id));
    const ad = await storeAd(t.ctx.db, { sourceId, url: 'https://advertenties.example.org/ad/leaver', ad: adOf('Lieve Roos in Emmen', 'Roos', 'Emmen', '06 1234 9301') });
    expect((await alertsOf(ad.adId)).filter((r) => r.dossierId === dossierId).map((r) => r.ownerUserId)).toEqual([creator.user.id]);
  });
});
