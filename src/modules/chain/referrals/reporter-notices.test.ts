import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { dossiers } from '../../cases/index.ts';
import { createDossierVia, formHtml, inputValue } from '../../cases/testing.ts';
import { ANONYMOUS_REPORT, fillAndSubmit } from '../../intake/testing.ts';
import { reportConsents, reports } from '../../intake/index.ts';
import { recordConsent } from '../testing.ts';

// Issue 14 finding 9 for the chain: a referral made on /keten/dossiers/:id tells the reporter on
// "Mijn melding" (within what the report's consent allows), and moves the dossier to "doorverwezen".
// The app's own clock: the rule compares a referral's time with the report's consent rows, which the
// database stamps, so both must come from the same (possibly faketime-moved) clock.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The lines on the reporter's "Mijn melding" overview, in Dutch or (after /taal/en) English. */
const updatesOf = async (receipt: string, lang: 'nl' | 'en' = 'nl') => {
  const reporter = publicClient(t.publicApp);
  if (lang === 'en') await reporter.get('/taal/en');
  await reporter.get('/mijn-melding');
  expect((await reporter.post('/mijn-melding', { bewijscode: receipt })).statusCode).toBe(303);
  const page = await reporter.get('/mijn-melding/overzicht');
  expect(page.statusCode).toBe(200);
  const list = /data-testid="updates">([\s\S]*?)<\/ul>/.exec(page.body)?.[1] ?? '';

  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
};

const statusOf = async (id: string) => (await t.ctx.db.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.id, id)))[0]?.status;

const refer = async (client: Awaited<ReturnType<typeof signedInAs>>['client'], id: string, partner: string, vraag: string) => {
  await client.get(`/keten/dossiers/${id}`);
  const res = await client.post(`/keten/dossiers/${id}/verwijzingen`, { partner, vraag });
  expect(res.statusCode, res.body.slice(0, 800)).toBe(303);
};

describe('a referral on the chain page tells the reporter and moves the dossier (issue 14 finding 9)', () => {
  it('one neutral line per referral the report consented to, none for the rest; the dossier goes to doorverwezen from besluit', async () => {
    const care = await insertOrganisation(t.ctx.db, { name: 'Jeugdhulp Geheimstad (fictief)', kind: 'care' });
    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Geheimstad (fictief)', kind: 'zvh' });
    const comensha = await insertOrganisation(t.ctx.db, { name: 'CoMensha Geheimstad (fictief)', kind: 'comensha' });
    // A parent says yes to care and the ZVH; a bystander says no to everything. Both reports are in one dossier.
    const yes = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, toestemming: { consentPolice: 'no', consentCare: 'yes', consentZvh: 'yes' } });
    const no = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, wie: { reporterKind: 'bystander' }, toestemming: { consentPolice: 'no', consentCare: 'no', consentZvh: 'no' } });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Melder hoort van de keten (fictief)', meldingen: `${yes.number} ${no.number}` });
    for (const status of ['investigation', 'decision']) {
      const p = await sup.client.get(`/dossiers/${id}`);
      expect((await sup.client.post(`/dossiers/${id}/status`, { status, versie: inputValue(formHtml(p.body, `/dossiers/${id}/status`), 'versie')! })).statusCode).toBe(303);
    }
    expect(await updatesOf(yes.receipt)).toEqual([]);

    // Care on the report's own "ja": the dossier moves from besluit to doorverwezen, and the timeline says so.
    await refer(sup.client, id, care.id, 'Graag hulp voor het meisje (fictief).');
    expect(await statusOf(id)).toBe('referred');
    const timeline = await sup.client.get(`/dossiers/${id}/tijdlijn`);
    expect(timeline.body).toContain('van Besluit naar Doorverwezen');
    // The ZVH on the report's "ja" for the ZVH; CoMensha on a staff consent (the report has no question for it).
    await refer(sup.client, id, zvh.id, 'Graag in het casusoverleg (fictief).');
    await recordConsent(sup.client, id, 'comensha_registration');
    await refer(sup.client, id, comensha.id, 'Graag registreren (fictief).');
    expect(await statusOf(id)).toBe('referred');

    const lines = await updatesOf(yes.receipt);
    expect(lines).toEqual(['Doorverwezen naar hulpverlening, met de toestemming uit deze melding.', 'Doorverwezen naar het Zorg- en Veiligheidshuis, met de toestemming uit deze melding.'].map((l) => expect.stringContaining(l)));
    const english = await updatesOf(yes.receipt, 'en');
    expect(english).toEqual(['Referred to care workers, with the consent given in this report.', 'Referred to the Care and Safety House, with the consent given in this report.'].map((l) => expect.stringContaining(l)));
    // Neutral: no organisation, no question, no dossier title.
    for (const said of [...lines, ...english]) {
      expect(said).not.toContain('Geheimstad');
      expect(said).not.toContain('fictief');
      expect(said).not.toContain('CoMensha');
    }
    // The bystander who said no is told nothing.
    expect(await updatesOf(no.receipt)).toEqual([]);
  });

  it('tells nothing after the reporter’s later "nee", and leaves a dossier that is not at besluit where it is', async () => {
    const care = await insertOrganisation(t.ctx.db, { name: 'Zorg Later (fictief)', kind: 'care' });
    const yes = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, toestemming: { consentPolice: 'no', consentCare: 'yes', consentZvh: 'no' } });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Later nee (fictief)', meldingen: yes.number });
    // The reporter takes the "ja" for care back in the follow-up; staff have the family's written consent.
    const [report] = await t.ctx.db.select({ id: reports.id }).from(reports).where(eq(reports.number, yes.number));
    await t.ctx.db.insert(reportConsents).values({ reportId: report!.id, purpose: 'care', granted: false, source: 'reporter' });
    await recordConsent(sup.client, id, 'care_referral');
    await refer(sup.client, id, care.id, 'Graag hulp (fictief).');
    // Still "open": a referral from open is recorded without a jump (the workflow has no open → doorverwezen).
    expect(await statusOf(id)).toBe('open');
    expect((await sup.client.get(`/dossiers/${id}/tijdlijn`)).body).toContain('Doorverwezen');
    expect(await updatesOf(yes.receipt)).toEqual([]);
  });
});
