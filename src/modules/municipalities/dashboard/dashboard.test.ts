import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { clearFigureCache, figureCountsSettled } from './figure-cache.ts';
import { municipalityOfficer } from '../testing.ts';

// Fictitious reports, counted per municipality and month. Twente (fictief): Enschede 6, Hengelo 4 and
// Almelo 1 report in March 2026 — the case of the issue — and Enschede 7 in February.
const clock = testClock('2026-06-15T10:00:00Z');
let t: TestApp;

const addReports = async (code: string, at: string, n: number, kind = 'family', urgent = false) => {
  for (let i = 0; i < n; i++) {
    await t.ctx.database.executor.executeSql(
      `INSERT INTO reports (number, channel, reporter_kind, urgent, answers, anonymous, receipt_hash, municipality_code, created_at)
       VALUES ($1, 'web', $2, $3, '{}'::jsonb, true, 'x', $4, $5)`,
      [`T${randomUUID().slice(0, 10)}`, kind, urgent, code, at],
    );
  }
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  await addReports('GM0153', '2026-03-10T12:00:00Z', 5, 'family');
  await addReports('GM0153', '2026-03-11T12:00:00Z', 1, 'victim', true);
  await addReports('GM0164', '2026-03-12T12:00:00Z', 4, 'professional');
  await addReports('GM0141', '2026-03-13T12:00:00Z', 1, 'bystander');
  await addReports('GM0153', '2026-02-10T12:00:00Z', 7, 'family');
});
afterAll(async () => {
  await t?.close();
});

/** Every number a page shows in its tables, as text, by row heading. */
const tableCells = (html: string): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const row of html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const head = /<th[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/.exec(row[1] ?? '')?.[1];
    const cells = [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? '');
    if (head) out.set(head, [...(out.get(head) ?? []), ...cells]);
  }
  return out;
};

const exactNumbers = (html: string): number[] =>
  [...html.matchAll(/<td class="utrecht-table__cell vn-num">([0-9.]+)<\/td>/g)].map((m) => Number((m[1] ?? '').replace(/\./g, '')));

