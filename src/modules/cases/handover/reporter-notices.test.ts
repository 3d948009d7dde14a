import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, fillAndSubmit } from '../../intake/testing.ts';
import { listHandovers } from '../queries/handover.ts';
import { referrals } from '../schema.ts';
import { createDossierVia, formHtml, inputValue } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The lines on the reporter's "Mijn melding" overview under the status. */
const updatesOf = async (receipt: string) => {
  const reporter = publicClient(t.publicApp);
  await reporter.get('/mijn-melding');
  expect((await reporter.post('/mijn-melding', { bewijscode: receipt })).statusCode).toBe(303);
  const page = await reporter.get('/mijn-melding/overzicht');
  expect(page.statusCode).toBe(200);
  const list = /data-testid="updates">([\s\S]*?)<\/ul>/.exec(page.body)?.[1] ?? '';

  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
};

describe('the reporter is told of a handover or referral, within the consent (issue 14 finding 9)', () => {
  it('shows one neutral line per handover and referral the report consented to, nothing for the rest', async () => {
    // A parent says yes to police and care; a bystander says no to everything. Both reports are in one dossier.
    const yes = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, toestemming: { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'no' } });
    const no = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, wie: { reporterKind: 'bystander' }, toestemming: { consentPolice: 'no', consentCare: 'no', consentZvh: 'no' } });
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(inv.client, { title: 'Melder hoort het (fictief)', meldingen: `${yes.number} ${no.number}` });
    expect(await updatesOf(yes.receipt)).toEqual([]);

    for (const status of ['investigation', 'decision']) {
      const p = await inv.client.get(`/dossiers/${id}`);
      expect((await inv.client.post(`/dossiers/${id}/status`, { status, versie: inputValue(formHtml(p.body, `/dossiers/${id}/status`), 'versie')! })).statusCode).toBe(303);
    }
    expect((await inv.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie Eenheid Voorbeeld, team mensenhandel (fictief)' })).statusCode).toBe(303);
    // Asked for, not yet approved: nothing has left, so nothing is said.
    expect(await updatesOf(yes.receipt)).toEqual([]);
    const [h] = await listHandovers(t.ctx.db, id);
    expect((await sup.client.post(`/dossiers/${id}/overdracht/${h!.id}/goedkeuren`)).statusCode).toBe(303);
    // A referral made with the old cases form (issue 16: new ones are made on the chain page, which
    // tells the reporter by the same rule, chain/referrals/reporter-notices.test.ts): the reporter keeps seeing what was done before.
    await t.ctx.db.insert(referrals).values({ dossierId: id, target: 'care', recipient: 'Jeugdhulp Voorbeeld (fictief)', basis: 'report_consent:test', createdBy: inv.user.id });

    const lines = await updatesOf(yes.receipt);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Doorgegeven aan de politie, met de toestemming uit deze melding.');
    expect(lines[1]).toContain('Doorverwezen naar hulpverlening, met de toestemming uit deze melding.');
    // Neutral: no recipient, no dossier title.
    const all = lines.join(' ');
    expect(all).not.toContain('Voorbeeld');
    expect(all).not.toContain('fictief');
    // The bystander who said no is told nothing about what happened with the dossier.
    expect(await updatesOf(no.receipt)).toEqual([]);
  });
});
