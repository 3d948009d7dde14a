import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { auditEvents } from '../../audit/index.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { addEvidenceFile, verifySignedPackage } from '../../evidence/testing.ts';
import { changeConsents } from '../../intake/testing.ts';
import { reportIdentities } from '../../intake/index.ts';
import { findDossier } from '../queries/dossiers.ts';
import { listConsents } from '../queries/consent.ts';
import { listHandovers } from '../queries/handover.ts';
import { createDossierVia, formHtml, inputValue, insertTestReport, postRefused, followRefusal } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Client = Awaited<ReturnType<typeof signedInAs>>['client'];

const IDENTITY = { name: 'Testmoeder Jansen', phone: '06-12340001', email: 'testmoeder@example.org' };

/** Two related reports (one with a reporter identity), one dossier, signals, assessment, evidence, status "decision". */
const prepareDossier = async (inv: Awaited<ReturnType<typeof signedInAs>>) => {
  const r1 = await insertTestReport(t.ctx, { whatHappened: 'Mijn dochter wordt opgehaald door een oudere jongen (test)' });
  const r2 = await insertTestReport(t.ctx, { whatHappened: 'Meisje bij het station stapt in een auto (test)' });
  await t.ctx.db.insert(reportIdentities).values({ reportId: r1.id, identityEnc: t.ctx.keys.encrypt(JSON.stringify(IDENTITY)) });
  const id = await createDossierVia(inv.client, { title: 'Overdrachtstest (fictief)', meldingen: `${r1.number} ${r2.number}` });
  await inv.client.get(`/dossiers/${id}/personen`);
  await inv.client.post(`/dossiers/${id}/personen`, { rol: 'possible_victim', naam: 'Testmeisje L.', leeftijd: '16', plaats: 'Zwolle' });
  await inv.client.post(`/dossiers/${id}/signalen`, { groep: 'behaviour', soort: 'fact', tekst: 'Heeft opeens veel geld (test)', bron: 'Moeder, telefonisch' });
  const page = await inv.client.get(`/dossiers/${id}/signalen`);
  const f = formHtml(page.body, `/dossiers/${id}/criteria`);
  await inv.client.post(`/dossiers/${id}/criteria`, {
    ...Object.fromEntries(['suspect_known', 'coerced_boundaries', 'economic_gain'].map((c) => [`versie_${c}`, inputValue(f, `versie_${c}`)!])),
    staat_coerced_boundaries: 'met',
    staat_economic_gain: 'met',
    bewijs_economic_gain: 'Advertentie met prijs (test)',
  });
  await addEvidenceFile(t.ctx, {
    actor: { id: inv.user.id, name: inv.user.name },
    bytes: Buffer.from('%PDF-1.4 fictief chatverslag\n'),
    title: 'Chatverslag (test)',
    sourceDescription: 'Aangeleverd door moeder (test)',
    dossierId: id,
  });
  for (const status of ['investigation', 'decision']) {
    const p = await inv.client.get(`/dossiers/${id}`);
    const res = await inv.client.post(`/dossiers/${id}/status`, { status, versie: inputValue(formHtml(p.body, `/dossiers/${id}/status`), 'versie')! });
    expect(res.statusCode).toBe(303);
  }

  return { id, r1, r2 };
};

const approveVia = async (client: Client, id: string) => {
  const [h] = await listHandovers(t.ctx.db, id);
  return { handover: h!, res: await followRefusal(client, await client.post(`/dossiers/${id}/overdracht/${h!.id}/goedkeuren`)) };
};

