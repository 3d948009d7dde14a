import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { insertOrganisation } from '../accounts/testing.ts';
import type { Role } from '../accounts/index.ts';
import { createDossierVia, insertAssignee } from '../cases/testing.ts';
import { fillDossier, recordConsent } from './testing.ts';

// Every chain route × every role, with own and other organisation for partners and assigned or
// not for investigators (issue 16, hard rules). Forms are posted empty or with an unknown id, so a
// row that gets in changes nothing; what matters is who gets in at all.
const clock = testClock('2026-12-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => {
  await t?.close();
});

type Who = 'supervisor' | 'assignee' | 'investigator' | 'partner_own' | 'partner_other' | Exclude<Role, 'supervisor' | 'investigator' | 'partner'>;
const OTHER_ROLES = ['intake', 'decoy_operator', 'legal_reviewer', 'analyst', 'privacy_officer', 'admin', 'communications', 'municipality'] as const;

describe('chain authorisation matrix', () => {
  it('lets in exactly the right people on every chain route', async () => {
    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Matrix (fictief)', kind: 'zvh' });
    const care = await insertOrganisation(t.ctx.db, { name: 'Zorg Matrix (fictief)', kind: 'care' });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Matrix-dossier (fictief)' });
    await fillDossier(t.ctx, id, sup.user.id);
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    expect((await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Matrix (fictief).' })).statusCode).toBe(303);
    expect((await sup.client.post(`/keten/dossiers/${id}/delen`, { organisatie: zvh.id, doel: 'Matrix (fictief)', onderdelen: ['summary'], einddatum: '2026-12-20' })).statusCode).toBe(303);

    const users = new Map<Who, TestClient>();
    users.set('supervisor', (await signedInAs(t.ctx, t.staffApp, ['supervisor'])).client);
    const assignee = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    await insertAssignee(t.ctx.db, { dossierId: id, userId: assignee.user.id, addedBy: sup.user.id });
    users.set('assignee', assignee.client);
    users.set('investigator', (await signedInAs(t.ctx, t.staffApp, ['investigator'])).client);
    const own = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
    users.set('partner_own', own.client);
    users.set('partner_other', (await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: care.id })).client);
    for (const r of OTHER_ROLES) users.set(r, (await signedInAs(t.ctx, t.staffApp, [r])).client);

    const inbox = await own.client.get('/keten');
    const rid = /data-referral="([0-9a-f-]{36})"/.exec(inbox.body)![1]!;
    const sid = /data-share="([0-9a-f-]{36})"/.exec(inbox.body)![1]!;
    const unknown = '00000000-0000-4000-8000-000000000000';

    // Expected status per route and person; anyone not named gets 403 (the role door or the dossier gate).
    type Row = { method: 'GET' | 'POST'; url: string; body?: Record<string, string>; allow: Partial<Record<Who, number>> };
    const rows: Row[] = [
      { method: 'GET', url: '/keten', allow: { supervisor: 200, assignee: 200, investigator: 200, partner_own: 200, partner_other: 200 } },
      { method: 'GET', url: `/keten/verwijzingen/${rid}`, allow: { partner_own: 200, partner_other: 404 } },
      { method: 'POST', url: `/keten/verwijzingen/${rid}/aannemen`, body: { eigenaar: '' }, allow: { partner_own: 400, partner_other: 404 } },
      { method: 'POST', url: `/keten/verwijzingen/${rid}/afwijzen`, body: { reden: '' }, allow: { partner_own: 400, partner_other: 404 } },
      { method: 'POST', url: `/keten/verwijzingen/${rid}/terugkoppeling`, body: { stap: '' }, allow: { partner_own: 400, partner_other: 404 } },
      { method: 'GET', url: `/keten/gedeeld/${sid}`, allow: { partner_own: 200, partner_other: 404 } },
      { method: 'GET', url: `/keten/gedeeld/${unknown}`, allow: { partner_own: 404, partner_other: 404 } },
      { method: 'GET', url: `/keten/dossiers/${id}`, allow: { supervisor: 200, assignee: 200 } },
      { method: 'POST', url: `/keten/dossiers/${id}/delen`, body: {}, allow: { supervisor: 400 } },
      { method: 'POST', url: `/keten/dossiers/${id}/delen/${unknown}/stoppen`, body: {}, allow: { supervisor: 303 } },
      { method: 'POST', url: `/keten/dossiers/${id}/verwijzingen`, body: {}, allow: { supervisor: 400, assignee: 400 } },
      { method: 'GET', url: `/dossiers/${id}`, allow: { supervisor: 200, assignee: 200 } },
    ];
    const problems: string[] = [];
    for (const row of rows) {
      for (const [who, client] of users) {
        const expected = row.allow[who] ?? 403;
        // A fresh CSRF token from a page this person may open.
        if (row.method === 'POST') await client.get('/account');
        const res = row.method === 'GET' ? await client.get(row.url) : await client.post(row.url, row.body ?? {});
        if (res.statusCode !== expected) problems.push(`${row.method} ${row.url} as ${who}: ${res.statusCode}, expected ${expected}`);
      }
    }
    expect(problems).toEqual([]);
    // Nothing changed: the referral still waits, the share still answers.
    expect((await own.client.get(`/keten/verwijzingen/${rid}`)).body).toContain('data-status="received"');
  });

  it('sends someone who is not signed in to the sign-in page on every chain route', async () => {
    for (const url of ['/keten', `/keten/verwijzingen/${crypto.randomUUID()}`, `/keten/gedeeld/${crypto.randomUUID()}`, `/keten/dossiers/${crypto.randomUUID()}`]) {
      const res = await t.staffApp.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(303);
      expect(String(res.headers.location)).toContain('/inloggen');
    }
  });
});
