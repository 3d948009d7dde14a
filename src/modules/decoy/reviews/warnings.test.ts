import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { pdfText } from '../../../../test/support/pdf-text.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { verifySignedPackage } from '../../evidence/index.ts';
import { approvedLibrary, FICTIVE_SCRIPTS, incomingContact, liveProfile, openProgramme, reply, send, step } from '../testing.ts';

const sql = async (t: TestApp, q: string, params: unknown[] = []) => (await t.ctx.database.executor.executeSql(q, params)).rows;

describe('decoy warnings and police notifications with four eyes', () => {
  let t: TestApp;
  const clock = testClock(new Date('2027-03-02T10:00:00Z'));
  let op: Awaited<ReturnType<typeof signedInAs>>;
  let rev: Awaited<ReturnType<typeof signedInAs>>;
  let lib: Awaited<ReturnType<typeof approvedLibrary>>;
  let profileId: string;

  const continuedConversation = async (handle: string) => {
    const convId = await incomingContact(op.client, profileId, { at: '2027-03-02 09:00', id: `${handle}-1`, text: 'Hoi, ben je beschikbaar?', handle });
    await step(op.client, convId, 'solicitation');
    await send(op.client, convId, lib.disclosure);
    await reply(op.client, convId, { at: '2027-03-02 09:20', id: `${handle}-2`, text: 'Geeft niks. Zullen we afspreken bij mij thuis? Ik betaal 100 euro.' });
    expect((await step(op.client, convId, 'continued')).statusCode).toBe(303);
    const rows = await sql(t, "select id from decoy_messages where conversation_id = $1 and platform_message_id = $2", [convId, `${handle}-2`]);

    return { convId, proposalId: rows[0]?.id as string };
  };
  const propose = async (c: typeof op.client, convId: string, proposalId: string) => {
    await c.get(`/lokprofielen/gesprekken/${convId}`);
    return c.post(`/lokprofielen/gesprekken/${convId}/waarschuwing/voorstel`, { proposalMessageId: proposalId, proposed: ['meeting', 'price'], ageConfirmed: 'yes', note: '' });
  };
  const decide = async (c: typeof op.client, convId: string, kind: string, form: Record<string, string>) => {
    await c.get(`/lokprofielen/gesprekken/${convId}`);
    return c.post(`/lokprofielen/gesprekken/${convId}/${kind}/besluit`, form);
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    lib = await approvedLibrary(op.client, rev.client);
    await openProgramme(admin.client, rev.client);
    profileId = await liveProfile(op.client, rev.client, lib.ad_text);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a warning needs the art. 251 checklist and a second, different person; then exactly one approved variant goes out', async () => {
    const { convId, proposalId } = await continuedConversation('fictief_w1');
    await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    const bad = await op.client.post(`/lokprofielen/gesprekken/${convId}/waarschuwing/voorstel`, { proposalMessageId: 'x', note: 'mijn toelichting' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies het bericht van de afzender, ná de leeftijdsmelding');
    expect(bad.body).toContain('Vink aan wat de afzender na de leeftijdsmelding voorstelde');
    expect(bad.body).toContain('Bevestig dat de opgegeven leeftijd 15 was');
    expect(bad.body).toContain('mijn toelichting');
    expect((await propose(op.client, convId, proposalId)).statusCode).toBe(303);
    expect((await rev.client.get('/')).body).toContain('die op een tweede persoon wachten');

    // The reviewer must not be the proposer, not even someone holding both roles.
    const both = await signedInAs(t.ctx, t.staffApp, ['decoy_operator', 'legal_reviewer']);
    const { convId: c2, proposalId: p2 } = await continuedConversation('fictief_w2');
    expect((await propose(both.client, c2, p2)).statusCode).toBe(303);
    expect((await both.client.get(`/lokprofielen/gesprekken/${c2}`)).body).toContain('U deed dit voorstel zelf');
    const self = await decide(both.client, c2, 'waarschuwing', { decision: 'approve', decisionReason: 'zelf' });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('Een ander moet beslissen (vier ogen)');
    expect((await sql(t, "select count(*)::int as n from decoy_messages m join decoy_scripts s on s.id = m.script_version_id where m.conversation_id = $1 and s.kind = 'warning'", [c2]))[0]?.n).toBe(0);

    expect((await decide(rev.client, convId, 'waarschuwing', { decision: 'approve', decisionReason: 'Fictief: checklist klopt.' })).statusCode).toBe(303);
    const page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('data-state="warning_sent"');
    const out = await sql(t, "select m.text, m.operator_id as op, m.approver_id as ap from decoy_messages m join decoy_scripts s on s.id = m.script_version_id where m.conversation_id = $1 and s.kind = 'warning'", [convId]);
    expect(out).toHaveLength(1);
    expect(out[0]?.op).toBe(op.user.id);
    expect(out[0]?.ap).toBe(rev.user.id);
    expect(out[0]?.text).toContain(FICTIVE_SCRIPTS.warning.text.split('{hulplink}')[0]);
    expect(out[0]?.text).toMatch(/\/hulp\/w\/[0-9a-f]{10}$/);

    // After the warning a new message is logged only; nothing can be sent.
    expect((await reply(op.client, convId, { at: '2027-03-02 09:40', id: 'fictief_w1-3', text: 'Kom op nou, gewoon even afspreken' })).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('Na de waarschuwing: alleen vastgelegd, niet beantwoord');
    expect((await send(op.client, convId, lib.closing)).statusCode).toBe(400);
  });

  it('a rejected warning closes the conversation as not continued', async () => {
    const { convId, proposalId } = await continuedConversation('fictief_w3');
    await propose(op.client, convId, proposalId);
    expect((await decide(rev.client, convId, 'waarschuwing', { decision: 'reject', decisionReason: 'Geen voorstel na de melding.' })).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="closed_no_continuation"');
  });

  it('evidence is frozen, the notification needs the legal ground, privacy check and a second person, and the package verifies', async () => {
    const { convId, proposalId } = await continuedConversation('fictief_w4');
    await propose(op.client, convId, proposalId);
    await decide(rev.client, convId, 'waarschuwing', { decision: 'approve', decisionReason: 'Fictief akkoord.' });
    await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect((await op.client.post(`/lokprofielen/gesprekken/${convId}/bewijs-vastzetten`, {})).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="evidence_frozen"');

    const bad = await op.client.post(`/lokprofielen/gesprekken/${convId}/melding/voorstel`, { legalGround: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Schrijf de grondslag voor het melden aan de politie');
    expect(bad.body).toContain('Bevestig de privacytoets');
    expect((await op.client.post(`/lokprofielen/gesprekken/${convId}/melding/voorstel`, { legalGround: 'Fictief: afspraak FICTIEF-POL-2027-001, art. 251 lid 1 Sr.', privacyChecked: 'yes' })).statusCode).toBe(303);
    const noRef = await decide(rev.client, convId, 'melding', { decision: 'approve', decisionReason: 'Akkoord.' });
    expect(noRef.body).toContain('Vul het kenmerk in dat de politie voor de melding gaf');
    expect((await decide(rev.client, convId, 'melding', { decision: 'approve', decisionReason: 'Akkoord.', policeReference: 'FICTIEF-PL-0001' })).statusCode).toBe(303);
    const page = await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect(page.body).toContain('data-state="police_notified"');
    const review = await sql(t, "select details from decoy_reviews where conversation_id = $1 and kind = 'notification'", [convId]);
    expect((review[0] as { details: Record<string, string> }).details.channel).toBe('Fictief beveiligd meldkanaal AVIM');

    const pkg = await op.client.get(`/lokprofielen/gesprekken/${convId}/politiepakket.zip`);
    expect(pkg.statusCode).toBe(200);
    const zip = pkg.rawPayload;
    const verified = verifySignedPackage(new Uint8Array(zip));
    expect(verified.ok).toBe(true);
    expect(zip.toString('latin1')).toContain('EXPLICIETE LEEFTIJDSMELDING');
    expect(zip.toString('latin1')).toContain('FICTIEF-PL-0001');
    // The tagged Dutch PDF: what a reader (or a screen reader) gets out of it.
    const files = unzipSync(new Uint8Array(zip));
    const manifest = JSON.parse(Buffer.from(files['manifest.json'] as Uint8Array).toString('utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(['politiemelding.pdf', 'politiemelding.json', 'transcript.txt']);
    const pdf = Buffer.from(files['politiemelding.pdf'] as Uint8Array);
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
    const text = pdfText(pdf);
    for (const heading of ['Politiemelding lokprofiel', 'Het lokprofiel zoals gepubliceerd', 'De afzender', 'Volledig gesprek', 'Bewijs van passiviteit: gebruikte scripts', 'Vier ogen', 'Bewaarketen']) expect(text).toContain(heading);
    expect(text).toContain('Kenmerk van de politie: FICTIEF-PL-0001');
    expect(text).toContain(`EXPLICIETE LEEFTIJDSMELDING: ${FICTIVE_SCRIPTS.disclosure.text}`);
    expect(text).toContain('Zullen we afspreken bij mij thuis? Ik betaal 100 euro.');
    expect(text).toContain('Naam of handle: fictief_w4');
    expect(text).toContain(op.user.name);
    expect(text).toContain(rev.user.name);
    expect(text).toContain('vangnet verify-package');
    const changed = Buffer.from(zip);
    const at = changed.indexOf('AFZENDER');
    changed[at] = 'X'.charCodeAt(0);
    expect(verifySignedPackage(new Uint8Array(changed)).ok).toBe(false);

    await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect((await op.client.post(`/lokprofielen/gesprekken/${convId}/politie-uitkomst`, { outcome: 'stopgesprek' })).statusCode).toBe(303);
    expect((await op.client.get(`/lokprofielen/gesprekken/${convId}`)).body).toContain('data-state="closed_notified"');
    const audit = await sql(t, "select action from audit_events where target_id = $1 order by seq", [convId]);
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['decoy.warning.propose', 'decoy.warning.approve', 'decoy.evidence.freeze', 'decoy.notification.propose', 'decoy.notification.approve', 'decoy.package.export', 'decoy.police.outcome']));
  });

  it('no notification without a frozen transcript; an operator cannot decide', async () => {
    const { convId, proposalId } = await continuedConversation('fictief_w5');
    await op.client.get(`/lokprofielen/gesprekken/${convId}`);
    expect((await op.client.post(`/lokprofielen/gesprekken/${convId}/melding/voorstel`, { legalGround: 'x', privacyChecked: 'yes' })).statusCode).toBe(409);
    await propose(op.client, convId, proposalId);
    const op2 = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    expect((await decide(op2.client, convId, 'waarschuwing', { decision: 'approve', decisionReason: 'x' })).statusCode).toBe(403);
  });
});
