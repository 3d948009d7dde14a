import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { ANONYMOUS_REPORT, changeConsents, fillAndSubmit, fillShortAndSubmit, findReportByNumber } from '../../intake/testing.ts';
import { canHandOver } from '../handover/can-hand-over.ts';
import { listConsents, listExceptions } from '../queries/consent.ts';
import { createDossierVia, postRefused } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const consentForm = (over: Record<string, string> = {}) => ({
  doel: 'police_om',
  door: 'reporter',
  wijze: 'form',
  reikwijdte: 'Overdracht van het dossier aan team mensenhandel (test)',
  datum: '2026-11-21',
  ...over,
});

describe('consent before handover (hard rule 3)', () => {
  it('refuses without consent, allows with it, refuses again after withdrawal — and keeps the withdrawn consent', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const before = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(before.ok).toBe(false);
    expect(before.reason.nl).toContain('Er is geen toestemming voor overdracht aan politie/OM');

    expect((await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm())).statusCode).toBe(303);
    const withConsent = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(withConsent.ok).toBe(true);
    // Consent is per purpose: this one does not cover CoMensha.
    expect((await canHandOver(t.ctx.db, { id }, 'comensha_registration')).ok).toBe(false);

    const [consent] = await listConsents(t.ctx.db, id);
    const withdraw = await inv.client.post(`/dossiers/${id}/toestemmingen/${consent!.id}/intrekken`, { toelichting: 'Melder belde: wil het toch niet (test).' });
    expect(withdraw.statusCode).toBe(303);
    const after = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(after.ok).toBe(false);
    expect(after.reason.nl).toContain('is ingetrokken');
    const rows = await listConsents(t.ctx.db, id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.withdrawnAt).toBeTruthy();
    expect(rows[0]?.scope).toBe('Overdracht van het dossier aan team mensenhandel (test)');
    const page = await inv.client.get(`/dossiers/${id}/toestemming`);
    expect(page.body).toContain('Ingetrokken op');
    expect(page.body).toContain('Melder belde: wil het toch niet (test).');
    // A second withdrawal of the same consent changes nothing.
    expect((await postRefused(inv.client, `/dossiers/${id}/toestemmingen/${consent!.id}/intrekken`, {})).statusCode).toBe(400);
  });

  it('keeps the reporter identity out unless the reporter consented to it for a police handover', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/toestemming`);
    await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ doel: 'care_referral', identiteit: 'ja' }));
    await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ door: 'guardian', identiteit: 'ja' }));
    await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ identiteit: 'ja' }));
    const rows = await listConsents(t.ctx.db, id);
    expect(rows.map((r) => r.includesReporterIdentity)).toEqual([false, false, true]);
  });

  it('one age rule (finding 14): under 16 the victim consents for care herself, a parent or guardian for police; 16+ decides alone', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/personen`);
    expect((await inv.client.post(`/dossiers/${id}/personen`, { rol: 'possible_victim', naam: 'Testmeisje A.', leeftijd: '14' })).statusCode).toBe(303);
    // Police: her own consent is refused, with the rule in the message and her typed text kept.
    const res = await postRefused(inv.client, `/dossiers/${id}/toestemmingen`, consentForm({ door: 'victim', reikwijdte: 'Mijn eigen tekst blijft staan' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Het mogelijke slachtoffer is jonger dan 16. Voor overdracht aan politie/OM geeft een ouder of voogd toestemming');
    expect(res.body).toContain('Mijn eigen tekst blijft staan');
    // Care: her own consent counts — the same rule as her own "ja" on the public form.
    expect((await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ doel: 'care_referral', door: 'victim' }))).statusCode).toBe(303);
    expect((await canHandOver(t.ctx.db, { id }, 'care_referral')).ok).toBe(true);
    expect((await canHandOver(t.ctx.db, { id }, 'police_om')).ok).toBe(false);
    expect((await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ door: 'guardian' }))).statusCode).toBe(303);
    expect((await canHandOver(t.ctx.db, { id }, 'police_om')).ok).toBe(true);

    const older = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${older}/personen`);
    expect((await inv.client.post(`/dossiers/${older}/personen`, { rol: 'possible_victim', naam: 'Testjongen B.', leeftijd: '17' })).statusCode).toBe(303);
    const parent = await postRefused(inv.client, `/dossiers/${older}/toestemmingen`, consentForm({ door: 'guardian' }));
    expect(parent.statusCode).toBe(400);
    expect(parent.body).toContain('Het mogelijke slachtoffer is 16 of ouder');
    expect((await inv.client.post(`/dossiers/${older}/toestemmingen`, consentForm({ door: 'victim' }))).statusCode).toBe(303);
    expect((await canHandOver(t.ctx.db, { id: older }, 'police_om')).ok).toBe(true);
  });

  it('an age recorded later applies to a consent given before it: the handover check says why it no longer counts', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/toestemming`);
    expect((await inv.client.post(`/dossiers/${id}/toestemmingen`, consentForm({ door: 'victim' }))).statusCode).toBe(303);
    expect((await canHandOver(t.ctx.db, { id }, 'police_om')).ok).toBe(true);
    expect((await inv.client.post(`/dossiers/${id}/personen`, { rol: 'possible_victim', naam: 'Testmeisje C.', schatting: '15 of 16' })).statusCode).toBe(303);
    const check = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(check.ok).toBe(false);
    expect(check.reason.nl).toContain('De toestemming voor overdracht aan politie/OM telt niet');
    expect((await inv.client.get(`/dossiers/${id}/toestemming`)).body).toContain('telt niet');
  });

  it("a 15-year-old's own 'ja' on the public form counts for care, not for police (the same rule as staff recording)", async () => {
    const young = await fillAndSubmit(publicClient(t.publicApp), {
      ...ANONYMOUS_REPORT,
      wie: { reporterKind: 'victim' },
      toestemming: { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'yes' },
    });
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client, { meldingen: young.number });
    expect((await canHandOver(t.ctx.db, { id }, 'care_referral')).ok).toBe(true);
    const police = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(police.ok).toBe(false);
    expect(police.reason.nl).toContain('jonger dan 16');
    expect((await canHandOver(t.ctx.db, { id }, 'zvh_sharing')).ok).toBe(false);
    const page = await inv.client.get(`/dossiers/${id}/toestemming`);
    expect(page.body).toContain('telt niet');
    // The report page (intake) reads her "ja" by the same rule: police and ZVH marked, care not.
    const reportPage = await inv.client.get(`/meldingen/${(await findReportByNumber(t.ctx.db, young.number))!.id}`);
    expect(reportPage.body.match(/data-testid="consent-age"/g)).toHaveLength(2);
    expect(reportPage.body).toContain('telt bij deze leeftijd niet alleen');

    // A parent who reports gives the reporter's consent for the report: that is not the victim's own.
    const parent = await fillAndSubmit(publicClient(t.publicApp), { ...ANONYMOUS_REPORT, toestemming: { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'no' } });
    const other = await createDossierVia(inv.client, { meldingen: parent.number });
    expect((await inv.client.get(`/meldingen/${(await findReportByNumber(t.ctx.db, parent.number))!.id}`)).body).not.toContain('consent-age');
    expect((await canHandOver(t.ctx.db, { id: other }, 'police_om')).ok).toBe(true);

    // A 17-year-old's own "ja" counts for police.
    const older = await fillAndSubmit(publicClient(t.publicApp), {
      ...ANONYMOUS_REPORT,
      wie: { reporterKind: 'victim' },
      betrokkenen: { ...ANONYMOUS_REPORT.betrokkenen, victimAgeEstimate: '16_17', victimAge: '17' },
      toestemming: { consentPolice: 'yes', consentCare: 'yes', consentZvh: 'no' },
    });
    const third = await createDossierVia(inv.client, { meldingen: older.number });
    expect((await canHandOver(t.ctx.db, { id: third }, 'police_om')).ok).toBe(true);
  });

  it('a short report sent without consent carries a clear marker on the report page and the dossier, until consent is given', async () => {
    const short = await fillShortAndSubmit(publicClient(t.publicApp));
    const full = await fillAndSubmit(publicClient(t.publicApp));
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const shortReport = (await findReportByNumber(t.ctx.db, short.number))!;
    const fullReport = (await findReportByNumber(t.ctx.db, full.number))!;
    const reportPage = await inv.client.get(`/meldingen/${shortReport.id}`);
    expect(reportPage.body).toContain('data-testid="consent-not-asked"');
    expect(reportPage.body).toContain('Korte melding: de melder is niet om toestemming gevraagd.');
    expect((await inv.client.get(`/meldingen/${fullReport.id}`)).body).not.toContain('consent-not-asked');

    const id = await createDossierVia(inv.client, { meldingen: `${short.number} ${full.number}` });
    const page = await inv.client.get(`/dossiers/${id}`);
    expect(page.body.match(/data-testid="consent-not-asked"/g)).toHaveLength(1);
    expect(page.body).toContain('Korte melding: niet om toestemming gevraagd');
    // The overview's to-do list points to the consent page, which names the report and what to do.
    expect(page.body).toContain(`href="/dossiers/${id}/toestemming">De melder van 1 melding is niet om toestemming gevraagd.`);
    const consentPage = await inv.client.get(`/dossiers/${id}/toestemming`);
    expect(consentPage.body).toContain(`De melder van ${short.number} is niet om toestemming gevraagd.`);
    expect(consentPage.body).not.toContain(`De melder van ${full.number}`);

    // Once the reporter answers the consent question (here recorded for a caller), the marker goes.
    await changeConsents(t.ctx, { reportId: shortReport.id, choices: [{ purpose: 'care', granted: true }], source: 'staff', recordedBy: inv.user.id });
    const after = await inv.client.get(`/dossiers/${id}`);
    expect(after.body).not.toContain('consent-not-asked');
    expect((await inv.client.get(`/dossiers/${id}/toestemming`)).body).not.toContain('consent-not-asked');
  });

  it('refuses a consent without scope or date with Dutch messages', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/toestemming`);
    const res = await postRefused(inv.client, `/dossiers/${id}/toestemmingen`, consentForm({ reikwijdte: '', datum: '2026-02-31', doel: 'iets anders' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul dit in.');
    expect(res.body).toContain('Vul een geldige datum in');
    expect(res.body).toContain('Kies een van de mogelijkheden.');
    expect(await listConsents(t.ctx.db, id)).toHaveLength(0);
  });
});

describe('exceptions need a written reason and a second person', () => {
  it('is not valid until a different supervisor approves it', async () => {
    const supA = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const supB = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(supA.client);
    await supA.client.post(`/dossiers/${id}/onderzoekers`, { gebruiker: inv.user.id });

    const noReason = await postRefused(supA.client, `/dossiers/${id}/uitzonderingen`, { doel: 'police_om', grond: 'acute_danger', reden: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom u dit zo weegt.');

    const req = await supA.client.post(`/dossiers/${id}/uitzonderingen`, {
      doel: 'police_om',
      grond: 'acute_danger',
      reden: 'Meisje wordt vanavond opgehaald voor een “afspraak”; gevaar is reëel (test).',
    });
    expect(req.statusCode).toBe(303);
    const [exception] = await listExceptions(t.ctx.db, id);
    expect((await canHandOver(t.ctx.db, { id }, 'police_om')).ok).toBe(false);

    const self = await postRefused(supA.client, `/dossiers/${id}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'approved' });
    expect(self.statusCode).toBe(403);
    expect(self.body).toContain('Een andere teamleider moet erover beslissen');
    const byInvestigator = await postRefused(inv.client, `/dossiers/${id}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'approved' });
    expect(byInvestigator.statusCode).toBe(403);
    expect((await canHandOver(t.ctx.db, { id }, 'police_om')).ok).toBe(false);

    const approved = await supB.client.post(`/dossiers/${id}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'approved', toelichting: 'Akkoord (test)' });
    expect(approved.statusCode).toBe(303);
    const check = await canHandOver(t.ctx.db, { id }, 'police_om');
    expect(check.ok).toBe(true);
    expect(check.ok && check.basis.kind).toBe('exception');
    const [decided] = await listExceptions(t.ctx.db, id);
    expect(decided?.decidedBy).toBe(supB.user.id);
    // Decided once; a second decision is refused.
    expect((await postRefused(supB.client, `/dossiers/${id}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'refused' })).statusCode).toBe(400);
  });

  it('a refused exception gives no ground', async () => {
    const supA = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const supB = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(supA.client);
    await supA.client.post(`/dossiers/${id}/uitzonderingen`, { doel: 'zvh_sharing', grond: 'conflict_of_duties', reden: 'Conflict van plichten (test).' });
    const [exception] = await listExceptions(t.ctx.db, id);
    await supB.client.get(`/dossiers/${id}/toestemming`);
    expect((await supB.client.post(`/dossiers/${id}/uitzonderingen/${exception!.id}/besluit`, { besluit: 'refused' })).statusCode).toBe(303);
    expect((await canHandOver(t.ctx.db, { id }, 'zvh_sharing')).ok).toBe(false);
  });
});
