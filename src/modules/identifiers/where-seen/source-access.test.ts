import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser, signIn } from '../../../../test/support/factories.ts';
import { insertAssignee, insertDossier, insertTestReport } from '../../cases/testing.ts';
import { addEvidenceFile } from '../../evidence/testing.ts';
import type { LinkGraph } from '../../links/testing.ts';
import { recordOccurrences } from '../occurrences/record-occurrences.ts';
import { loadSourceAccess, mayOpenSource } from './source-access.ts';

/**
 * Issue 5 follow-up point 3: one access rule per source kind, the same in "where else seen" and in
 * the link chart. Loose evidence (in no dossier) opens for the evidence roles, as /bewijs/:id does;
 * evidence in a dossier needs that dossier too.
 */
let t: TestApp;
let reportId = '';
let looseId = '';
let lockedAwayId = '';
const PHONE = '+31612340777';

beforeAll(async () => {
  t = await createTestApp();
  const owner = await createStaffUser(t.ctx, { roles: ['investigator'], name: 'Onderzoeker Eigenaar (test)' });
  const dossier = await insertDossier(t.ctx.db, { title: 'Ander dossier (test)', createdBy: owner.user.id });
  await insertAssignee(t.ctx.db, { dossierId: dossier.id, userId: owner.user.id, addedBy: owner.user.id });
  const actor = { id: owner.user.id, name: owner.user.name };
  const bytes = new TextEncoder().encode('schermafdruk (test)');
  looseId = (await addEvidenceFile(t.ctx, { actor, bytes, title: 'Los bewijs 06-12340777', sourceDescription: 'Test' })).id;
  lockedAwayId = (await addEvidenceFile(t.ctx, { actor, bytes, title: 'Dossierbewijs 06-12340777', sourceDescription: 'Test', dossierId: dossier.id })).id;
  const report = await insertTestReport(t.ctx);
  reportId = report.id;
  await recordOccurrences(t.ctx.db, { source: { type: 'report', id: reportId }, field: 'online.phones', text: '06-12340777' });
});
afterAll(async () => {
  await t?.close();
});

describe('one access rule per source kind', () => {
  it('the rule itself: loose evidence by role, evidence in a dossier by that dossier', async () => {
    const inv = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const intake = await createStaffUser(t.ctx, { roles: ['intake'] });
    const invAccess = await loadSourceAccess(t.ctx, inv.user);
    const intakeAccess = await loadSourceAccess(t.ctx, intake.user);
    expect(await mayOpenSource(invAccess, { type: 'evidence', id: looseId })).toBe(true);
    expect(await mayOpenSource(invAccess, { type: 'evidence', id: lockedAwayId })).toBe(false);
    expect(await mayOpenSource(intakeAccess, { type: 'evidence', id: looseId })).toBe(false);
    expect(await mayOpenSource(intakeAccess, { type: 'report', id: reportId })).toBe(true);
    expect(await mayOpenSource(invAccess, { type: 'decoy_contact', id: 'x' })).toBe(false);
    expect(await mayOpenSource(invAccess, { type: 'dossier', id: 'not-a-uuid' })).toBe(false);
  });

  it('an unassigned investigator gets the loose item as a link on the report page and in the link chart, the dossier item in neither', async () => {
    const inv = await createStaffUser(t.ctx, { roles: ['investigator'] });
    const client = await signIn(t.ctx, t.staffApp, inv);

    const page = await client.get(`/meldingen/${reportId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/bewijs/${looseId}"`);
    expect(page.body).not.toContain(lockedAwayId);
    expect(page.body).toContain('data-testid="no-access"');
    expect((await client.get(`/bewijs/${looseId}`)).statusCode).toBe(200);
    expect((await client.get(`/bewijs/${lockedAwayId}`)).statusCode).toBe(403);

    const chart = await client.get(`/identificatoren/phone/${encodeURIComponent(PHONE)}/verbanden/data`);
    expect(chart.statusCode).toBe(200);
    const g = JSON.parse(chart.body) as LinkGraph;
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain(`evidence:${looseId}`);
    expect(ids).not.toContain(`evidence:${lockedAwayId}`);
    expect(g.nodes.find((n) => n.kind === 'identifier')?.hidden).toEqual({ evidence: 1 });
  });

  it('a supervisor opens both; intake sees the report but neither evidence item', async () => {
    const sup = await signIn(t.ctx, t.staffApp, await createStaffUser(t.ctx, { roles: ['supervisor'] }));
    const page = await sup.get(`/meldingen/${reportId}`);
    expect(page.body).toContain(`href="/bewijs/${looseId}"`);
    expect(page.body).toContain(`href="/bewijs/${lockedAwayId}"`);
    const g = JSON.parse((await sup.get(`/identificatoren/phone/${encodeURIComponent(PHONE)}/verbanden/data`)).body) as LinkGraph;
    expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([`evidence:${looseId}`, `evidence:${lockedAwayId}`]));

    const intake = await signIn(t.ctx, t.staffApp, await createStaffUser(t.ctx, { roles: ['intake'] }));
    const seen = await intake.get(`/meldingen/${reportId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain('/bewijs/');
  });
});
