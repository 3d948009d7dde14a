import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { insertOrganisation } from '../accounts/testing.ts';
import { accessLog } from '../audit/testing.ts';
import { insertAssignee } from '../cases/testing.ts';
import { createDossierVia } from '../cases/testing.ts';
import { remindLateReferrals } from './index.ts';
import { consentIds, fillDossier, MARKERS, recordConsent, SECTION_IDS } from './testing.ts';
import { SHARE_SECTIONS } from './vocab.ts';

// Tuesday 1 December 2026, 10:00 in Amsterdam: the answer day is five working days on, Tuesday 8 December.
const clock = testClock('2026-12-01T09:00:00Z');
let t: TestApp;
let zvh: { id: string };
let care: { id: string };
beforeAll(async () => {
  t = await createTestApp({ clock });
  zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Testregio (fictief)', kind: 'zvh' });
  care = await insertOrganisation(t.ctx.db, { name: 'Zorg Testregio (fictief)', kind: 'care' });
});
afterAll(async () => {
  await t?.close();
});

/** The inbox link of the referral whose question starts with `text` (the ZVH's inbox holds other tests' referrals too). */
const referralIdFrom = (html: string, text: string) => new RegExp(`data-referral="([0-9a-f-]{36})"[^>]*>${text}`).exec(html)?.[1];
/** A share's state on the dossier's chain page (live or ended). */
const stateOnChainPage = (html: string, shareId: string) => new RegExp(`data-share-state="(live|ended)" data-share-id="${shareId}"`).exec(html)?.[1];
const shareIdFrom = (html: string) => /data-share="([0-9a-f-]{36})"/.exec(html)?.[1];

/** A supervisor, a dossier with fictitious content, and a partner user at the ZVH and at care. */
const setUp = async () => {
  clock.set('2026-12-01T09:00:00Z');
  const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  const id = await createDossierVia(sup.client, { title: 'Keten-dossier (fictief)' });
  await fillDossier(t.ctx, id, sup.user.id);
  const zvhUser = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
  const careUser = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: care.id });
  return { sup, id, zvhUser, careUser };
};

