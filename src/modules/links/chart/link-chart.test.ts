import { and, eq } from 'drizzle-orm';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { createStaffUser, signedInAs, signIn } from '../../../../test/support/factories.ts';
import { accessLog } from '../../audit/testing.ts';
import { auditEvents } from '../../audit/index.ts';
import type { LinkGraph } from '../graph/graph.ts';
import { type LinkSeed, SHARED_PHONE, seedLinkCase } from '../testing.ts';

let t: TestApp;
let seed: LinkSeed;
let owner: TestClient;
let ownerId: string;
const PHONE_PATH = `/identificatoren/phone/${encodeURIComponent(SHARED_PHONE)}/verbanden`;

beforeAll(async () => {
  t = await createTestApp();
  const a = await createStaffUser(t.ctx, { roles: ['investigator'], name: 'Onderzoeker Anna (test)' });
  const b = await createStaffUser(t.ctx, { roles: ['investigator'], name: 'Onderzoeker Bram (test)' });
  seed = await seedLinkCase(t.ctx, a.user, b.user);
  owner = await signIn(t.ctx, t.staffApp, a);
  ownerId = a.user.id;
});
afterAll(async () => {
  await t?.close();
});

const json = (body: string) => JSON.parse(body) as LinkGraph;
const ids = (g: LinkGraph) => g.nodes.map((n) => n.id);
const phoneNode = (g: LinkGraph) => g.nodes.find((n) => n.kind === 'identifier' && n.label.replace(/\s/g, '').includes('612340001'));

/** Parses strictly (any well-formedness error throws) and counts elements by name. */
const parseXml = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  const parser = sax.parser(true);
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (tag) => counts.set(tag.name, (counts.get(tag.name) ?? 0) + 1);
  parser.write(text).close();

  return counts;
};