describe('handover to police/OM', () => {
  it('is refused without consent; with the reporter consent from the follow-up a supervisor approves and a verified package comes out without the reporter identity', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const { id, r1 } = await prepareDossier(inv);

    const page = await inv.client.get(`/dossiers/${id}/bewijs`);
    expect(page.body).toContain('Chatverslag (test)');
    expect(page.body).toContain(`href="/bewijs?dossier=${id}"`);

    const refused = await postRefused(inv.client, `/dossiers/${id}/overdracht`, { ontvanger: 'Politie Oost-Nederland, team mensenhandel (fictief)' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Er is geen toestemming voor overdracht aan politie/OM');
    // The refusal comes back on the handover's own page, with its checklist.
    expect(refused.body).toContain('data-testid="handover-checklist"');
    expect(refused.body).toContain('<title>Overdracht aan politie/OM · Overdrachtstest (fictief)');
    expect(await listHandovers(t.ctx.db, id)).toHaveLength(0);

    // The reporter says yes in the follow-up messages (intake records it on the report).
    await changeConsents(t.ctx, { reportId: r1.id, choices: [{ purpose: 'police', granted: true }], source: 'reporter', recordedBy: null });
    const requested = await inv.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie Oost-Nederland, team mensenhandel (fictief)' });
    expect(requested.statusCode).toBe(303);
    expect(requested.headers.location).toBe(`/dossiers/${id}/overdracht?ok=1#overdracht`);

    // Four eyes: the investigator cannot approve; the supervisor can.
    const self = await approveVia(inv.client, id);
    expect(self.res.statusCode).toBe(403);
    const { handover, res } = await approveVia(sup.client, id);
    expect(res.statusCode).toBe(303);
    const [done] = await listHandovers(t.ctx.db, id);
    expect(done?.approvedBy).toBe(sup.user.id);
    expect(done?.packageSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(done?.includesReporterIdentity).toBe(false);
    expect((await findDossier(t.ctx.db, id))?.status).toBe('handed_over');

    const download = await inv.client.get(`/dossiers/${id}/overdracht/${handover.id}/pakket.zip`);
    expect(download.statusCode).toBe(200);
    const zip = download.rawPayload;
    const verified = verifySignedPackage(zip);
    expect(verified.ok, JSON.stringify(verified)).toBe(true);
    const files = unzipSync(zip);
    const pdf = Buffer.from(files['overdracht.pdf']!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
    const json = Buffer.from(files['dossier.json']!).toString('utf8');
    expect(json).toContain('Heeft opeens veel geld (test)');
    expect(json).toContain('Chatverslag (test)');
    for (const secret of Object.values(IDENTITY)) expect(json).not.toContain(secret);
    expect(Object.keys(files).some((f) => f.startsWith('evidence/'))).toBe(true);

    // One changed byte: the check fails.
    const tampered = Buffer.from(zip);
    const at = tampered.indexOf(Buffer.from('Heeft opeens veel geld'));
    tampered[at] = tampered[at]! ^ 0x01;
    expect(verifySignedPackage(tampered).ok).toBe(false);

    // Custody of the evidence shows the handover with the package hash; the audit chain still holds.
    const custody = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'custody.handover'), eq(auditEvents.targetType, 'evidence')));
    expect(custody.some((e) => e.details.packageSha256 === done?.packageSha256)).toBe(true);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    const reference = await inv.client.post(`/dossiers/${id}/overdracht/${handover.id}/referentie`, { referentie: 'PL0600-2026123456 (fictief)' });
    expect(reference.statusCode).toBe(303);
    expect((await listHandovers(t.ctx.db, id))[0]?.policeReference).toBe('PL0600-2026123456 (fictief)');
  });

  it('includes the reporter identity only when the reporter consented to that, and a supervisor cannot approve their own request', async () => {
    const supA = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const supB = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const { id } = await prepareDossier(supA);
    await supA.client.post(`/dossiers/${id}/toestemmingen`, { doel: 'police_om', door: 'reporter', wijze: 'written', reikwijdte: 'Overdracht met mijn gegevens (test)', datum: '2026-11-22', identiteit: 'ja' });
    expect((await supA.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' })).statusCode).toBe(303);
    const own = await approveVia(supA.client, id);
    expect(own.res.statusCode).toBe(403);
    expect(own.res.body).toContain('Een andere teamleider moet goedkeuren');
    const { handover, res } = await approveVia(supB.client, id);
    expect(res.statusCode).toBe(303);
    const zip = (await supA.client.get(`/dossiers/${id}/overdracht/${handover.id}/pakket.zip`)).rawPayload;
    const json = Buffer.from(unzipSync(zip)['dossier.json']!).toString('utf8');
    expect(json).toContain(IDENTITY.name);
  });

  it('is refused at approval when the consent was withdrawn after the request', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const { id } = await prepareDossier(inv);
    await inv.client.post(`/dossiers/${id}/toestemmingen`, { doel: 'police_om', door: 'victim', wijze: 'spoken', reikwijdte: 'Overdracht (test)', datum: '2026-11-22' });
    expect((await inv.client.post(`/dossiers/${id}/overdracht`, { ontvanger: 'Politie (fictief)' })).statusCode).toBe(303);
    const [consent] = await listConsents(t.ctx.db, id);
    await inv.client.post(`/dossiers/${id}/toestemmingen/${consent!.id}/intrekken`, { toelichting: 'Ingetrokken (test)' });
    const { res } = await approveVia(sup.client, id);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('is ingetrokken');
    expect((await listHandovers(t.ctx.db, id))[0]?.packageSha256).toBeNull();
    expect((await findDossier(t.ctx.db, id))?.status).toBe('decision');
  });
});

describe('referral and CoMensha', () => {
  it('advises where to go from the assessment, leads referral and sharing to the chain page (issue 16), and exports for CoMensha only with its consent', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const { id } = await prepareDossier(inv);
    // Coercion and economic gain are met: the chain's routing advice on the handover page says police/OM, with a link to the chain page.
    const page = await inv.client.get(`/dossiers/${id}/overdracht`);
    expect(page.body).toContain('data-advice="police_om"');
    expect(page.body).toContain('Grenzen onder dwang overschreden én economisch gewin: een duidelijk strafrechtelijk deel.');
    expect(page.body).toContain(`href="/keten/dossiers/${id}#advies"`);
    expect(page.body).toContain(`href="/keten/dossiers/${id}#verwijzingen"`);
    expect(page.body).toContain(`href="/dossiers/${id}/comensha.json"`);

    // The old referral and sharing forms are gone: their addresses lead to the chain page, their posts answer 404.
    for (const [path, to] of [['doorverwijzingen', 'verwijzingen'], ['doorverwijzing', 'verwijzingen'], ['delen', 'delen']]) {
      const old = await inv.client.get(`/dossiers/${id}/${path}`);
      expect(old.statusCode, path).toBe(303);
      expect(old.headers.location, path).toBe(`/keten/dossiers/${id}#${to}`);
      expect((await inv.client.get(String(old.headers.location).split('#')[0]!)).statusCode, path).toBe(200);
    }
    expect((await inv.client.post(`/dossiers/${id}/doorverwijzingen`, { naar: 'zvh', instantie: 'ZVH IJsselland (fictief)', opvolgen: '2026-12-15' })).statusCode).toBe(404);
    expect((await inv.client.post(`/dossiers/${id}/doorverwijzingen/00000000-0000-4000-8000-000000000000/terugkoppeling`, { terugkoppeling: 'x' })).statusCode).toBe(404);
    // The dossier's navigation has one way to the chain, and no referral or sharing page of its own.
    const overview = (await inv.client.get(`/dossiers/${id}`)).body;
    const navAt = overview.indexOf('data-testid="dossier-nav"');
    const nav = overview.slice(navAt, overview.indexOf('</nav>', navAt));
    expect(nav).toContain(`href="/keten/dossiers/${id}"`);
    expect(nav).not.toContain('/doorverwijzing');
    expect(nav).not.toContain('/delen');

    const noComensha = await followRefusal(inv.client, await inv.client.get(`/dossiers/${id}/comensha.json`));
    expect(noComensha.statusCode).toBe(403);
    expect(noComensha.body).toContain('Er is geen toestemming voor registratie bij CoMensha');
    await inv.client.post(`/dossiers/${id}/toestemmingen`, { doel: 'comensha_registration', door: 'victim', wijze: 'written', reikwijdte: 'Registratie (test)', datum: '2026-11-22' });
    const exported = await inv.client.get(`/dossiers/${id}/comensha.json`);
    expect(exported.statusCode).toBe(200);
    const registration = JSON.parse(exported.body) as { uitbuitingsvorm: string; slachtoffers: { leeftijd: number; minderjarig: boolean }[] };
    expect(registration.uitbuitingsvorm).toBe('seksuele uitbuiting');
    expect(registration.slachtoffers).toEqual([expect.objectContaining({ leeftijd: 16, minderjarig: true })]);
    expect(exported.body).not.toContain('Testmeisje');
  });
});
