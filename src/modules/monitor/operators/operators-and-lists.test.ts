import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { accessLog } from '../../audit/testing.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { recordOccurrences } from '../../identifiers/index.ts';
import { alertDossierMatches } from '../alerts/alert-dossier-matches.ts';
import { createSource } from '../sources/create-source.ts';
import type { FiredIndicator } from '../indicators/score-ad.ts';
import { operatorShortId } from './load-operator-page.ts';
import { type AdContent, insertAdWithVersion, type NewGroup, replaceGroups, upsertScores } from '../queries/ads.ts';
import { TEST_SITE_RULES } from '../sources/selector-rules.ts';

// Fictitious numbers: operator A's two groups share 06-12349001; operator B has 06-12349002.
const PHONE_A = '+31612349001';
const PHONE_B = '+31612349002';
const ADS = 130;
const PLACES = ["A'dam", 'Utrecht', 'Rotterdam'] as const;
const NORMAL = ['Amsterdam', 'Utrecht', 'Rotterdam'] as const;

const youth: FiredIndicator = { id: 'youth-language', label: { nl: 'Jeugdige taal', en: 'Youthful language' }, weight: 2, matches: ['net 18'], shownOnly: false };
const phoneOf = (i: number) => (i < 4 ? PHONE_A : i < 6 ? PHONE_B : `+3161234${String(1000 + Math.floor(i / 2)).padStart(4, '0')}`);
const localOf = (e164: string) => `06-${e164.slice(4)}`;

const content = (i: number): AdContent => ({
  title: `Advertentie nummer ${i}`,
  text: `Lieve dame in ${PLACES[i % 3]}, bel ${localOf(phoneOf(i))}.`,
  place: PLACES[i % 3] as string,
  placeNormalised: NORMAL[i % 3] as string,
  statedAge: null,
  price: null,
  postedAt: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`,
  contact: null,
  imageUrls: [],
  phones: [phoneOf(i)],
  contentHash: `hash-${i}`,
});

const ids = (html: string, attr: string) => [...html.matchAll(new RegExp(`${attr}="([^"]+)"`, 'g'))].map((m) => m[1] as string);
// Links from the filtered ads list carry ?terug=<the list's query> (back-to-list.ts).
const adLinks = (html: string) => [...html.matchAll(/href="\/monitor\/advertenties\/([0-9a-f-]{36})(?:\?terug=[^"]*)?"/g)].map((m) => m[1] as string);