describe('dossier link chart: content', () => {
  it('links the two reports of the dossier and an ad through their shared phone number', async () => {
    const res = await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const g = json(res.body);
    expect(g.root).toBe(`dossier:${seed.dossierId}`);
    const phone = phoneNode(g);
    expect(phone).toBeDefined();
    const [r1, r2] = seed.reportIds;
    expect(ids(g)).toEqual(expect.arrayContaining([`report:${r1}`, `report:${r2}`, `ad:${seed.adId}`, `person:${seed.dossierId}/${seed.personId}`]));
    const seenIn = g.edges.filter((e) => e.kind === 'seen_in' && e.target === phone?.id).map((e) => e.source);
    expect(seenIn).toEqual(expect.arrayContaining([`report:${r1}`, `report:${r2}`, `ad:${seed.adId}`]));
    expect(g.edges.filter((e) => e.kind === 'report' && e.source === g.root)).toHaveLength(2);
    // Every edge has a time, and every node a first-seen time.
    expect(g.edges.every((e) => e.at !== null)).toBe(true);
    expect(g.nodes.every((n) => n.firstSeen !== null)).toBe(true);
    // The other dossier's report may be opened by any investigator (as /meldingen/:id allows).
    expect(ids(g)).toContain(`report:${seed.otherReportId}`);
  });

  it('counts a person of a dossier the viewer is not assigned to, without any label', async () => {
    const res = await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`);
    const g = json(res.body);
    expect(phoneNode(g)?.hidden).toEqual({ dossier_person: 1 });
    expect(ids(g).some((id) => id.includes(seed.otherDossierId) || id.includes(seed.otherPersonId))).toBe(false);
    expect(res.body).not.toContain('Verborgen Testjongen');
    expect(res.body).not.toContain('Geheim ander dossier');
  });

  it('never shows anything about who reported on a report node', async () => {
    const res = await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`);
    expect(res.body).not.toContain('Testouder Melder');
    const report = json(res.body).nodes.find((n) => n.kind === 'report');
    expect(report && Object.keys(report).sort()).toEqual(['detail', 'firstSeen', 'href', 'id', 'kind', 'label', 'lastSeen']);
    expect(report?.detail).toBeNull();
    expect(report?.label).toMatch(/^T[0-9A-F]{6}$/);
  });

  it('renders the same graph as an accessible table, with a filter form and no inline script', async () => {
    const res = await owner.get(`/dossiers/${seed.dossierId}/verbanden`);
    expect(res.statusCode).toBe(200);
    const g = json((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`)).body);
    const rows = res.body.match(/<tr class="utrecht-table__row" data-node=/g) ?? [];
    expect(rows).toHaveLength(g.nodes.length);
    expect(res.body).toContain(`<caption class="utrecht-table__caption">${g.edges.length} verbindingen</caption>`);
    expect(res.body).toContain('scope="col"');
    // At 320 px wide a table scrolls inside its own box instead of widening the page.
    expect(res.body.match(/<table/g)?.length).toBe(res.body.match(/<div class="vn-table-wrap" tabindex="0" role="region"[^>]*><table/g)?.length);
    expect(res.body).toContain('<form method="get"');
    expect(res.body).toContain('<script src="/assets/links-chart.js"');
    // Without JavaScript the chart section (and its click-and-drag hint) stays hidden; the tables carry the data.
    expect(res.body).toContain('<section aria-labelledby="kaart-titel" hidden="">');
    expect(res.body).not.toMatch(/<script(?![^>]*src=)/);
    expect(res.body).toContain('1 plek waar een identificator is gezien, kunt u niet openen');
    expect(res.body).not.toContain('Verborgen Testjongen');
  });

  it('filters by kind and by time window, and keeps bad dates with a clear message', async () => {
    const onlyReports = json((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data?soort=report&soort=identifier`)).body);
    expect(new Set(onlyReports.nodes.filter((n) => n.id !== onlyReports.root).map((n) => n.kind))).toEqual(new Set(['report', 'identifier']));
    const future = json((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data?van=2999-01-01`)).body);
    expect(future.nodes.map((n) => n.id)).toEqual([future.root]);
    const bad = await owner.get(`/dossiers/${seed.dossierId}/verbanden?van=2026-02-31&tot=morgen`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Er is een probleem');
    expect(bad.body).toContain('value="2026-02-31"');
    expect(bad.body).toContain('value="morgen"');
    const badData = await owner.get(`/dossiers/${seed.dossierId}/verbanden/data?soort=%3Cscript%3E`);
    expect(badData.statusCode).toBe(400);
  });

  it('expands a node to its neighbours, and refuses nodes the viewer may not open', async () => {
    const g = json((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`)).body);
    const phone = phoneNode(g);
    const res = await owner.get(`/verbanden/knoop?id=${encodeURIComponent(phone?.id ?? '')}`);
    expect(res.statusCode).toBe(200);
    expect(ids(json(res.body))).toEqual(expect.arrayContaining([`ad:${seed.adId}`, `report:${seed.otherReportId}`]));
    const ad = json((await owner.get(`/verbanden/knoop?id=ad:${seed.adId}`)).body);
    expect(ids(ad)).toContain(phone?.id);
    expect((await owner.get(`/verbanden/knoop?id=dossier:${seed.otherDossierId}`)).statusCode).toBe(403);
    expect((await owner.get(`/verbanden/knoop?id=${encodeURIComponent(`person:${seed.otherDossierId}/${seed.otherPersonId}`)}`)).statusCode).toBe(403);
    expect((await owner.get('/verbanden/knoop?id=identifier:abc')).statusCode).toBe(404);
    expect((await owner.get('/verbanden/knoop?id=nonsense')).statusCode).toBe(404);
  });
});

describe('link chart: access', () => {
  it('gives 403 to an investigator not assigned to the dossier, on page, data, export and expand', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    for (const path of ['', '/data', '/export/graphml', '/export/anx']) {
      expect((await client.get(`/dossiers/${seed.dossierId}/verbanden${path}`)).statusCode, path).toBe(403);
    }
    expect((await client.get(`/verbanden/knoop?id=dossier:${seed.dossierId}`)).statusCode).toBe(403);
  });

  it('closes the routes to roles outside investigator, supervisor and analyst', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['intake']);
    expect((await client.get(`/dossiers/${seed.dossierId}/verbanden`)).statusCode).toBe(403);
    expect((await client.get(PHONE_PATH)).statusCode).toBe(403);
    expect((await client.get(`/verbanden/knoop?id=ad:${seed.adId}`)).statusCode).toBe(403);
  });

  it('lets a supervisor see both dossiers on the identifier chart', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const g = json((await client.get(`${PHONE_PATH}/data`)).body);
    expect(ids(g)).toEqual(expect.arrayContaining([`dossier:${seed.otherDossierId}`, `person:${seed.otherDossierId}/${seed.otherPersonId}`, `dossier:${seed.dossierId}`]));
    expect(g.nodes.find((n) => n.id === g.root)?.hidden).toBeUndefined();
  });

  it('shows an analyst the ads but only counts the reports and people', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const res = await client.get(`${PHONE_PATH}/data`);
    expect(res.statusCode).toBe(200);
    const g = json(res.body);
    expect(ids(g).sort()).toEqual([g.root, `ad:${seed.adId}`].sort());
    expect(g.nodes.find((n) => n.id === g.root)?.hidden).toEqual({ report: 3, dossier_person: 1 });
    expect(res.body).not.toContain(seed.reportIds[0]);
    const page = await client.get(PHONE_PATH);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('3 × melding');
    expect((await client.get(`/dossiers/${seed.dossierId}/verbanden`)).statusCode).toBe(403);
  });

  it('answers 404 for an unknown dossier or identifier', async () => {
    expect((await owner.get('/dossiers/00000000-0000-4000-8000-000000000000/verbanden')).statusCode).toBe(404);
    expect((await owner.get('/dossiers/geen-uuid/verbanden')).statusCode).toBe(404);
    expect((await owner.get('/identificatoren/phone/%2B31699999999/verbanden')).statusCode).toBe(404);
    expect((await owner.get('/identificatoren/vogel/abc/verbanden')).statusCode).toBe(404);
  });
});

