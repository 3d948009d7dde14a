import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import type { TestClient } from '../../test/support/client.ts';
import { signIn } from '../../test/support/factories.ts';
import { hashTestPassword } from '../../test/support/test-hash.ts';
import { MODULES } from '../app/modules.ts';
import { findUserByEmail, updateUser } from '../modules/accounts/queries.ts';
import { newTotpSecret } from '../modules/accounts/sign-in/totp.ts';

let t: TestApp;
const printed: string[] = [];

/** What `vangnet demo` does: every module's demo hook, in MODULES order. */
const runDemo = async () => {
  for (const mod of MODULES) await mod.demo?.(t.ctx, { showPasswords: false, print: (l) => printed.push(l) });
};

/**
 * Signs in as a demo account through the real sign-in forms. The demo gives its users random
 * passwords and no authenticator yet; the test sets a known password and TOTP secret on the account
 * (what the user would do at the first sign-in) and then signs in like a browser.
 */
const signInAsDemo = async (role: string): Promise<TestClient> => {
  const user = await findUserByEmail(t.ctx.db, `demo-${role}@vangnet.test`);
  if (!user) throw new Error(`no demo ${role}`);
  const password = `demo-test-${role}-wachtwoord`;
  const totpSecret = newTotpSecret();
  await updateUser(t.ctx.db, user.id, { passwordHash: await hashTestPassword(password), totpSecretEnc: t.ctx.keys.encrypt(totpSecret), mustChangePassword: false });

  return signIn(t.ctx, t.staffApp, { user: { ...user, email: user.email }, password, totpSecret });
};

const counts = async () => {
  const n = async (table: string, where = 'true') =>
    Number((await t.ctx.database.executor.executeSql(`select count(*)::int as n from ${table} where ${where}`)).rows[0]?.n);

  return {
    reports: await n('reports'),
    storyReports: await n('reports', "idempotency_key like 'demo-story-%'"),
    messages: await n('report_messages'),
    dossiers: await n('dossiers'),
    subjects: await n('subjects'),
    signals: await n('signals'),
    evidence: await n('evidence_items'),
    handovers: await n('handovers'),
    sources: await n('monitor_sources'),
    ads: await n('ads'),
    groups: await n('ad_groups'),
    alerts: await n('monitor_alerts'),
    identifierOccurrences: await n('identifier_occurrences'),
    organisations: await n('organisations'),
    users: await n('users'),
    campaigns: await n('info_pages', "kind = 'campaign'"),
    decoyBasis: await n('decoy_governance'),
    decoyScripts: await n('decoy_scripts'),
    decoyProfiles: await n('decoy_profiles'),
    decoyConversations: await n('decoy_conversations'),
  };
};

const rowsOf = (html: string) => html.split('data-testid="queue-row"').slice(1);