describe('referral to a chain partner', () => {
  it('is refused without consent for that purpose, and goes through on consent', async () => {
    const { sup, id } = await setUp();
    await sup.client.get(`/keten/dossiers/${id}`);
    const refused = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Graag bespreken in het casusoverleg (fictief).' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Er is geen toestemming voor delen met het Zorg- en Veiligheidshuis');
    // Consent for care does not cover the ZVH.
    await recordConsent(sup.client, id, 'care_referral');
    expect((await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Nog eens (fictief).' })).statusCode).toBe(400);
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    const sent = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Graag bespreken in het casusoverleg (fictief).' });
    expect(sent.statusCode, sent.body.slice(0, 800)).toBe(303);
    const page = await sup.client.get(`/keten/dossiers/${id}`);
    expect(page.body).toContain('data-status="sent"');
    expect(page.body).toContain('2026-12-08');
  });

  it('keeps what was typed and names every problem when the form is wrong', async () => {
    const { sup, id } = await setUp();
    await sup.client.get(`/keten/dossiers/${id}`);
    const res = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: 'niet-een-id', vraag: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Kies een organisatie uit de lijst.');
    expect(res.body).toContain('Schrijf op wat u de partner vraagt.');
    expect(res.body).toContain('href="#partner"');
    const long = await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'x'.repeat(2_050) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Gebruik hoogstens 2000 tekens.');
  });

  it('lands in the partner’s inbox only; the partner accepts with an owner and reports back in steps', async () => {
    const { sup, id, zvhUser, careUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'VRAAG-MARKER: bespreken in het casusoverleg (fictief).' });

    const inbox = await zvhUser.client.get('/keten');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain('VRAAG-MARKER');
    // The referral is only the question: nothing of the dossier itself.
    for (const marker of Object.values(MARKERS)) expect(inbox.body).not.toContain(marker);
    const rid = referralIdFrom(inbox.body, 'VRAAG-MARKER')!;
    // Another organisation: not in its inbox, and its pages and forms answer "not found".
    expect((await careUser.client.get('/keten')).body).not.toContain('VRAAG-MARKER');
    expect((await careUser.client.get(`/keten/verwijzingen/${rid}`)).statusCode).toBe(404);
    await careUser.client.get('/keten');
    expect((await careUser.client.post(`/keten/verwijzingen/${rid}/aannemen`, { eigenaar: 'Indringer' })).statusCode).toBe(404);

    const open = await zvhUser.client.get(`/keten/verwijzingen/${rid}`);
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('data-status="received"');
    expect((await sup.client.get(`/keten/dossiers/${id}`)).body).toContain('data-status="received"');

    const noOwner = await zvhUser.client.post(`/keten/verwijzingen/${rid}/aannemen`, { eigenaar: '' });
    expect(noOwner.statusCode).toBe(400);
    expect(noOwner.body).toContain('Schrijf op wie de verwijzing oppakt');
    // Feedback before accepting is not a step the model allows.
    const early = await zvhUser.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: 'contact_made', datum: '2026-12-01', toelichting: 'Te vroeg' });
    expect(early.statusCode).toBe(409);
    const accepted = await zvhUser.client.post(`/keten/verwijzingen/${rid}/aannemen`, { eigenaar: 'Procesregisseur Test (fictief)' });
    expect(accepted.statusCode).toBe(303);
    // A second answer (a double click, a colleague) cannot decline it any more.
    expect((await zvhUser.client.post(`/keten/verwijzingen/${rid}/afwijzen`, { reden: 'Toch niet' })).statusCode).toBe(409);

    const future = await zvhUser.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: 'contact_made', datum: '2026-12-02', toelichting: 'Morgen' });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('niet later dan vandaag');
    clock.advance(60 * 60_000);
    const contact = await zvhUser.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: 'contact_made', datum: '2026-12-01', toelichting: 'Eerste gesprek gepland (fictief).' });
    expect(contact.statusCode).toBe(303);
    // The referrer sees the state and a start-page notice of new feedback.
    expect((await sup.client.get('/')).body).toContain('Nieuwe terugkoppeling op uw verwijzingen');
    const chain = await sup.client.get(`/keten/dossiers/${id}`);
    expect(chain.body).toContain('data-status="contact_made"');
    expect(chain.body).toContain('Eerste gesprek gepland (fictief).');
    expect(chain.body).toContain('Procesregisseur Test (fictief)');
    expect((await sup.client.get('/')).body).not.toContain('Nieuwe terugkoppeling op uw verwijzingen');

    expect((await zvhUser.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: 'closed', datum: '2026-12-01', toelichting: 'Afgerond (fictief).' })).statusCode).toBe(303);
    const closed = await zvhUser.client.get(`/keten/verwijzingen/${rid}`);
    expect(closed.body).toContain('data-status="closed"');
    expect(closed.body).not.toContain('/terugkoppeling"');
    expect((await zvhUser.client.post(`/keten/verwijzingen/${rid}/terugkoppeling`, { stap: 'contact_made', datum: '2026-12-01', toelichting: 'Na afsluiten' })).statusCode).toBe(409);
  });

  it('a declined referral carries its reason back', async () => {
    const { sup, id, zvhUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Afwijs-test (fictief).' });
    const rid = referralIdFrom((await zvhUser.client.get('/keten')).body, 'Afwijs-test')!;
    await zvhUser.client.get(`/keten/verwijzingen/${rid}`);
    const empty = await zvhUser.client.post(`/keten/verwijzingen/${rid}/afwijzen`, { reden: '' });
    expect(empty.statusCode).toBe(400);
    expect((await zvhUser.client.post(`/keten/verwijzingen/${rid}/afwijzen`, { reden: 'Hoort bij een andere regio (fictief).' })).statusCode).toBe(303);
    const chain = await sup.client.get(`/keten/dossiers/${id}`);
    expect(chain.body).toContain('data-status="declined"');
    expect(chain.body).toContain('Hoort bij een andere regio (fictief).');
  });

  it('reminds once when nobody answered by the answer day (by the injected clock)', async () => {
    const { sup, id, zvhUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Herinnering-test (fictief).' });
    expect((await zvhUser.client.get('/')).body).toContain('Verwijzingen die op uw antwoord wachten');
    // On the answer day itself: not late yet.
    clock.set('2026-12-08T22:30:00Z'); // 23:30 in Amsterdam, still 8 December
    expect(await remindLateReferrals(t.ctx)).toBe(0);
    clock.set('2026-12-08T23:30:00Z'); // 00:30 on 9 December in Amsterdam
    expect(await remindLateReferrals(t.ctx)).toBeGreaterThanOrEqual(1);
    expect(await remindLateReferrals(t.ctx)).toBe(0);
    expect((await sup.client.get('/')).body).toContain('Verwijzingen zonder antwoord op tijd');
    const rid = referralIdFrom((await zvhUser.client.get('/keten')).body, 'Herinnering-test');
    expect(rid).toBeTruthy();
    const page = await zvhUser.client.get(`/keten/verwijzingen/${rid}`);
    expect(page.body).toContain('Het antwoord op deze verwijzing is te laat.');
  });
});

