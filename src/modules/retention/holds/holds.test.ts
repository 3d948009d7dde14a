import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import type { TestClient } from '../../../../test/support/client.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { MODULES } from '../../../app/modules.ts';
import type { VangnetModule } from '../../../app/module.ts';
import { registerModules } from '../../../app/registry.ts';
import { auditEvents } from '../../audit/index.ts';
import { insertDossier } from '../../cases/testing.ts';
import { runRetention } from '../run/run-retention.ts';
import { legalHolds } from '../schema.ts';

/**
 * Issue 19 point 3: a supervisor holds a dossier with a reason and a review date; the job hands the
 * held dossiers to every rule, which skips them; the privacy officer sees every hold; lifting needs a
 * reason and keeps the row. Audited.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let supervisor: TestClient;
let officer: TestClient;
let investigator: TestClient;
let dossierId = '';

beforeAll(async () => {
  t = await createTestApp({ clock });
  const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  supervisor = sup.client;
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  investigator = (await signedInAs(t.ctx, t.staffApp, ['investigator'])).client;
  dossierId = (await insertDossier(t.ctx.db, { title: 'Overgedragen dossier (fictief)', createdBy: sup.user.id })).id;
}, 60_000);
afterAll(async () => {
  registerModules(MODULES);
  await t?.close();
});

describe('legal hold', () => {
  it('refuses a hold without a reason, with a review date in the past, or on a dossier that does not exist', async () => {
    const res = await supervisor.post('/bewaarplicht', { dossier: dossierId, reden: '', bekijken: '2031-03-10' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Schrijf waarom het dossier bewaard moet blijven');
    expect(res.body).toContain('Vul een datum na vandaag in');
    const none = await supervisor.post('/bewaarplicht', { dossier: '00000000-0000-4000-8000-00000000abcd', reden: 'Overgedragen aan de politie', bekijken: '2031-09-01' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Vul een bestaand dossiernummer in.');
    expect(await t.ctx.db.select().from(legalHolds)).toEqual([]);
  });

  it('only a supervisor places a hold; the privacy officer sees it; others see nothing', async () => {
    expect((await officer.post('/bewaarplicht', { dossier: dossierId, reden: 'Overgedragen aan de politie', bekijken: '2031-09-01' })).statusCode).toBe(403);
    expect((await investigator.get('/bewaarplicht')).statusCode).toBe(403);
    const res = await supervisor.post('/bewaarplicht', { dossier: dossierId, reden: 'Overgedragen aan de politie; strafzaak loopt (test)', bekijken: '2031-09-01' });
    expect(res.statusCode).toBe(303);
    const list = await officer.get('/bewaarplicht');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`data-dossier="${dossierId}"`);
    expect(list.body).toContain('strafzaak loopt (test)');
    expect(list.body).not.toContain('/opheffen');
    const [event] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'retention.hold.placed'));
    expect(event).toMatchObject({ targetType: 'dossier', targetId: dossierId });
  });

  it('the job hands the held dossiers to the rules, and the run page says how many are skipped', async () => {
    const told: string[] = [];
    const probe: VangnetModule = {
      name: 'probe',
      retention: [
        {
          key: 'test.dossier',
          label: { nl: 'Test', en: 'Test' },
          defaultDays: 1,
          action: 'delete',
          legalBasis: { nl: 'Test', en: 'Test' },
          purge: async (_ctx, o) => {
            if (o.isHeld(dossierId)) told.push(dossierId);
            return { count: 0 };
          },
        },
      ],
    };
    registerModules([...MODULES, probe]);
    try {
      const result = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor: { userId: null, label: 'test' } });
      expect(result.heldDossiers).toBe(1);
      expect(told).toEqual([dossierId]);
    } finally {
      registerModules(MODULES);
    }
    const page = await officer.get('/bewaartermijnen/opschonen');
    expect(page.body).toContain('1 dossier(s) onder juridische bewaarplicht worden overgeslagen.');
  });

  it('a supervisor lifts the hold with a reason; the row stays, and the rules are told nothing is held', async () => {
    const [hold] = await t.ctx.db.select().from(legalHolds);
    expect((await supervisor.post(`/bewaarplicht/${hold!.id}/opheffen`, { reden: '' })).statusCode).toBe(400);
    expect((await officer.post(`/bewaarplicht/${hold!.id}/opheffen`, { reden: 'Zaak afgerond (test)' })).statusCode).toBe(403);
    const res = await supervisor.post(`/bewaarplicht/${hold!.id}/opheffen`, { reden: 'Zaak afgerond (test)' });
    expect(res.statusCode).toBe(303);
    expect((await supervisor.post(`/bewaarplicht/${hold!.id}/opheffen`, { reden: 'Nog een keer (test)' })).statusCode).toBe(404);
    const [after] = await t.ctx.db.select().from(legalHolds);
    expect(after).toMatchObject({ liftReason: 'Zaak afgerond (test)', reason: 'Overgedragen aan de politie; strafzaak loopt (test)' });
    expect((await officer.get('/bewaarplicht')).body).toContain('opgeheven door');
    const result = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor: { userId: null, label: 'test' } });
    expect(result.heldDossiers).toBe(0);
    expect(await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'retention.hold.lifted'))).toHaveLength(1);
  });
});
