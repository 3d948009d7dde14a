import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { listCriteria, listSignals } from '../queries/assessment.ts';
import { listNotes } from '../queries/tasks-notes.ts';
import { listSubjects } from '../queries/people.ts';
import { reportMessages } from '../../intake/testing.ts';
import { createDossierVia, formHtml, inputValue, insertTestReport, postRefused } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('people, signals and assessment', () => {
  it('records a signal with its group, kind and source, and refuses one without a source', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/signalen`);
    const missing = await postRefused(inv.client, `/dossiers/${id}/signalen`, { groep: 'behaviour', soort: 'fact', tekst: 'Heeft opeens een dure telefoon', bron: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Noem de bron: wie zag of zei het?');
    expect(missing.body).toContain('Heeft opeens een dure telefoon');
    const ok = await inv.client.post(`/dossiers/${id}/signalen`, {
      groep: 'behaviour',
      soort: 'observation',
      tekst: 'Heeft opeens een dure telefoon',
      bron: 'Mentor op school, telefonisch',
      datum: '2026-11-02',
    });
    expect(ok.statusCode).toBe(303);
    const [row] = await listSignals(t.ctx.db, id);
    expect(row?.signal).toMatchObject({ category: 'behaviour', kind: 'observation', source: 'Mentor op school, telefonisch', observedOn: '2026-11-02' });
    const page = await inv.client.get(`/dossiers/${id}/signalen`);
    expect(page.body).toContain('3. Gedrag (algemeen)');
    expect(page.body).toContain('Waarneming:');
  });

  it('records the three criteria, the risk weighing (reason required) and the summary', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const page = await inv.client.get(`/dossiers/${id}/signalen`);
    const cform = formHtml(page.body, `/dossiers/${id}/criteria`);
    const versions = Object.fromEntries(['suspect_known', 'coerced_boundaries', 'economic_gain'].map((c) => [`versie_${c}`, inputValue(cform, `versie_${c}`)!]));
    const res = await inv.client.post(`/dossiers/${id}/criteria`, {
      ...versions,
      staat_suspect_known: 'unknown',
      staat_coerced_boundaries: 'met',
      bewijs_coerced_boundaries: 'Chatberichten waarin zij onder druk wordt gezet (test)',
      staat_economic_gain: 'met',
      bewijs_economic_gain: 'Advertentie met prijs (test)',
    });
    expect(res.statusCode).toBe(303);
    const criteria = await listCriteria(t.ctx.db, id);
    expect(criteria.find((c) => c.criterion === 'economic_gain')?.state).toBe('met');

    const page2 = await inv.client.get(`/dossiers/${id}/signalen`);
    const rform = formHtml(page2.body, `/dossiers/${id}/risico`);
    const rv = Object.fromEntries(['violence', 'coercion', 'exploitation'].map((r) => [`versie_${r}`, inputValue(rform, `versie_${r}`)!]));
    const noReason = await postRefused(inv.client, `/dossiers/${id}/risico`, { ...rv, ernst_violence: 'high', aard_violence: 'Dreigt met slaan' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom u dit zo weegt.');
    expect(noReason.body).toContain('Dreigt met slaan');
    expect((await inv.client.post(`/dossiers/${id}/risico`, { ...rv, ernst_violence: 'high', aard_violence: 'Dreigt met slaan', reden_violence: 'Twee bronnen (test)' })).statusCode).toBe(303);

    const sv = inputValue(formHtml((await inv.client.get(`/dossiers/${id}/samenvatting`)).body, `/dossiers/${id}/samenvatting`), 'versie')!;
    expect((await inv.client.post(`/dossiers/${id}/samenvatting`, { versie: sv, vermoeden: 'yes', samenvatting: 'Twee van drie voorwaarden zijn voldaan.' })).statusCode).toBe(303);
    const page3 = await inv.client.get(`/dossiers/${id}/samenvatting`);
    expect(page3.body).toContain('Twee van drie voorwaarden zijn voldaan.');
  });

  it('tracks the five steps of the plan', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    const edit = await inv.client.get(`/dossiers/${id}/stappen/2`);
    expect(edit.statusCode).toBe(200);
    const versie = inputValue(edit.body, 'versie')!;
    const res = await inv.client.post(`/dossiers/${id}/stappen/2`, { versie, stand: 'done', besluit: 'Advies gevraagd aan CoMensha (test)', wie: 'J. de Vries', wanneer: '2026-11-10' });
    expect(res.statusCode).toBe(303);
    const page = await inv.client.get(`/dossiers/${id}/plan`);
    expect(page.body).toContain('Advies gevraagd aan CoMensha (test)');
    expect((await inv.client.get(`/dossiers/${id}/stappen/9`)).statusCode).toBe(404);
  });

  it('merges two persons only after the warning is confirmed with a reason, and records it', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(inv.client);
    await inv.client.get(`/dossiers/${id}/personen`);
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Testman K.', aliassen: 'K-boy' });
    await inv.client.post(`/dossiers/${id}/personen`, { rol: 'suspected_trafficker', naam: 'Kevin (test)', aliassen: 'kboy_010' });
    const [a, b] = await listSubjects(t.ctx.db, id);
    await inv.client.post(`/dossiers/${id}/signalen`, { groep: 'towards_others', soort: 'fact', tekst: 'Haalt haar op met een auto', bron: 'Buurvrouw', persoon: b!.id });
    const warn = await inv.client.get(`/dossiers/${id}/personen/samenvoegen?houden=${a!.id}&weg=${b!.id}`);
    expect(warn.statusCode).toBe(200);
    expect(warn.body).toContain('Het systeem voegt nooit zelf samen');
    const url = `/dossiers/${id}/personen/samenvoegen?houden=${a!.id}&weg=${b!.id}`;
    const unconfirmed = await inv.client.post(url, { reden: 'Zelfde telefoonnummer', versie: inputValue(warn.body, 'versie')! });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('Vink aan dat u de waarschuwing hebt gelezen.');
    expect((await listSubjects(t.ctx.db, id)).every((s) => !s.mergedInto)).toBe(true);
    const ok = await inv.client.post(url, { reden: 'Zelfde telefoonnummer', bevestig: 'ja', versie: inputValue(warn.body, 'versie')! });
    expect(ok.statusCode).toBe(303);
    const after = await listSubjects(t.ctx.db, id);
    expect(after.find((s) => s.id === b!.id)?.mergedInto).toBe(a!.id);
    expect((await listSignals(t.ctx.db, id))[0]?.signal.subjectId).toBe(a!.id);
    const page = await inv.client.get(`/dossiers/${id}/personen`);
    expect(page.body).toContain('Samengevoegd met Testman K.');
    expect((await inv.client.get(`/dossiers/${id}/tijdlijn`)).body).toContain('Personen samengevoegd');
  });
});

describe('timeline', () => {
  it('merges creation, status, signals, tasks, notes and report messages in time order', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const report = await insertTestReport(t.ctx);
    await t.ctx.db.insert(reportMessages).values({ reportId: report.id, kind: 'reporter', body: 'Ze is weer niet thuisgekomen (test)', createdAt: sql`now() - interval '1 hour'` });
    const id = await createDossierVia(inv.client, { meldingen: report.number });
    const page = await inv.client.get(`/dossiers/${id}`);
    await inv.client.post(`/dossiers/${id}/status`, { status: 'investigation', versie: inputValue(formHtml(page.body, `/dossiers/${id}/status`), 'versie')! });
    await inv.client.post(`/dossiers/${id}/signalen`, { groep: 'appearance', soort: 'fact', tekst: 'Nieuwe dure kleding', bron: 'Moeder' });
    await inv.client.post(`/dossiers/${id}/taken`, { titel: 'Profiel op Snapchat vastleggen', uitvoerder: inv.user.id, datum: '2026-12-01' });
    await inv.client.post(`/dossiers/${id}/notities`, { tekst: 'Gesprek met moeder gepland' });
    const html = (await inv.client.get(`/dossiers/${id}/tijdlijn`)).body;
    const timeline = html.slice(html.indexOf('id="tijdlijn"'));
    const order = ['Ze is weer niet thuisgekomen', 'Dossier gemaakt', 'Status gewijzigd', 'Nieuwe dure kleding', 'Profiel op Snapchat vastleggen', 'Gesprek met moeder gepland'].map((s) =>
      timeline.indexOf(s),
    );
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });
});

describe('two investigators editing the same thing', () => {
  it('never silently overwrites a note: the second gets a clear message and both texts to merge', async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const b = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(a.client);
    await a.client.post(`/dossiers/${id}/onderzoekers`, { gebruiker: b.user.id });
    await a.client.post(`/dossiers/${id}/notities`, { tekst: 'Eerste versie' });
    const note = (await listNotes(t.ctx.db, id))[0]!.note;
    const formA = await a.client.get(`/dossiers/${id}/notities/${note.id}`);
    const formB = await b.client.get(`/dossiers/${id}/notities/${note.id}`);
    const vA = inputValue(formA.body, 'versie')!;
    const vB = inputValue(formB.body, 'versie')!;
    expect((await a.client.post(`/dossiers/${id}/notities/${note.id}`, { versie: vA, tekst: 'Tekst van A' })).statusCode).toBe(303);
    const conflict = await b.client.post(`/dossiers/${id}/notities/${note.id}`, { versie: vB, tekst: 'Tekst van B' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(conflict.body).toContain('>Tekst van B</textarea>');
    expect(conflict.body).toContain('Tekst van A');
    expect((await listNotes(t.ctx.db, id))[0]?.note.body).toBe('Tekst van A');
    // B merges and saves again: now on top of A's version.
    const merged = await b.client.post(`/dossiers/${id}/notities/${note.id}`, { versie: inputValue(conflict.body, 'versie')!, tekst: 'Tekst van A en B' });
    expect(merged.statusCode).toBe(303);
    expect((await listNotes(t.ctx.db, id))[0]?.note.body).toBe('Tekst van A en B');
  });

  it('protects the summary, the criteria and a person the same way', async () => {
    const a = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const b = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(a.client);
    const pageA = await a.client.get(`/dossiers/${id}/samenvatting`);
    const pageB = await b.client.get(`/dossiers/${id}/samenvatting`);
    const critA = await a.client.get(`/dossiers/${id}/signalen`);
    const critB = await b.client.get(`/dossiers/${id}/signalen`);
    const sv = (p: string) => inputValue(formHtml(p, `/dossiers/${id}/samenvatting`), 'versie')!;
    expect((await a.client.post(`/dossiers/${id}/samenvatting`, { versie: sv(pageA.body), vermoeden: 'yes', samenvatting: 'A vindt: vermoeden' })).statusCode).toBe(303);
    const s2 = await postRefused(b.client, `/dossiers/${id}/samenvatting`, { versie: sv(pageB.body), vermoeden: 'no', samenvatting: 'B vindt: geen vermoeden' });
    expect(s2.statusCode).toBe(409);
    expect(s2.body).toContain('B vindt: geen vermoeden');
    expect(s2.body).toContain('A vindt: vermoeden');

    const cv = (p: string) => {
      const f = formHtml(p, `/dossiers/${id}/criteria`);
      return Object.fromEntries(['suspect_known', 'coerced_boundaries', 'economic_gain'].map((c) => [`versie_${c}`, inputValue(f, `versie_${c}`)!]));
    };
    expect((await a.client.post(`/dossiers/${id}/criteria`, { ...cv(critA.body), staat_economic_gain: 'met', bewijs_economic_gain: 'A: prijs in advertentie' })).statusCode).toBe(303);
    const c2 = await postRefused(b.client, `/dossiers/${id}/criteria`, { ...cv(critB.body), staat_economic_gain: 'not_met', bewijs_economic_gain: 'B: geen geld gezien' });
    expect(c2.statusCode).toBe(409);
    expect(c2.body).toContain('B: geen geld gezien');
    expect(c2.body).toContain('A: prijs in advertentie');
    expect((await listCriteria(t.ctx.db, id)).find((c) => c.criterion === 'economic_gain')?.evidence).toBe('A: prijs in advertentie');

    await a.client.post(`/dossiers/${id}/personen`, { rol: 'witness', naam: 'Getuige (test)' });
    const [subject] = await listSubjects(t.ctx.db, id);
    const fa = await a.client.get(`/dossiers/${id}/personen/${subject!.id}`);
    const fb = await b.client.get(`/dossiers/${id}/personen/${subject!.id}`);
    expect((await a.client.post(`/dossiers/${id}/personen/${subject!.id}`, { versie: inputValue(fa.body, 'versie')!, rol: 'witness', naam: 'Getuige A' })).statusCode).toBe(303);
    const p2 = await b.client.post(`/dossiers/${id}/personen/${subject!.id}`, { versie: inputValue(fb.body, 'versie')!, rol: 'witness', naam: 'Getuige B' });
    expect(p2.statusCode).toBe(409);
    expect(p2.body).toContain('value="Getuige B"');
    expect(p2.body).toContain('Getuige A');
  });
});
