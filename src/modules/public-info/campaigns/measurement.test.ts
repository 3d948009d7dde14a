import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT } from '../../intake/testing.ts';
import { publicInfoModule } from '../module.ts';
import { createThroughForm, versionIdFrom } from '../testing.ts';

const clock = testClock(new Date('2026-03-10T10:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
  const author = await signedInAs(t.ctx, t.staffApp, ['communications']);
  const reviewer = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  const id = await createThroughForm(author.client, { slug: 'hotel-2026', kind: 'campaign', codes: 'hotel', nl: 'Ziet u iets?\n\n>> Meld het online | /melden' });
  await reviewer.client.post(`/inhoud/versies/${await versionIdFrom(reviewer.client, id, 1)}/goedkeuren`);
  campaignId = id;
  staff = reviewer.client;
});
afterAll(async () => {
  await t?.close();
});

let campaignId = '';
let staff: Awaited<ReturnType<typeof signedInAs>>['client'];

const UA = 'VangnetCampagneAgent/7.1 (UniekeAgent-8823)';
const IP = '198.51.100.23';

const dumpDatabase = async (): Promise<string> => {
  const sql = t.ctx.database.executor.executeSql;
  const tables = await sql(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    [],
  );
  const parts: string[] = [];
  for (const r of tables.rows) {
    const rows = await sql(`SELECT row_to_json(x)::text AS j FROM "${String(r.table_schema)}"."${String(r.table_name)}" x`, []);
    for (const row of rows.rows) parts.push(String(row.j));
  }

  return parts.join('\n');
};

const countsRow = async () => {
  const res = await t.ctx.database.executor.executeSql(`SELECT code, day::text AS day, visits, reports_begun, reports_sent FROM info_campaign_counts WHERE code = 'hotel' ORDER BY day`, []);
  return res.rows;
};

describe('campaign measurement without tracking (issue 18 point 5)', () => {
  it('counts visits, reports begun and sent per path and day — and stores nothing about the visitor', async () => {
    const headers = { 'user-agent': UA, 'x-forwarded-for': IP, 'x-real-ip': IP, forwarded: `for=${IP}` };
    // Two visits from a "poster", straight from another address.
    for (let i = 0; i < 2; i += 1) {
      const res = await t.publicApp.inject({ method: 'GET', url: '/c/hotel', headers, remoteAddress: IP });
      expect(res.statusCode).toBe(200);
      // No cookie is set by a visit (the CSRF cookie only for the form on the page, and it is not an id we keep).
      expect(String(res.headers['set-cookie'] ?? '')).not.toMatch(/vn_draft|visit|track/i);
    }
    // One of them begins a report from the page and sends it.
    const client = publicClient(t.publicApp, headers);
    await client.get('/c/hotel');
    const begun = await client.post('/c/hotel/melden');
    expect(begun.statusCode).toBe(303);
    expect(begun.headers.location).toBe('/melden/wie');
    for (const [slug, form] of Object.entries(ANONYMOUS_REPORT)) expect((await client.post(`/melden/${slug}`, form)).statusCode).toBe(303);
    await client.get('/melden/controle');
    expect((await client.post('/melden/versturen')).headers.location).toBe('/melden/ontvangen');
    // Another begins but never sends.
    const other = publicClient(t.publicApp);
    await other.get('/c/hotel');
    await other.post('/c/hotel/melden');

    const rows = await countsRow();
    expect(rows).toEqual([{ code: 'hotel', day: '2026-03-10', visits: 4, reports_begun: 2, reports_sent: 1 }]);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['code', 'day', 'reports_begun', 'reports_sent', 'visits']);

    const dump = await dumpDatabase();
    for (const needle of [UA, 'UniekeAgent', IP]) {
      expect(dump.includes(needle), `database holds ${needle}`).toBe(false);
      expect(t.logs().includes(needle), `logs hold ${needle}`).toBe(false);
    }
  });

  it('counts on the Dutch calendar day, from the app clock', async () => {
    clock.set(new Date('2026-03-10T23:30:00Z')); // 00:30 on 11 March in Amsterdam
    await publicClient(t.publicApp).get('/c/hotel');
    const rows = await countsRow();
    expect(rows.map((r) => [String(r.day).slice(0, 10), r.visits])).toEqual(
      expect.arrayContaining([
        ['2026-03-10', 4],
        ['2026-03-11', 1],
      ]),
    );
    clock.set(new Date('2026-03-10T10:00:00Z'));
  });

  it('shows staff a chart and a table, and offers the counts to the dashboards (figures)', async () => {
    const page = await staff.get(`/inhoud/${campaignId}/cijfers`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<svg class="vn-chart"');
    expect(page.body).toContain('<td class="utrecht-table__cell">/c/hotel</td>');
    const figures = await publicInfoModule.figures?.(t.ctx, { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') });
    const byKey = Object.fromEntries((figures ?? []).map((f) => [f.key, f]));
    expect(byKey['public-info.campaign.visits']?.value).toBe(5);
    expect(byKey['public-info.campaign.reports-begun']?.value).toBe(2);
    expect(byKey['public-info.campaign.reports-sent']?.byMonth).toEqual({ '2026-03': 1 });
  });

  it('unknown or odd landing paths are a plain 404 and count nothing', async () => {
    const client = publicClient(t.publicApp);
    for (const path of ['/c/bestaat-niet', '/c/HOTEL%00', '/c/..%2Fhotel', `/c/${'a'.repeat(300)}`]) expect([404, 414], path).toContain((await client.get(path)).statusCode);
    await client.get('/signalenwijzer');
    const res = await client.post('/c/bestaat-niet/melden');
    expect(res.statusCode).toBe(404);
  });
});