describe('figures dashboards', () => {
  it('shows a municipality only its own figures, small cells as < 5, and says "nog geen gegevens" for modules without data', async () => {
    const enschede = await municipalityOfficer(t, { cbsCode: 'GM0153', region: 'Twente (fictief)' });
    await municipalityOfficer(t, { cbsCode: 'GM0164', region: 'Twente (fictief)' });
    await municipalityOfficer(t, { cbsCode: 'GM0141', region: 'Twente (fictief)' });
    const page = await enschede.client.get('/cijfers?van=2026-01&tot=2026-06');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Cijfers van gemeente Enschede');
    const cells = tableCells(page.body);
    expect(cells.get('2026-02')?.[0]).toBe('7');
    expect(cells.get('2026-03')?.[0]).toBe('6');
    // But 1 of those 6 is by the victim: the split by kind of reporter would give the 1 away, so it is not shown.
    expect(cells.get('Van het slachtoffer zelf')?.[0]).toBe('kleine of niet getoonde aantallen');
    expect(cells.get('Van familie of vrienden')?.[0]).not.toMatch(/^1[0-9]$/);
    expect(cells.get('2026-01')?.[0]).toBe('&lt; 5');
    expect(page.body).toContain('Reacties op lokprofielen');
    expect(cells.get('Reacties op lokprofielen')?.[0]).toBe('nog geen gegevens');
    expect(cells.get('Dossiers geopend')?.[0]).toBe('nog geen gegevens');
    expect(page.body).not.toContain('Hengelo');
    expect(page.body).not.toContain('Almelo');
    // Another municipality or a region: refused, never shown.
    const other = await enschede.client.get('/cijfers?gemeente=GM0164');
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('U ziet alleen de cijfers van uw eigen gemeente.');
    expect(other.body).not.toContain('Cijfers van gemeente Hengelo');
    expect((await enschede.client.get('/cijfers?regio=Twente%20(fictief)')).statusCode).toBe(403);
    expect((await enschede.client.get('/cijfers.csv?gemeente=GM0164')).statusCode).toBe(403);
    // No record is reachable for a municipality user.
    for (const path of ['/meldingen', '/dossiers', '/monitor', '/identificatoren', '/bewijs']) {
      expect((await enschede.client.get(path)).statusCode, path).toBe(403);
    }
  });

  it('survives a hostile set of queries: no suppressed cell (1 and 4 reports) can be worked out', async () => {
    clearFigureCache(t.ctx);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const queries = [
      '/cijfers?van=2026-03&tot=2026-03',
      '/cijfers?van=2026-02&tot=2026-03',
      '/cijfers?van=2026-01&tot=2026-03',
      '/cijfers?van=2026-02&tot=2026-02',
      '/cijfers?van=2026-03&tot=2026-06',
      '/cijfers?van=2026-03&tot=2026-03&regio=Twente%20(fictief)',
      '/cijfers?van=2026-02&tot=2026-03&regio=Twente%20(fictief)',
      '/cijfers?van=2026-03&tot=2026-03&gemeente=GM0153',
      '/cijfers?van=2026-03&tot=2026-03&gemeente=GM0164',
      '/cijfers?van=2026-03&tot=2026-03&gemeente=GM0141',
      '/cijfers?van=2026-02&tot=2026-03&gemeente=GM0164',
    ];
    const seen = new Set<number>();
    for (const q of queries) {
      const res = await sup.client.get(q);
      expect(res.statusCode, q).toBe(200);
      for (const n of exactNumbers(res.body)) seen.add(n);
      const csv = await sup.client.get(q.replace('/cijfers?', '/cijfers.csv?'));
      expect(csv.statusCode).toBe(200);
      for (const m of csv.body.matchAll(/;"([0-9.]+)"\r\n/g)) seen.add(Number((m[1] ?? '').replace(/\./g, '')));
    }
    const view = async (q: string) => tableCells((await sup.client.get(q)).body);
    const hengelo = await view('/cijfers?van=2026-03&tot=2026-03&gemeente=GM0164');
    const almelo = await view('/cijfers?van=2026-03&tot=2026-03&gemeente=GM0141');
    expect(hengelo.get('Meldingen')?.[0]).toBe('&lt; 5');
    expect(almelo.get('Meldingen')?.[0]).toBe('&lt; 5');
    const enschede = await view('/cijfers?van=2026-03&tot=2026-03&gemeente=GM0153');
    expect(enschede.get('Meldingen')?.[0]).toBe('6');
    const exact = (v: string | undefined) => (v && /^[0-9.]+$/.test(v) ? Number(v.replace(/\./g, '')) : null);
    // Each attack needs every number in it to be exact; at least one must not be.
    const regionMarch = exact((await view('/cijfers?van=2026-03&tot=2026-03&regio=Twente%20(fictief)')).get('Meldingen')?.[0]);
    const regionFebMar = exact((await view('/cijfers?van=2026-02&tot=2026-03&regio=Twente%20(fictief)')).get('Meldingen')?.[0]);
    const regionFeb = exact((await view('/cijfers?van=2026-02&tot=2026-02&regio=Twente%20(fictief)')).get('Meldingen')?.[0]);
    const nationalMarch = exact((await view('/cijfers?van=2026-03&tot=2026-03')).get('Meldingen')?.[0]);
    const hengeloFebMar = exact((await view('/cijfers?van=2026-02&tot=2026-03&gemeente=GM0164')).get('Meldingen')?.[0]);
    expect(regionMarch, 'region minus Enschede gives Hengelo + Almelo').toBeNull();
    expect(nationalMarch, 'country minus Enschede').toBeNull();
    expect(regionFebMar === null || regionFeb === null, 'two periods minus each other').toBe(true);
    expect(hengeloFebMar, 'a longer period minus a shorter one').toBeNull();
    const kinds = ['Van het slachtoffer zelf', 'Van familie of vrienden', 'Van omstanders', 'Van professionals', 'Van hotels en bedrijven', 'Van klanten', 'Van (ex-)daders'];
    const shownKinds = kinds.map((k) => exact(enschede.get(k)?.[0]));
    expect(shownKinds.some((k) => k === null), 'the total minus the parts by kind').toBe(true);
    expect(shownKinds.filter((k) => k !== null).length).toBeLessThan(kinds.length - 1);
    // Every exact number anywhere (pages and CSV) is a cell of 5 or more, or a sum of such cells.
    expect([...seen].every((n) => n === 0 || n >= 5)).toBe(true);
    for (const secretSum of [5, 11, 10, 17, 12]) expect([...seen], `total with a small cell: ${secretSum}`).not.toContain(secretSum);
  });

  it('gives a clear Dutch message for impossible filters, never a 500', async () => {
    const sup = await signedInAs(t.ctx, t.staffApp, ['analyst']);
    const cases: [string, string][] = [
      ['/cijfers?van=2026-05&tot=2026-01', 'De beginmaand ligt na de eindmaand'],
      ['/cijfers?van=2020-01&tot=2026-01', 'Kies een periode van ten hoogste 36 maanden'],
      ['/cijfers?van=2026-13&tot=2026-14', 'Schrijf de beginmaand als jjjj-mm'],
      ['/cijfers?tot=2030-01', 'De eindmaand ligt in de toekomst'],
      ['/cijfers?gemeente=GM9999', 'Deze gemeente kennen wij niet'],
      ['/cijfers?gemeente=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Deze gemeente kennen wij niet'],
      ['/cijfers?regio=Nergensland', 'Deze regio kennen wij niet'],
      ['/cijfers?van=2026-1&tot=2026-01', 'Schrijf de beginmaand'],
    ];
    for (const [url, message] of cases) {
      const res = await sup.client.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.body, url).toContain(message);
      expect(res.body).not.toContain('<script>alert(1)');
    }
  });

  it('shows the national context with source and year to a supervisor, and is cached for a while', async () => {
    clearFigureCache(t.ctx);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const first = await sup.client.get('/cijfers?van=2026-02&tot=2026-02');
    expect(first.body).toContain('Cijfers van heel Nederland');
    expect(first.body).toContain('Slachtoffermonitor');
    expect(first.body).toContain('≈ 11 %');
    expect(first.body).toContain('<svg class="vn-chart"');
    expect(tableCells(first.body).get('Meldingen')?.[0]).toMatch(/7/);
    await addReports('GM0153', '2026-02-20T12:00:00Z', 5, 'family');
    // Within the cache time the page still counts 7. Just after it, the page is served at once from
    // the old count while a new one runs behind it; the next page has 12.
    const enschede = async () => tableCells((await sup.client.get('/cijfers?van=2026-02&tot=2026-02')).body).get('Enschede (GM0153)')?.[0];
    expect(await enschede()).toBe('7');
    clock.advance(11 * 60_000);
    expect(await enschede()).toBe('7');
    await figureCountsSettled(t.ctx);
    expect(await enschede()).toBe('12');
    // Past STALE_MINUTES nothing old is served: the page waits for a new count.
    await addReports('GM0153', '2026-02-21T12:00:00Z', 1, 'family');
    clock.advance(21 * 60_000);
    expect(await enschede()).toBe('13');
  });
});
