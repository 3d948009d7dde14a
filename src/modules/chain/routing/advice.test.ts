import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { dossierCriteria, dossierRisks, subjects } from '../../cases/index.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { chainReferrals, chainShares } from '../schema.ts';
import { fillDossier } from '../testing.ts';

// The routing advice on /keten/dossiers/:id, through the real server (own file: its own sign-in budget).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2026-12-01T09:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

describe('routing advice on the chain page', () => {
  it('advises from the dossier’s facts with the reasons shown, and moves nothing', async () => {
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Advies-dossier (fictief)' });
    await fillDossier(t.ctx, id, sup.user.id);
    const empty = await sup.client.get(`/keten/dossiers/${id}`);
    // fillDossier: economic gain met, a possible victim without a recorded age.
    expect(empty.body).toContain('data-advice="zvh"');
    expect(empty.body).toContain('data-reason="no_criminal_component"');
    expect(empty.body).toContain('data-advice="comensha"');
    expect(empty.body).toContain('data-reason="economic_gain"');
    expect(empty.body).toContain('data-advice="care"');
    expect(empty.body).not.toContain('data-advice="police_om"');
    expect(empty.body).not.toContain('data-advice="veilig-thuis"');

    // A known suspect, a minor, a high risk of violence: police/OM instead of the ZVH, and Veilig Thuis.
    await t.ctx.db.insert(dossierCriteria).values({ dossierId: id, criterion: 'suspect_known', state: 'met', evidence: 'Fictief', updatedBy: sup.user.id }).onConflictDoUpdate({ target: [dossierCriteria.dossierId, dossierCriteria.criterion], set: { state: 'met' } });
    await t.ctx.db.insert(dossierRisks).values({ dossierId: id, risk: 'violence', severity: 'high', nature: '', reason: 'Fictief', updatedBy: sup.user.id }).onConflictDoUpdate({ target: [dossierRisks.dossierId, dossierRisks.risk], set: { severity: 'high' } });
    await t.ctx.db.update(subjects).set({ age: 15 }).where(eq(subjects.dossierId, id));
    const page = await sup.client.get(`/keten/dossiers/${id}`);
    expect(page.body).toContain('data-advice="police_om"');
    expect(page.body).toContain('Er is een bekende verdachte: een duidelijk strafrechtelijk deel.');
    expect(page.body).not.toContain('data-advice="zvh"');
    expect(page.body).toContain('data-advice="veilig-thuis"');
    expect(page.body).toContain('Het risico op geweld is hoog.');
    expect(page.body).toContain('Het mogelijke slachtoffer is jonger dan 18.');
    // The handover page shows the same advice (the chain's dossierSections hook), with the way to the chain page.
    const handover = await sup.client.get(`/dossiers/${id}/overdracht`);
    expect(handover.statusCode).toBe(200);
    const shown = (html: string) => [...html.matchAll(/data-advice="([a-z_-]+)"/g)].map((m) => m[1]);
    expect(shown(handover.body)).toEqual(shown(page.body));
    expect(handover.body).toContain('Het risico op geweld is hoog.');
    expect(handover.body).toContain(`href="/keten/dossiers/${id}#advies"`);
    // Not on the overview, and not for a partner (partners never open the handover page).
    expect((await sup.client.get(`/dossiers/${id}`)).body).not.toContain('data-advice=');
    // Advice only: no referral and no share was made.
    expect((await t.ctx.db.select().from(chainReferrals).where(eq(chainReferrals.dossierId, id))).length).toBe(0);
    expect((await t.ctx.db.select().from(chainShares).where(eq(chainShares.dossierId, id))).length).toBe(0);
  });
});
