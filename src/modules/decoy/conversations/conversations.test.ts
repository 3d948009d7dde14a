import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { closeSilentConversations } from './close-silent-conversations.ts';
import { approvedLibrary, FICTIVE_SCRIPTS, incomingContact, liveProfile, openProgramme, reply, send, step } from '../testing.ts';

const sql = async (t: TestApp, q: string, params: unknown[] = []) => (await t.ctx.database.executor.executeSql(q, params)).rows;

describe('decoy governance, profiles and passive conversations', () => {
  let t: TestApp;
  const clock = testClock(new Date('2027-03-02T10:00:00Z'));
  let admin: Awaited<ReturnType<typeof signedInAs>>;
  let op: Awaited<ReturnType<typeof signedInAs>>;
  let rev: Awaited<ReturnType<typeof signedInAs>>;
  let lib: Awaited<ReturnType<typeof approvedLibrary>>;
  let profileId: string;
  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    lib = await approvedLibrary(op.client, rev.client);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is closed until an admin records the basis and a different person (legal reviewer) approves it', async () => {
    const page = await admin.client.get('/lokprofielen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lokprofielen: gesloten');
    await op.client.get('/lokprofielen');
    const refused = await op.client.post('/lokprofielen/profielen', { name: 'x', platform: 'instagram', handle: 'x', url: 'https://voorbeeld.test/x', statedAge: '15', adScriptVersionId: lib.ad_text, imageProvenance: 'none', legalBasisNote: 'x' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('De module is gesloten');

    // Bad input keeps what was typed; the same admin with a reviewer role cannot approve their own record.
    await admin.client.get('/lokprofielen/grondslag');
    const bad = await admin.client.post('/lokprofielen/grondslag', { purpose: 'Fictief doel', dpiaDate: '15-01-2027', validUntil: '2026-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf de datum als jjjj-mm-dd');
    expect(bad.body).toContain('De einddatum ligt in het verleden');
    expect(bad.body).toContain('Fictief doel');
    const both = await signedInAs(t.ctx, t.staffApp, ['admin', 'legal_reviewer']);
    await both.client.get('/lokprofielen/grondslag');
    await both.client.post('/lokprofielen/grondslag', { purpose: 'p', policeAgreementRef: 'r', policeContact: 'c', notificationChannel: 'n', dpiaDate: '2027-01-01', apBasis: 'a', ethicsReview: 'e', validUntil: '2028-01-01' });
    const own = await both.client.get('/lokprofielen/grondslag');
    const ownId = /data-governance="([0-9a-f-]{36})"/.exec(own.body)?.[1] as string;
    const selfApprove = await both.client.post(`/lokprofielen/grondslag/${ownId}/goedkeuren`, { reason: 'zelf' });
    expect(selfApprove.statusCode).toBe(400);
    expect(selfApprove.body).toContain('Een ander moet het goedkeuren (vier ogen)');
    expect((await admin.client.get('/lokprofielen')).body).toContain('Lokprofielen: gesloten');

    await openProgramme(admin.client, rev.client);
    expect((await admin.client.get('/lokprofielen')).body).not.toContain('Lokprofielen: gesloten');
    const audit = await sql(t, "select action from audit_events where action like 'decoy.governance.%'");
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['decoy.governance.record', 'decoy.governance.approve']));
  });

  it('refuses a profile that does not pose as a minor, has an image of unknown provenance or an unapproved text; the creator cannot sign it off', async () => {
    await op.client.get('/lokprofielen');
    const res = await op.client.post('/lokprofielen/profielen', { name: 'Fictief', platform: 'instagram', handle: 'h', url: 'niet-een-link', statedAge: '19', adScriptVersionId: lib.disclosure, imageProvenance: 'generated', legalBasisNote: '' });
    expect(res.statusCode).toBe(400);
    for (const m of ['minderjarige leeftijd: 12 tot en met 17', 'Nooit een minderjarige, nooit gegenereerd', 'Kies een goedgekeurde advertentietekst', 'Schrijf de link als https://', 'Schrijf de juridische notitie']) expect(res.body).toContain(m);
    const adult = await op.client.post('/lokprofielen/profielen', { name: 'Fictief', platform: 'instagram', handle: 'h', url: 'https://voorbeeld.test/h', statedAge: '15', adScriptVersionId: lib.ad_text, imageProvenance: 'adult_model', imageConsentRef: '', legalBasisNote: 'n' });
    expect(adult.body).toContain('Vul het kenmerk van de toestemming van het volwassen model in');

    const both = await signedInAs(t.ctx, t.staffApp, ['decoy_operator', 'legal_reviewer']);
    await both.client.get('/lokprofielen');
    const created = await both.client.post('/lokprofielen/profielen', { name: 'Fictief eigen', platform: 'instagram', handle: 'h', url: 'https://voorbeeld.test/h', statedAge: '15', adScriptVersionId: lib.ad_text, imageProvenance: 'none', legalBasisNote: 'n' });
    const id = /profielen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
    await both.client.get(`/lokprofielen/profielen/${id}`);
    const self = await both.client.post(`/lokprofielen/profielen/${id}/status`, { step: 'approve', reason: 'zelf' });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('Een ander moet het goedkeuren (vier ogen)');
    expect((await both.client.post(`/lokprofielen/profielen/${id}/status`, { step: 'live' })).statusCode).toBe(409);

    profileId = await liveProfile(op.client, rev.client, lib.ad_text);
    expect((await op.client.get(`/lokprofielen/profielen/${profileId}`)).body).toContain('data-status="live"');
  });

  it('the decoy only answers with approved scripts in the states that allow it; free text cannot be sent', async () => {
    const convId = await incomingContact(op.client, profileId, { at: '2027-03-02 09:30', id: 'ig-1', text: 'Hey schatje, wat kost een uurtje?', phone: '06 12345670' });
    let page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('data-state="triage"');
    expect(page.body).toContain('price: kost');
    expect(page.body).toContain('In deze stand mag er niets verstuurd worden');

    // Passivity: nothing can be sent in triage, not even an approved disclosure.
    const early = await send(op.client, convId, lib.disclosure);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('In deze stap van het gesprek mag dit soort bericht niet verstuurd worden');
    expect((await step(op.client, convId, 'solicitation')).statusCode).toBe(303);

    // Free text: a posted text is ignored, and anything but an approved version id is refused.
    const free = await send(op.client, convId, '00000000-0000-4000-8000-000000000000', { text: 'Zullen we vanavond afspreken?' });
    expect(free.statusCode).toBe(400);
    expect(free.body).toContain('Dit is geen goedgekeurde scriptversie');
    const { scriptId } = (await sql(t, 'select script_id as "scriptId" from decoy_scripts where id = $1', [lib.closing]))[0] as { scriptId: string };
    await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    await op.client.post(`/lokprofielen/scripts/${scriptId}`, { variant: 'standaard', text: 'Ik stop.' });
    const unapproved = (await sql(t, 'select id from decoy_scripts where script_id = $1 and approved_at is null', [scriptId]))[0]?.id as string;
    expect((await send(op.client, convId, unapproved)).body).toContain('Dit is geen goedgekeurde scriptversie');
    const noTick = await send(op.client, convId, lib.disclosure, { approved: '' });
    expect(noTick.body).toContain('Vink aan dat u dit bericht goedkeurt');

    // The subtle cue does not count as the explicit disclosure; "continued" is refused before it.
    expect((await send(op.client, convId, lib.subtle)).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="disclosure_pending"');
    expect((await send(op.client, convId, lib.disclosure, { text: 'vrije tekst' })).statusCode).toBe(303);
    page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('data-state="await_reply"');
    expect(page.body).toContain('data-disclosure="yes"');
    expect(page.body).not.toContain('vrije tekst');
    const out = await sql(t, "select text, script_version_id as v, operator_id as op, approver_id as ap from decoy_messages where conversation_id = $1 and direction = 'out' order by seq", [convId]);
    expect(out.map((r) => r.text)).toEqual([FICTIVE_SCRIPTS.subtle.text, FICTIVE_SCRIPTS.disclosure.text]);
    expect(out.every((r) => r.op === op.user.id && r.ap === op.user.id)).toBe(true);

    // A reply that proposes a meeting after the disclosure: the rules suggest "continued"; a human decides.
    expect((await reply(op.client, convId, { at: '2027-03-02 09:50', id: 'ig-2', text: 'Maakt niet uit, kom je vanavond naar mijn hotel?' })).statusCode).toBe(303);
    expect((await reply(op.client, convId, { at: '2027-03-02 09:50', id: 'ig-2', text: 'dubbel' })).body).toContain('Er is niets dubbel opgeslagen');
    page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('data-suggestion="continued"');
    expect((await step(op.client, convId, 'continued')).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="continuation_review"');
    // A warning never goes out without four eyes.
    expect((await send(op.client, convId, lib.warning)).statusCode).toBe(400);

    // Every read is access-logged; the responder's phone and handle are in the identifier index.
    const reads = await sql(t, "select count(*)::int as n from access_log where record_type = 'decoy_conversation' and record_id = $1", [convId]);
    expect(reads[0]?.n).toBeGreaterThan(5);
    const ids = await sql(t, "select i.kind, i.key from identifier_occurrences o join identifiers i on i.id = o.identifier_id where o.source_type = 'decoy_contact' and o.source_id = $1", [convId]);
    expect(ids.map((r) => `${r.kind}:${r.key}`)).toEqual(expect.arrayContaining(['phone:+31612345670']));
  });

  it('"continued" is refused without an explicit disclosure; one clarification at most; no reply in 72 hours closes', async () => {
    const convId = await incomingContact(op.client, profileId, { at: '2027-03-02 09:40', id: 'ig-10', text: 'Hoi, ben je er?', handle: 'fictief_twee' });
    await step(op.client, convId, 'solicitation');
    await send(op.client, convId, lib.subtle);
    expect((await step(op.client, convId, 'continued')).statusCode).toBe(409);
    await send(op.client, convId, lib.disclosure);
    await reply(op.client, convId, { at: '2027-03-02 10:00', id: 'ig-11', text: 'hmm oké' });
    expect((await step(op.client, convId, 'ambiguous')).statusCode).toBe(303);
    expect((await send(op.client, convId, lib.clarification)).statusCode).toBe(303);
    expect((await send(op.client, convId, lib.clarification)).statusCode).toBe(400);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="await_reply"');

    clock.advance(71 * 3_600_000);
    expect(await closeSilentConversations(t.ctx)).toBe(0);
    clock.advance(2 * 3_600_000);
    expect(await closeSilentConversations(t.ctx)).toBeGreaterThanOrEqual(1);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="closed_no_continuation"');
    clock.set('2027-03-02T10:00:00Z');
  });

  it('acute danger stops the flow: 112 shown, the decoy pauses, a supervisor is alerted, nothing more is sent', async () => {
    const p2 = await liveProfile(op.client, rev.client, lib.ad_text);
    const convId = await incomingContact(op.client, p2, { at: '2027-03-02 09:45', id: 'ig-20', text: 'Ik heb een meisje van 13 voor je, ze is 13', handle: 'fictief_drie' });
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-suggestion="urgent"');
    // The queue on the overview shows the same suggestion with the words that triggered it.
    const queue = await op.client.get('/lokprofielen');
    expect(queue.body.slice(queue.body.indexOf('id="queue"'), queue.body.indexOf('id="queue"') + 3000)).toContain(`data-conversation="${convId}" data-state="triage" data-suggestion="urgent"`);
    expect(queue.body).toContain('urgent: ik heb een meisje, ze is 13');
    expect((await step(op.client, convId, 'urgent')).statusCode).toBe(303);
    const page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('bel 112');
    expect((await op.client.get(`/lokprofielen/profielen/${p2}`)).body).toContain('data-status="paused"');
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    expect((await sup.client.get('/')).body).toContain('Lokprofielen: acuut gevaar');
    expect((await sup.client.get(`/lokprofielen/gesprekken/${convId}`)).statusCode).toBe(200);
  });

  it('when the basis lapses, everything pauses and nothing can be sent', async () => {
    const convId = await incomingContact(op.client, profileId, { at: '2027-03-02 09:55', id: 'ig-30', text: 'Hallo', handle: 'fictief_vier' });
    await step(op.client, convId, 'solicitation');
    clock.set('2028-02-01T10:00:00Z');
    const res = await send(op.client, convId, lib.disclosure);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('De module is gesloten');
    expect((await op.client.get('/lokprofielen')).body).toContain('Gepauzeerd: de grondslag is verlopen');
    clock.set('2027-03-02T10:00:00Z');
  });

  it('partners, analysts, intake and investigators see no decoy data (403)', async () => {
    for (const role of ['partner', 'analyst', 'intake', 'investigator'] as const) {
      const { client } = await signedInAs(t.ctx, t.staffApp, [role]);
      for (const path of ['/lokprofielen', `/lokprofielen/profielen/${profileId}`, '/lokprofielen/grondslag']) expect((await client.get(path)).statusCode, `${role} ${path}`).toBe(403);
    }
  });
});
