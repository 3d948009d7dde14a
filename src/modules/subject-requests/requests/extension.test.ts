import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { subjectRequests } from '../schema.ts';

/**
 * The two-month extension of the one-month deadline (AVG art. 12(3)), on the injected clock: a step
 * with a reason, only within the first month and only once; the countdown then runs to the extended
 * day, and a reminder to tell the person within the first month stays until that is recorded.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;

const REASON = 'Veel gegevens in drie dossiers (test)';

const register = async (ontvangen: string) => {
  const res = await officer.post('/inzageverzoeken', { soort: 'inzage', naam: 'Testje Verlengd', telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen });
  expect(res.statusCode, res.body.slice(0, 1000)).toBe(303);
  return /^\/inzageverzoeken\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))?.[1] as string;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('extending the deadline by two months', () => {
  it('needs a reason, then counts down to two months after the first deadline and reminds to tell the person', async () => {
    clock.set('2031-03-10T10:00:00.000Z');
    const id = await register('2031-03-09');
    const page = await officer.get(`/inzageverzoeken/${id}`);
    expect(page.body).toContain('Termijn met twee maanden verlengen');
    expect(page.body).toContain('Dat kan tot en met 2031-04-09.');

    const noReason = await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf de reden van de verlenging op');
    expect(noReason.body).toContain('Uiterlijk antwoorden op 2031-04-09 (nog 30 dagen).');

    const done = await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: REASON });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/inzageverzoeken/${id}?klaar=verlengd`);
    const extended = await officer.get(`/inzageverzoeken/${id}?klaar=verlengd`);
    expect(extended.body).toContain('De termijn is met twee maanden verlengd.');
    // 9 April + two months = 9 June: 91 days from 10 March.
    expect(extended.body).toContain('Uiterlijk antwoorden op 2031-06-09 (nog 91 dagen).');
    expect(extended.body).toContain(`Verlengd met twee maanden op 2031-03-10 (eerste termijn: 2031-04-09). Reden: ${REASON}`);
    expect(extended.body).toContain('Laat de persoon uiterlijk op 2031-04-09 weten dat de termijn is verlengd, en waarom (nog 30 dagen).');
    expect(extended.body).not.toContain('Termijn met twee maanden verlengen');
    const list = await officer.get('/inzageverzoeken');
    expect(list.body).toContain('2031-06-09');
    expect(list.body).toContain('persoon nog vertellen');

    // The reason is stored encrypted, and the audit event holds only the days.
    const [row] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, id));
    expect(row?.extendedDeadlineOn).toBe('2031-06-09');
    expect(JSON.stringify(row)).not.toContain('drie dossiers');
    const events = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, 'subject_request.extended')));
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ deadlineOn: '2031-04-09', extendedDeadlineOn: '2031-06-09' });
    expect(JSON.stringify(events)).not.toContain('drie dossiers');

    // Only once.
    const twice = await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: 'Nog eens (test)' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('De termijn is al verlengd; dat kan maar één keer.');

    // A week on, the reminder counts down to the end of the first month; the person is told.
    clock.set('2031-04-02T08:00:00.000Z');
    expect((await officer.get(`/inzageverzoeken/${id}`)).body).toContain('en waarom (nog 7 dagen).');
    expect((await officer.post(`/inzageverzoeken/${id}/verlenging-gemeld`, {})).statusCode).toBe(303);
    const told = await officer.get(`/inzageverzoeken/${id}?klaar=gemeld`);
    expect(told.body).toContain('Vastgelegd dat de persoon het weet.');
    expect(told.body).toContain('De persoon is op 2031-04-02 verteld dat de termijn is verlengd.');
    expect(told.body).not.toContain('data-testid="tell-reminder"');
    expect((await officer.get('/inzageverzoeken')).body).not.toContain('persoon nog vertellen');

    // After the first deadline the request is not late: it counts to 9 June.
    clock.set('2031-04-12T08:00:00.000Z');
    const later = await officer.get(`/inzageverzoeken/${id}`);
    expect(later.body).toContain('Uiterlijk antwoorden op 2031-06-09 (nog 58 dagen).');
    expect(later.body).not.toContain('te laat');
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('is refused after the first month: the person had to be told within it', async () => {
    clock.set('2031-03-10T10:00:00.000Z');
    const id = await register('2031-03-01');
    clock.set('2031-04-02T08:00:00.000Z'); // the first deadline was 1 April
    const page = await officer.get(`/inzageverzoeken/${id}`);
    expect(page.body).toContain('Verlengen kan niet meer: de eerste maand is voorbij (2031-04-01).');
    expect(page.body).toContain('1 dag te laat');
    expect(page.body).not.toContain('name="reden"');
    const late = await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: REASON });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('De eerste maand is voorbij: verlengen kan niet meer.');
    const [row] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, id));
    expect(row?.extendedDeadlineOn).toBeNull();
  });

  it('a reminder told after the first month says so, and "told" without an extension changes nothing', async () => {
    clock.set('2031-03-10T10:00:00.000Z');
    const id = await register('2031-03-10');
    expect((await officer.post(`/inzageverzoeken/${id}/verlenging-gemeld`, {})).statusCode).toBe(303);
    const [before] = await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, id));
    expect(before?.extensionToldOn).toBeNull();
    clock.set('2031-04-10T08:00:00.000Z'); // the last day of the first month
    expect((await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: REASON })).statusCode).toBe(303);
    expect((await officer.get(`/inzageverzoeken/${id}`)).body).toContain('(vandaag is de laatste dag)');
    clock.set('2031-04-11T08:00:00.000Z');
    await officer.post(`/inzageverzoeken/${id}/verlenging-gemeld`, {});
    expect((await officer.get(`/inzageverzoeken/${id}`)).body).toContain('De persoon is op 2031-04-11 verteld dat de termijn is verlengd: na de eerste maand.');
  });

  it('answering after an extension names the extended deadline in the JSON', async () => {
    clock.set('2031-03-10T10:00:00.000Z');
    const id = await register('2031-03-05');
    await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: REASON });
    const json = JSON.parse((await officer.post(`/inzageverzoeken/${id}/antwoord`, { vorm: 'json' })).body);
    expect(json.request).toMatchObject({ receivedOn: '2031-03-05', deadlineOn: '2031-06-05', extended: true });
    expect((await officer.post(`/inzageverzoeken/${id}/verlengen`, { reden: REASON })).statusCode).toBe(409);
  });
});