/** Issue 6 point 5's operator view, and /monitor and /monitor/groepen beyond the first 100. */
describe('operator view and paged, filtered lists', () => {
  let app: TestApp;
  let analyst: TestClient;
  let analystId = '';
  let supervisor: TestClient;
  const adIds: string[] = [];
  let groupIds: string[] = [];
  let sourceA = '';
  let sourceB = '';
  let dossierId = '';

  beforeAll(async () => {
    app = await createTestApp();
    const a = await signedInAs(app.ctx, app.staffApp, ['analyst']);
    analyst = a.client;
    analystId = a.user.id;
    supervisor = (await signedInAs(app.ctx, app.staffApp, ['supervisor'])).client;
    const made = await Promise.all(
      ['Bron een', 'Bron twee'].map((name) =>
        createSource(app.ctx.db, { name, startUrls: ['http://127.0.0.1:9/'], allowedUrlPatterns: ['^http://127\\.0\\.0\\.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron.' }, null),
      ),
    );
    [sourceA = '', sourceB = ''] = made.map((m) => (m.ok ? m.source.id : ''));
    const at = new Date('2026-10-30T12:00:00Z');
    for (let i = 0; i < ADS; i += 1) {
      const id = await insertAdWithVersion(app.ctx.db, i % 2 === 0 ? sourceA : sourceB, `http://127.0.0.1:9/ad/${i}`, content(i), at);
      adIds.push(id);
      await recordOccurrences(app.ctx.db, { source: { type: 'ad', id }, field: 'text', text: content(i).text, seenAt: at });
    }
    // Scores fall with i; every tenth ad has the youthful-language indicator.
    await upsertScores(
      app.ctx.db,
      adIds.map((adId, i) => ({ adId, lexiconVersion: 'v1', total: (ADS - i) / 10, fired: i % 10 === 0 ? [youth] : [] })),
    );
    // 65 groups of two ads: groups 0 and 1 are operator A (ad 0's key), group 2 is operator B.
    const groups: NewGroup[] = Array.from({ length: ADS / 2 }, (_, j) => {
      const members = [2 * j, 2 * j + 1];
      return {
        template: [
          { kind: 'fixed', text: `Sjabloon ${j} lieve dame in` },
          { kind: 'slot', slot: 'city', examples: ["A'dam", 'Utrecht'] },
        ],
        templateText: `Sjabloon ${j}`,
        size: j < 3 ? 2 + (3 - j) * 10 : 2,
        operatorKey: j < 2 ? (adIds[0] as string) : (adIds[2 * j] as string),
        cities: [...new Set(members.map((i) => NORMAL[i % 3] as string))].sort(),
        phones: [...new Set(members.map(phoneOf))],
        firstPostedAt: content(2 * j).postedAt,
        lastPostedAt: content(2 * j + 1).postedAt,
        adIds: members.map((i) => adIds[i] as string),
      } as NewGroup;
    });
    groupIds = await replaceGroups(app.ctx.db, groups);
    // An open dossier of the supervisor names operator A's number: its ads alert the supervisor.
    dossierId = await createDossierVia(supervisor);
    await recordOccurrences(app.ctx.db, { source: { type: 'dossier', id: dossierId }, field: 'notes', text: `Bel ${localOf(PHONE_A)}`, seenAt: at });
    await alertDossierMatches(app.ctx.db, null);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('shows one operator: its groups sharing a phone together, phones with where else seen, places, period, top ads', async () => {
    const res = await analyst.get(`/monitor/aanbieders/${adIds[0]}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(`Aanbieder ${operatorShortId(adIds[0] as string)}`);
    expect(html).toContain(`Aanbieder ${operatorShortId(adIds[0] as string)} (06 12349001)`);
    // Both groups of A are on the page, B's group and others are not.
    const groups = ids(html, 'data-group');
    expect(groups.sort()).toEqual([groupIds[0], groupIds[1]].sort());
    expect(html).toContain('Sjabloon 0 lieve dame');
    expect(html).toContain('<mark');
    expect(html).not.toContain('Sjabloon 2 lieve dame');
    expect(html).toContain(`href="/monitor/groepen/${groupIds[0]}"`);
    // Phone with its identifier page and "where else": 4 ads and the dossier.
    expect(html).toContain(`href="/identificatoren/phone/${encodeURIComponent(PHONE_A)}"`);
    expect(html).toMatch(/data-testid="operator-phones"[\s\S]*4 advertentie/);
    expect(html).not.toContain(PHONE_B.slice(3));
    expect(html).toContain('Amsterdam, Rotterdam, Utrecht');
    expect(html).toContain('2026-10-01 – 2026-10-04');
    // Top ads: only A's four ads, with their reasons.
    const top = html.slice(html.indexOf('data-testid="operator-top-ads"'));
    expect(new Set(adLinks(top.slice(0, top.indexOf('</ol>'))))).toEqual(new Set(adIds.slice(0, 4)));
    expect(top).toContain('data-indicator="youth-language"');
    // The analyst does not own the alert and may not open the supervisor's dossier: nothing shown.
    expect(html).not.toContain(dossierId);
    expect(html).toContain('Geen meldingen die u mag zien.');

    const b = await analyst.get(`/monitor/aanbieders/${adIds[4]}`);
    expect(ids(b.body, 'data-group')).toEqual([groupIds[2]]);
    expect(b.body).not.toContain('Sjabloon 0 lieve dame');
  });

  it('names the dossier of an alert only for a viewer who may open it', async () => {
    const res = await supervisor.get(`/monitor/aanbieders/${adIds[0]}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="operator-alerts"');
    expect(res.body).toContain(`href="/dossiers/${dossierId}"`);
  });

  it('writes every view and each phone shown to the access log', async () => {
    await analyst.get(`/monitor/aanbieders/${adIds[0]}`);
    const views = await app.ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.recordType, 'operator'), eq(accessLog.recordId, adIds[0] as string), eq(accessLog.userId, analystId)));
    expect(views.length).toBeGreaterThanOrEqual(1);
    expect(views.every((v) => v.action === 'view')).toBe(true);
    const phones = await app.ctx.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.recordType, 'identifier'), eq(accessLog.recordId, `phone:${PHONE_A}`), eq(accessLog.userId, analystId)));
    expect(phones.some((p) => p.reason === `operator:${adIds[0]}`)).toBe(true);
  });

  it('answers an unknown or malformed key with a clear 404', async () => {
    for (const key of ['00000000-0000-4000-8000-00000000abcd', 'niet-een-code', '%27%3B--', 'a'.repeat(90)]) {
      const res = await analyst.get(`/monitor/aanbieders/${key}`);
      expect(res.statusCode, key).toBe(404);
      expect(res.body).toContain('Aanbieder niet gevonden');
    }
    // A key longer than the router takes in a path (MAX_PARAM_LENGTH, 4096, since the hardening work) gets a
    // clear page: 404 (the route does not match) or 414, never a 500.
    const long = await analyst.get(`/monitor/aanbieders/${'a'.repeat(5000)}`);
    expect([404, 414]).toContain(long.statusCode);
    expect(long.body).toContain('<html lang="nl"');
  });

  it('is closed to partner, intake and decoy operator', async () => {
    for (const role of ['partner', 'intake', 'decoy_operator'] as const) {
      const { client } = await signedInAs(app.ctx, app.staffApp, [role]);
      expect((await client.get(`/monitor/aanbieders/${adIds[0]}`)).statusCode, role).toBe(403);
      expect((await client.get('/monitor/groepen?pagina=2')).statusCode, role).toBe(403);
    }
  });

  it('counts in the groups list only the groups of that operator', async () => {
    const html = (await analyst.get('/monitor/groepen')).body;
    const groupA = html.slice(html.indexOf(`id="groep-${groupIds[0]}"`), html.indexOf(`id="groep-${groupIds[1]}"`));
    expect(groupA).toContain('(2 groepen)');
    expect(groupA).toContain('Groep van 32 advertenties · ');
    expect(html).not.toContain('(65 groepen)');
  });

  it('links to the operator from the groups list, the ad page and the alert page', async () => {
    const groups = await analyst.get('/monitor/groepen');
    expect(groups.body).toContain(`href="/monitor/aanbieders/${adIds[0]}"`);
    const ad = await analyst.get(`/monitor/advertenties/${adIds[1]}`);
    expect(ad.body).toContain(`href="/monitor/aanbieders/${adIds[0]}"`);
    const alerts = await supervisor.get('/monitor/meldingen');
    expect(alerts.body).toContain(`href="/monitor/aanbieders/${adIds[0]}"`);
  });

  it('pages the ads list by 50 with working previous/next links', async () => {
    const first = await analyst.get('/monitor');
    expect(first.statusCode).toBe(200);
    expect(adLinks(first.body)).toEqual(adIds.slice(0, 50));
    expect(first.body).toContain('Pagina 1 van 3 (130 in totaal)');
    expect(first.body).toContain('href="/monitor?pagina=2"');
    const third = await analyst.get('/monitor?pagina=3');
    expect(adLinks(third.body)).toEqual(adIds.slice(100));
    expect(third.body).toContain('href="/monitor?pagina=2"');
    expect(third.body).not.toContain('rel="next"');
    // Beyond the last page: the last page, with a message.
    const beyond = await analyst.get('/monitor?pagina=9');
    expect(beyond.statusCode).toBe(200);
    expect(beyond.body).toContain('Pagina 9 bestaat niet');
    expect(adLinks(beyond.body)).toEqual(adIds.slice(100));
    expect((await analyst.get('/monitor?pagina=9999999')).body).toContain('Pagina 9999999 bestaat niet');
  });

  it('filters ads by place (any spelling), minimum score, indicator and source, and keeps them while paging', async () => {
    const amsterdam = await analyst.get(`/monitor?plaats=${encodeURIComponent('adam')}`);
    expect(adLinks(amsterdam.body)).toEqual(adIds.filter((_, i) => i % 3 === 0).slice(0, 44));
    expect(amsterdam.body).toContain('value="adam"');
    const score = await analyst.get('/monitor?minscore=12,5');
    expect(adLinks(score.body)).toEqual(adIds.slice(0, 6));
    const youthful = await analyst.get('/monitor?signaal=youth-language');
    expect(adLinks(youthful.body)).toEqual(adIds.filter((_, i) => i % 10 === 0));
    const source = await analyst.get(`/monitor?bron=${sourceB}&pagina=2`);
    expect(adLinks(source.body)).toEqual(adIds.filter((_, i) => i % 2 === 1).slice(50));
    expect(source.body).toContain(`href="/monitor?bron=${sourceB}"`);
    const combined = await analyst.get(`/monitor?plaats=Utrecht&bron=${sourceA}&signaal=youth-language`);
    expect(adLinks(combined.body)).toEqual(adIds.filter((_, i) => i % 3 === 1 && i % 2 === 0 && i % 10 === 0));
  });

  it('opens a linked group on the page of the list that holds it', async () => {
    const locations: string[] = [];
    for (const id of groupIds) {
      const res = await analyst.get(`/monitor/groepen/${id}`);
      expect(res.statusCode).toBe(303);
      const location = String(res.headers.location);
      expect(location.endsWith(`#groep-${id}`)).toBe(true);
      locations.push(location);
    }
    // 65 groups: 50 on the first page, 15 on the second.
    expect(locations.filter((l) => l.startsWith('/monitor/groepen#')).length).toBe(50);
    const second = locations.filter((l) => l.startsWith('/monitor/groepen?pagina=2#'));
    expect(second.length).toBe(15);
    const page = await analyst.get('/monitor/groepen?pagina=2');
    for (const l of second) expect(page.body).toContain(`id="${l.split('#')[1]}"`);
    for (const bad of ['00000000-0000-4000-8000-00000000abcd', 'geen-groep']) expect((await analyst.get(`/monitor/groepen/${bad}`)).statusCode).toBe(404);
  });

  it('pages and filters the groups: by place, minimum size, operators with several groups', async () => {
    const first = await analyst.get('/monitor/groepen');
    const shown = [...first.body.matchAll(/id="groep-([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(shown.length).toBe(50);
    expect(first.body).toContain('Pagina 1 van 2 (65 in totaal)');
    const second = await analyst.get('/monitor/groepen?pagina=2');
    const shown2 = [...second.body.matchAll(/id="groep-([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(shown2.length).toBe(15);
    expect(new Set([...shown, ...shown2]).size).toBe(65);
    const big = await analyst.get('/monitor/groepen?mingrootte=12');
    expect([...big.body.matchAll(/id="groep-([0-9a-f-]{36})"/g)].map((m) => m[1])).toEqual([groupIds[0], groupIds[1], groupIds[2]]);
    const multi = await analyst.get('/monitor/groepen?meer=1');
    expect([...multi.body.matchAll(/id="groep-([0-9a-f-]{36})"/g)].map((m) => m[1])).toEqual([groupIds[0], groupIds[1]]);
    // Group j holds ads 2j and 2j+1: Amsterdam ads are i % 3 = 0.
    const city = await analyst.get(`/monitor/groepen?plaats=${encodeURIComponent("a'dam")}&mingrootte=2`);
    const expected = groupIds.filter((_, j) => (2 * j) % 3 === 0 || (2 * j + 1) % 3 === 0).length;
    expect(city.body).toContain(`(${expected} in totaal)`);
  });

  it('answers hostile query strings with a page, never a 500', async () => {
    const hostile = [
      'pagina=0',
      'pagina=-1',
      'pagina=1e9',
      'pagina=99999999999999999999',
      'pagina=1&pagina=2',
      'pagina[]=1',
      'pagina[a]=1',
      'minscore=NaN',
      'minscore=Infinity',
      'minscore=1&minscore=2',
      'signaal=bestaat-niet',
      'signaal=%27%20OR%201%3D1--',
      'bron=00000000-0000-4000-8000-00000000abcd',
      'bron=not-a-uuid',
      `plaats=${'a'.repeat(5000)}`,
      'plaats=%00%01',
      'plaats=%E2%80%AE%E2%80%8B',
      'plaats=%F0%9F%92%97',
      'plaats=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'plaats=__proto__&constructor=1',
      'mingrootte=-5',
      'mingrootte=1.5',
      'meer=ja',
      'meer[]=1',
      '%ZZ=1',
    ];
    for (const path of ['/monitor', '/monitor/groepen']) {
      for (const q of hostile) {
        const res = await analyst.get(`${path}?${q}`);
        expect(res.statusCode, `${path}?${q}`).toBe(200);
        expect(res.body).not.toContain('<script>alert(1)');
      }
    }
    const bad = await analyst.get('/monitor?pagina=1&pagina=2&plaats=Utrecht');
    expect(bad.body).toContain('begrijpen we niet');
    expect(adLinks(bad.body)).toEqual(adIds.slice(0, 50));
  });
});
