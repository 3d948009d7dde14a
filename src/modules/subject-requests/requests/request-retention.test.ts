import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { runRetention } from '../../retention/index.ts';
import { subjectRequestDecisions, subjectRequests } from '../schema.ts';

/**
 * The data-subject request's own retention rule (`subject_requests.request`): registered in the
 * schedule as the other rules are, marked as a proposal for the DPIA; a run deletes a request and
 * its decisions two years after the first answer, and leaves open and recently answered requests.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
let officerId = '';
const actor = { userId: null, label: 'test' };

const register = async (naam: string, ontvangen = '2031-03-09') => {
  const res = await officer.post('/inzageverzoeken', { soort: 'inzage', naam, telefoons: '', emails: '', accounts: '', meldnummer: '', controle: 'id_document', controle_notitie: '', ontvangen });
  expect(res.statusCode).toBe(303);
  return /^\/inzageverzoeken\/([0-9a-f-]{36})\?/.exec(String(res.headers.location))?.[1] as string;
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  const o = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
  officer = o.client;
  officerId = o.user.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('the retention rule for data-subject requests', () => {
  it('is in the schedule with its period, basis and the proposal mark', async () => {
    const page = await officer.get('/bewaartermijnen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Verzoek van een betrokkene (inzage, correctie, wissen …) met de besluiten');
    expect(page.body).toContain('Verantwoordingsplicht (AVG art. 5 lid 2 en art. 12)');
    expect(page.body).toContain('voorstel, vast te stellen in de DPIA');
  });

  it('deletes a request and its decisions two years after the first answer; open and recent ones stay', async () => {
    clock.set('2031-03-10T10:00:00.000Z');
    const old = await register('Testje Oudverzoek');
    const open = await register('Testje Openverzoek');
    await t.ctx.db.insert(subjectRequestDecisions).values({ requestId: old, recordType: 'report', recordId: 'x-test', decision: 'give', execution: 'recorded', decidedBy: officerId, decidedAt: clock.now() });
    expect((await officer.post(`/inzageverzoeken/${old}/antwoord`, { vorm: 'json' })).statusCode).toBe(200);
    clock.set('2032-03-10T10:00:00.000Z');
    const recent = await register('Testje Nieuwverzoek', '2032-03-09');
    clock.set('2032-03-12T10:00:00.000Z');
    expect((await officer.post(`/inzageverzoeken/${recent}/antwoord`, { vorm: 'json' })).statusCode).toBe(200);

    // One day short of two years: nothing goes.
    clock.set('2033-03-09T10:00:00.000Z');
    const early = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor });
    expect(early.rules.find((r) => r.key === 'subject_requests.request')?.count).toBe(0);

    clock.set('2033-03-11T10:00:00.000Z');
    const dry = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor });
    expect(dry.rules.find((r) => r.key === 'subject_requests.request')?.count).toBe(1);
    expect(await t.ctx.db.select().from(subjectRequests).where(eq(subjectRequests.id, old))).toHaveLength(1);

    const run = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
    expect(run.rules.find((r) => r.key === 'subject_requests.request')?.count).toBe(1);
    const left = await t.ctx.db.select({ id: subjectRequests.id }).from(subjectRequests).where(inArray(subjectRequests.id, [old, open, recent]));
    expect(left.map((r) => r.id).sort()).toEqual([open, recent].sort());
    expect(await t.ctx.db.select().from(subjectRequestDecisions).where(eq(subjectRequestDecisions.requestId, old))).toEqual([]);
    // Nothing of the deleted request is left in the database but its id in the audit and access logs.
    const dump = await dumpDatabase(t.ctx);
    const rowsWithId = dump.split('\n').filter((line) => line.includes(old));
    expect(rowsWithId.every((line) => /audit_events|access_log/.test(line))).toBe(true);
    expect((await officer.get(`/inzageverzoeken/${old}`)).statusCode).toBe(404);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});
