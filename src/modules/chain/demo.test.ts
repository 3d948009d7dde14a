import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../app/modules.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { DEMO_CARE, DEMO_POLICE, DEMO_ZVH } from './demo-story.ts';
import { findDossierByTitle, findOrganisationByName, findUserByEmail } from './queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2026-12-01T09:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

const runDemo = async (names: string[]) => {
  const lines: string[] = [];
  for (const mod of MODULES.filter((m) => names.includes(m.name))) await mod.demo?.(t.ctx, { showPasswords: false, print: (l) => lines.push(l) });
  return lines.join('\n');
};

describe('vangnet demo for the chain', () => {
  it('shows referrals in several states and shares to the partners, fictitious, once', { timeout: 180_000 }, async () => {
    const out = await runDemo(['accounts', 'intake', 'cases', 'evidence', 'chain']);
    expect(out).toContain('Demo chain: 4 referrals');
    expect(out).toContain('2 shares added');
    expect(out).not.toMatch(/demo-partner-zvh@vangnet.test\s+\S{8,}\s+\(created, one-time\)/);
    expect((await findUserByEmail(t.ctx.db, 'demo-partner-zvh@vangnet.test'))?.roles).toEqual(['partner']);
    // A second run adds nothing.
    expect(await runDemo(['chain'])).toContain('Demo chain: 0 referrals (waiting, declined, accepted with feedback) and 0 shares added');

    // The ZVH's inbox: one referral accepted with feedback, one declined, and Lisa's share.
    const zvh = await findOrganisationByName(t.ctx.db, DEMO_ZVH);
    const zvhUser = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh!.id });
    const inbox = (await zvhUser.client.get('/keten')).body;
    expect(inbox).toContain('Fictief: wilt u Lisa inbrengen');
    expect(inbox).toContain('Fictief: voorbereiding van het casusoverleg');
    // The care provider's: one accepted with care started, one still waiting.
    const care = await findOrganisationByName(t.ctx.db, DEMO_CARE);
    const careUser = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: care!.id });
    const careInbox = (await careUser.client.get('/keten')).body;
    expect(careInbox).toContain('Fictief: kunt u Lisa (15)');
    expect(careInbox).toContain('Fictief: Sam (16) wil praten');
    // The police team sees Rico's share.
    const police = await findOrganisationByName(t.ctx.db, DEMO_POLICE);
    const policeUser = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: police!.id });
    expect((await policeUser.client.get('/keten')).body).toContain('Fictief: aanvulling op de overdracht');

    // The supervisor's chain page of Lisa's and Sam's dossiers: the states, every one fictitious.
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const lisa = await findDossierByTitle(t.ctx.db, 'Fictief: Lisa (15), hotel bij Station Voorbeeldstad');
    const lisaPage = (await sup.client.get(`/keten/dossiers/${lisa!.id}`)).body;
    expect(lisaPage).toContain('data-status="contact_made"');
    expect(lisaPage).toContain('data-status="care_started"');
    const sam = await findDossierByTitle(t.ctx.db, 'Fictief: Sam (16), benaderd via Instagram');
    const samPage = (await sup.client.get(`/keten/dossiers/${sam!.id}`)).body;
    expect(samPage).toContain('data-status="declined"');
    expect(samPage).toContain('data-status="sent"');
  });
});
