import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, fillAndSubmit, withContact } from '../../intake/testing.ts';

/**
 * A reporter asks for their own data without a report number: the search decrypts the reporter
 * identities and finds the reports whose reporter gave the person's own e-mail or phone number,
 * as reporter (so the answer gives them their identity, answers and report numbers). Another
 * reporter with the same name is never found or given; a name alone finds no report as reporter.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
const numbers = { own: '', ownByPhone: '', namesake: '' };

const contact = (c: { name: string; phone: string; email: string }) => ({ anonymous: 'no', ...c, contactWay: 'phone', contactWhen: 'na 15:00', mayLeaveMessage: 'no' });

const register = async (form: Record<string, string>) => {
  const res = await officer.post('/inzageverzoeken', { soort: 'inzage', naam: '', telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'known_contact', controle_notitie: '', ontvangen: '2031-03-09', ...form });
  expect(res.statusCode, res.body.slice(0, 1000)).toBe(303);
  return /^\/inzageverzoeken\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))?.[1] as string;
};

const reportRecords = (body: string) => [...body.matchAll(/data-record="(report:[0-9a-f-]{36})"/g)].map((m) => m[1] as string);

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  // Fictitious reporters: the one asking (two reports, the second with only the phone, written differently) and a namesake.
  numbers.own = (await fillAndSubmit(publicClient(t.publicApp), withContact(ANONYMOUS_REPORT))).number;
  numbers.ownByPhone = (await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, contact: contact({ name: 'T. Jansen', phone: '+31 6 1234 9999', email: '' }) })).number;
  numbers.namesake = (await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, contact: contact({ name: 'Testouder Jansen', phone: '06-12348888', email: 'andere.jansen@vangnet.test' }) })).number;
}, 180_000);

afterAll(async () => {
  await t?.close();
});

describe('a reporter asking without a report number', () => {
  it('finds the own reports by e-mail or phone, as reporter, and gives them; never the namesake', async () => {
    const id = await register({ naam: 'Testouder Jansen', emails: 'ouder@vangnet.test', telefoons: '06-12349999' });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    expect(search.statusCode).toBe(200);
    const records = reportRecords(search.body);
    expect(records).toHaveLength(2);
    expect(search.body.split('De persoon is de melder van deze melding.').length - 1).toBe(2);
    expect(search.body).toContain('eigen e-mailadres of telefoonnummer als melder');
    for (const secret of ['andere.jansen@vangnet.test', '12348888', numbers.namesake]) expect(search.body).not.toContain(secret);

    for (const r of records) expect((await officer.post(`/inzageverzoeken/${id}/besluiten`, { gegeven: r, besluit: 'give', grond: '', notitie: '' })).statusCode).toBe(303);
    const body = (await officer.post(`/inzageverzoeken/${id}/antwoord`, { vorm: 'json' })).body;
    const answer = JSON.parse(body);
    expect(answer.given.map((g: { role: string }) => g.role)).toEqual(['reporter', 'reporter']);
    expect(answer.given.map((g: { data: { number: string } }) => g.data.number).sort()).toEqual([numbers.own, numbers.ownByPhone].sort());
    expect(body).toContain('ouder@vangnet.test');
    for (const secret of ['andere.jansen@vangnet.test', '12348888', numbers.namesake]) expect(body).not.toContain(secret);
  });

  it('a name alone finds no report as reporter', async () => {
    const id = await register({ naam: 'Testouder Jansen' });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    expect(reportRecords(search.body)).toEqual([]);
    expect(search.body).not.toContain('De persoon is de melder van deze melding.');
  });

  it('the namesake with their own e-mail gets only their own report', async () => {
    const id = await register({ naam: 'Testouder Jansen', emails: 'Andere.Jansen@vangnet.test' });
    const search = await officer.get(`/inzageverzoeken/${id}/zoeken`);
    const records = reportRecords(search.body);
    expect(records).toHaveLength(1);
    await officer.post(`/inzageverzoeken/${id}/besluiten`, { gegeven: records[0] as string, besluit: 'give', grond: '', notitie: '' });
    const body = (await officer.post(`/inzageverzoeken/${id}/antwoord`, { vorm: 'json' })).body;
    expect(JSON.parse(body).given[0].data.number).toBe(numbers.namesake);
    for (const secret of ['ouder@vangnet.test', '12349999', numbers.own, numbers.ownByPhone]) expect(body).not.toContain(secret);
  });
});