beforeAll(async () => {
  t = await createTestApp();
  await runDemo();
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('vangnet demo: a living meldpunt', () => {
  it('/meldingen shows the twelve story reports of every kind of reporter, the urgent one first, one with an unread answer', async () => {
    const intake = await signInAsDemo('intake');
    const page = await intake.get('/meldingen');
    expect(page.statusCode).toBe(200);
    const rows = rowsOf(page.body);
    // The dashboards' two years of closed figure reports stay out of the open queue.
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain('Urgent');
    expect(rows.filter((r) => r.includes('>Urgent<'))).toHaveLength(1);
    const unread = rows.filter((r) => r.includes('data-testid="queue-unread"'));
    expect(unread).toHaveLength(1);
    expect(unread[0]).toContain('Nieuw antwoord van de melder');
    for (const kind of ['Slachtoffer', 'Ouder', 'Hotel', 'Klant', 'Professional']) expect(page.body.toLowerCase()).toContain(kind.toLowerCase());
    // The start page tells intake that a reporter answered (until the report is opened).
    expect((await intake.get('/')).body).toContain('Nieuwe antwoorden van melders');
    const answered = /href="(\/meldingen\/[^"]+)"/.exec(unread[0]!)?.[1];
    const report = await intake.get(answered!);
    expect(report.body).toContain('Ik durf niet te bellen, mijn vriend kijkt op mijn telefoon.');
  });

  it('the investigator sees three dossiers in three states, with people, signals, text evidence and the handover', async () => {
    const investigator = await signInAsDemo('investigator');
    const list = await investigator.get('/dossiers');
    expect(list.statusCode).toBe(200);
    for (const title of ['Fictief: Lisa (15)', 'Fictief: &quot;Rico&quot;, advertenties', 'Fictief: Sam (16)']) expect(list.body).toContain(title);
    // One row per state: just opened, in investigation, handed over.
    const rowOf = (title: string) => list.body.split('<tr').find((r) => r.includes(title)) ?? '';
    expect(rowOf('Fictief: Sam (16)')).toContain('>Open<');
    expect(rowOf('advertenties en hotelkamers')).toContain('>In onderzoek<');
    expect(rowOf('Fictief: Lisa (15)')).toContain('>Overgedragen<');
    const ids = [...list.body.matchAll(/href="\/dossiers\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const pages = await Promise.all([...new Set(ids)].map((id) => investigator.get(`/dossiers/${id}`)));
    const lisa = pages.find((p) => p.body.includes('Fictief: Lisa (15)'))!;
    expect(lisa.body).toMatch(/overgedragen/i);
    // The dossier's sections are pages of their own (issue 14).
    const lisaId = ids.find((id) => lisa.body.includes(`/dossiers/${id}/personen`))!;
    const section = async (page: string) => (await investigator.get(`/dossiers/${lisaId}/${page}`)).body;
    expect(await section('personen')).toContain('Fictief: Lisa J.');
    expect(await section('signalen')).toContain('Fictief: wordt elke vrijdag opgehaald door een oudere man in een zwarte auto.');
    const evidence = await section('bewijs');
    expect(evidence).toContain('Fictief: chatgesprek, overgetypt door de moeder');
    expect(await section('overdracht')).toContain('Politie Eenheid Voorbeeld (fictief)');
    // The evidence was hashed at capture: its SHA-256 is on the evidence page.
    const evidenceId = /href="\/bewijs\/([0-9a-f-]{36})"/.exec(evidence)?.[1];
    expect(evidenceId).toBeTruthy();
    expect((await investigator.get(`/bewijs/${evidenceId}`)).body).toMatch(/[0-9a-f]{64}/);
  });

  it('the monitor shows the crawled ads with the template group of 06-12348002, linked to the dossier through the identifier index', async () => {
    const investigator = await signInAsDemo('investigator');
    const groups = await investigator.get('/monitor/groepen');
    expect(groups.statusCode).toBe(200);
    const items = groups.body.split('<li id=').slice(1);
    const ricoGroup = items.find((g) => g.includes('Fictief: Nieuw in Voorbeeldstad, Jasmijn'));
    expect(ricoGroup).toBeTruthy();
    expect(ricoGroup).toMatch(/Groep van 4/i);
    expect(ricoGroup).toMatch(/06[ -]?12348002|\+31612348002/);
    expect(items.find((g) => g.includes('Fictief: Massage'))).toMatch(/Groep van 3/i);
    // The identifier page of the number: the four ads of the group and the dossier "Rico" (and its person).
    const list = await investigator.get('/dossiers');
    const rico = /href="\/dossiers\/([0-9a-f-]{36})"[^>]*>Fictief: &quot;Rico&quot;/.exec(list.body)?.[1];
    expect(rico).toBeTruthy();
    const where = await investigator.get('/identificatoren/phone/%2B31612348002');
    expect(where.statusCode).toBe(200);
    const occurrences = where.body.slice(where.body.indexOf('data-testid="occurrences"'));
    expect(occurrences.match(/href="\/monitor\/advertenties\//g)).toHaveLength(4);
    expect(occurrences).toContain(`href="/dossiers/${rico}"`);
    expect(occurrences).toContain('<code>nul zes een twee drie vier acht nul nul twee</code>');
    // The crawl raised the dossier-match alert for the dossier's investigator.
    expect((await investigator.get('/monitor/meldingen')).body).toContain('Fictief: &quot;Rico&quot;');
  });

  it('the decoy programme has an approved basis, an approved script library, a live profile and a conversation a responder opened', async () => {
    const operator = await signInAsDemo('decoy-operator');
    const page = await operator.get('/lokprofielen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Fictief demoprofiel Noor');
  });

  it('running it twice adds nothing: the same counts', async () => {
    const before = await counts();
    expect(before).toMatchObject({ storyReports: 12, dossiers: 3, handovers: 1, sources: 1, ads: 10, decoyBasis: 1, decoyScripts: 6, decoyProfiles: 1, decoyConversations: 2 });
    expect(before.evidence).toBe(4);
    await runDemo();
    expect(await counts()).toEqual(before);
  }, 240_000);
});