describe('link chart: exports and logs', () => {
  it('exports GraphML and i2 ANX as well-formed XML with one element per node and edge', async () => {
    const g = json((await owner.get(`/dossiers/${seed.dossierId}/verbanden/data`)).body);
    const graphml = await owner.get(`/dossiers/${seed.dossierId}/verbanden/export/graphml`);
    expect(graphml.statusCode).toBe(200);
    expect(graphml.headers['content-disposition']).toMatch(/^attachment; filename="verbanden-[0-9a-f-]+\.graphml"$/);
    const gm = parseXml(graphml.body);
    expect(gm.get('node')).toBe(g.nodes.length);
    expect(gm.get('edge')).toBe(g.edges.length);
    const anx = await owner.get(`/dossiers/${seed.dossierId}/verbanden/export/anx`);
    expect(anx.statusCode).toBe(200);
    const ax = parseXml(anx.body);
    expect(ax.get('Entity')).toBe(g.nodes.length);
    expect(ax.get('Link')).toBe(g.edges.length);
    expect(ax.get('ChartItem')).toBe(g.nodes.length + g.edges.length);
    expect(anx.body).not.toContain('Verborgen Testjongen');
    // The phone travels in its standard form too, for the police's own tools to match on.
    const phone = SHARED_PHONE;
    expect(graphml.body).toContain(`<data key="n_key">phone:${phone}</data>`);
    expect(anx.body).toContain(`Identity="phone:${phone}"`);
    expect((await owner.get(`/dossiers/${seed.dossierId}/verbanden/export/pdf`)).statusCode).toBe(404);
  });

  it('records every export as a custody event and in the access log', async () => {
    await owner.get(`/dossiers/${seed.dossierId}/verbanden/export/anx`);
    const events = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'custody.export'), eq(auditEvents.targetId, seed.dossierId)));
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.at(-1)?.details).toMatchObject({ what: 'link_chart', format: 'anx' });
    expect(events.at(-1)?.actorUserId).toBe(ownerId);
    const exports = await t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, seed.dossierId), eq(accessLog.action, 'export')));
    expect(exports.length).toBeGreaterThanOrEqual(1);
  });

  it('writes every view of a chart to the access log', async () => {
    const before = await t.ctx.db.select().from(accessLog).where(eq(accessLog.userId, ownerId));
    await owner.get(`/dossiers/${seed.dossierId}/verbanden`);
    await owner.get(PHONE_PATH);
    await owner.get(`/verbanden/knoop?id=ad:${seed.adId}`);
    const after = await t.ctx.db.select().from(accessLog).where(eq(accessLog.userId, ownerId));
    const added = after.slice(before.length);
    expect(added.map((r) => [r.recordType, r.action])).toEqual([
      ['dossier', 'view'],
      ['identifier', 'view'],
      ['ad', 'view'],
    ]);
    expect(added[0]?.recordId).toBe(seed.dossierId);
    expect(added[1]?.recordId).toBe(`phone:${SHARED_PHONE}`);
    expect(added.every((r) => r.reason?.startsWith('link chart'))).toBe(true);
  });

  it('serves the chart script from /assets, cacheable, and only as a file', async () => {
    const res = await owner.get('/assets/links-chart.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.body.length).toBeGreaterThan(10_000);
    const again = await owner.get('/assets/links-chart.js', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });
});