describe('sharing a dossier section by section', () => {
  const shareForm = (organisation: string, sections: string[], endsOn: string) => ({ organisatie: organisation, doel: 'DOEL-MARKER: voorbereiding casusoverleg (fictief)', onderdelen: sections, einddatum: endsOn });

  it('shows the partner exactly the shared sections, logs every read, and nothing to another organisation', async () => {
    const { sup, id, zvhUser, careUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    const shared = await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(zvh.id, ['summary', 'signals'], '2026-12-15'));
    expect(shared.statusCode, shared.body.slice(0, 1500)).toBe(303);

    const inbox = await zvhUser.client.get('/keten');
    const sid = shareIdFrom(inbox.body)!;
    expect(sid).toBeTruthy();
    const page = await zvhUser.client.get(`/keten/gedeeld/${sid}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(MARKERS.summary);
    expect(page.body).toContain(MARKERS.signals);
    expect(page.body).not.toContain(MARKERS.people);
    expect(page.body).not.toContain('id="personen"');
    expect(page.body).not.toContain('id="plan"');
    // The partner cannot open the dossier itself, nor its chain page.
    expect((await zvhUser.client.get(`/dossiers/${id}`)).statusCode).toBe(403);
    expect((await zvhUser.client.get(`/keten/dossiers/${id}`)).statusCode).toBe(403);

    const logged = await t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordId, id), eq(accessLog.userId, zvhUser.user.id)));
    expect(logged.length).toBe(1);
    expect(logged[0]!.reason).toContain('summary, signals');
    const chain = await sup.client.get(`/keten/dossiers/${id}`);
    expect(chain.body).toContain(zvhUser.user.name);
    expect(chain.body).toContain('Samenvatting, Signalen');

    expect((await careUser.client.get(`/keten/gedeeld/${sid}`)).statusCode).toBe(404);
    expect((await careUser.client.get('/keten')).body).not.toContain('DOEL-MARKER');
  });

  it('shows each section only when that section is shared (one share per section)', async () => {
    const { sup, id, zvhUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    const problems: string[] = [];
    for (const section of SHARE_SECTIONS) {
      await sup.client.get(`/keten/dossiers/${id}`);
      expect((await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(zvh.id, [section], '2026-12-15'))).statusCode).toBe(303);
      const sid = shareIdFrom((await zvhUser.client.get('/keten')).body)!;
      const html = (await zvhUser.client.get(`/keten/gedeeld/${sid}`)).body;
      for (const other of SHARE_SECTIONS) {
        const present = html.includes(`id="${SECTION_IDS[other]}"`);
        if (present !== (other === section)) problems.push(`shared ${section}: section ${other} ${present ? 'present' : 'absent'}`);
        const marker = (MARKERS as Record<string, string>)[other];
        if (marker && html.includes(marker) !== (other === section)) problems.push(`shared ${section}: marker of ${other} ${html.includes(marker) ? 'present' : 'absent'}`);
      }
      // The dossier's title belongs to the summary.
      if (html.includes('Keten-dossier (fictief)') !== (section === 'summary')) problems.push(`shared ${section}: title`);
      await sup.client.get(`/keten/dossiers/${id}`);
      await sup.client.post(`/keten/dossiers/${id}/delen/${sid}/stoppen`, {});
    }
    expect(problems).toEqual([]);
  });

  it('stops answering after the end date, when the consent is withdrawn, and when it is stopped', async () => {
    const { sup, id, zvhUser } = await setUp();
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(zvh.id, ['summary', 'people'], '2026-12-03'));
    const sid = shareIdFrom((await zvhUser.client.get('/keten')).body)!;
    expect((await zvhUser.client.get(`/keten/gedeeld/${sid}`)).statusCode).toBe(200);
    clock.set('2026-12-03T22:59:00Z'); // 23:59 on the end day
    expect((await zvhUser.client.get(`/keten/gedeeld/${sid}`)).statusCode).toBe(200);
    clock.set('2026-12-03T23:00:00Z'); // 00:00 the day after
    const after = await zvhUser.client.get(`/keten/gedeeld/${sid}`);
    expect(after.statusCode).toBe(410);
    expect(after.body).toContain('Dit dossier wordt niet meer met uw organisatie gedeeld.');
    for (const marker of Object.values(MARKERS)) expect(after.body).not.toContain(marker);
    expect((await zvhUser.client.get('/keten')).body).not.toContain(`data-share="${sid}"`);

    // Withdrawn consent: the next request of an open page already gets nothing.
    clock.set('2026-12-04T09:00:00Z');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(zvh.id, ['summary'], '2026-12-31'));
    const sid2 = shareIdFrom((await zvhUser.client.get('/keten')).body)!;
    expect((await zvhUser.client.get(`/keten/gedeeld/${sid2}`)).statusCode).toBe(200);
    const [consentId] = await consentIds(sup.client, id);
    const withdrawn = await sup.client.post(`/dossiers/${id}/toestemmingen/${consentId}/intrekken`, { toelichting: 'Ingetrokken door de jongere (fictief).' });
    expect(withdrawn.statusCode, withdrawn.body.slice(0, 500)).toBe(303);
    const gone = await zvhUser.client.get(`/keten/gedeeld/${sid2}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).not.toContain('Ingetrokken');
    expect(gone.body).not.toContain(MARKERS.summary);
    // The inbox tells the partner it ended (under its reason), not why, and links to it no more.
    const inboxAfter = (await zvhUser.client.get('/keten')).body;
    expect(inboxAfter).toContain(`data-ended-share="${sid2}"`);
    expect(inboxAfter).not.toContain(`data-share="${sid2}"`);
    expect(inboxAfter).not.toContain('Ingetrokken');
    // The dossier's chain page judges its shares in one query (queries/live-shares.ts) and agrees.
    expect(stateOnChainPage((await sup.client.get(`/keten/dossiers/${id}`)).body, sid2)).toBe('ended');

    // New consent, new share, stopped by hand.
    await recordConsent(sup.client, id, 'zvh_sharing', '2026-12-04');
    await sup.client.get(`/keten/dossiers/${id}`);
    await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(zvh.id, ['summary'], '2026-12-31'));
    const sid3 = shareIdFrom((await zvhUser.client.get('/keten')).body)!;
    expect((await zvhUser.client.get(`/keten/gedeeld/${sid3}`)).statusCode).toBe(200);
    expect(stateOnChainPage((await sup.client.get(`/keten/dossiers/${id}`)).body, sid3)).toBe('live');
    expect((await sup.client.post(`/keten/dossiers/${id}/delen/${sid3}/stoppen`, {})).statusCode).toBe(303);
    expect((await zvhUser.client.get(`/keten/gedeeld/${sid3}`)).statusCode).toBe(410);
    expect(stateOnChainPage((await sup.client.get(`/keten/dossiers/${id}`)).body, sid3)).toBe('ended');
  });

  it('is refused without consent, by an investigator, without sections, or past the end-date limit', async () => {
    const { sup, id } = await setUp();
    await sup.client.get(`/keten/dossiers/${id}`);
    const noConsent = await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(care.id, ['summary'], '2026-12-15'));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.body).toContain('Er is geen toestemming voor doorverwijzing naar zorg');
    await recordConsent(sup.client, id, 'care_referral');
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    await insertAssignee(t.ctx.db, { dossierId: id, userId: inv.user.id, addedBy: sup.user.id });
    await inv.client.get(`/keten/dossiers/${id}`);
    const byInvestigator = await inv.client.post(`/keten/dossiers/${id}/delen`, shareForm(care.id, ['summary'], '2026-12-15'));
    expect(byInvestigator.statusCode).toBe(403);
    expect(byInvestigator.body).toContain('Alleen een teamleider kan een dossier delen.');
    await sup.client.get(`/keten/dossiers/${id}`);
    const bad = await sup.client.post(`/keten/dossiers/${id}/delen`, { organisatie: care.id, doel: '', onderdelen: ['summary', 'evil'], einddatum: '2099-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies minstens één onderdeel uit de lijst.');
    expect(bad.body).toContain('Vul een einddatum in tussen vandaag en');
    expect(bad.body).toContain('Schrijf op waarvoor de partner het dossier krijgt.');
    const past = await sup.client.post(`/keten/dossiers/${id}/delen`, shareForm(care.id, ['summary'], '2026-11-30'));
    expect(past.statusCode).toBe(400);
  });
});
