import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { signedInAs } from '../../test/support/factories.ts';
import { listSubjects } from '../modules/cases/queries/people.ts';
import { createDossierVia, inputValue, insertTestReport } from '../modules/cases/testing.ts';
import { captureWebPage } from '../modules/evidence/capture/capture-web-page.ts';
import { startTestSite, type TestSite } from '../modules/evidence/testing/test-site.ts';
import { forgetSource } from '../modules/identifiers/occurrences/forget-source.ts';
import { findIdentifierByKey } from '../modules/identifiers/queries.ts';
import { identifierOccurrences, identifiers } from '../modules/identifiers/schema.ts';
import { listIdentifierAlerts, watchIdentifier } from '../modules/identifiers/watch-identifier.ts';
import { eq } from 'drizzle-orm';
import { describeReindex, reindexEverything } from './reindex.ts';

/**
 * Issue 5 follow-up point 5: `vangnet reindex` re-runs extraction for reports, dossier people,
 * notes, signals, summaries and evidence text; it rebuilds exactly what saving indexed, and a second
 * run changes nothing and alerts no one.
 */
let t: TestApp;
let site: TestSite;
const ids = { dossier: '', kept: '', merged: '', report: '', evidence: '' };

/** Every occurrence as one comparable line, with its time (so a changed seen-at shows too). */
const snapshot = async () =>
  (
    await t.ctx.db
      .select({ type: identifierOccurrences.sourceType, id: identifierOccurrences.sourceId, field: identifierOccurrences.field, key: identifiers.key, at: identifierOccurrences.seenAt, last: identifiers.lastSeenAt })
      .from(identifierOccurrences)
      .innerJoin(identifiers, eq(identifiers.id, identifierOccurrences.identifierId))
  )
    .map((r) => `${r.type} ${r.id} ${r.field} ${r.key} ${r.at.toISOString()} ${r.last.toISOString()}`)
    .sort();

beforeAll(async () => {
  t = await createTestApp({ env: { OUTBOUND_ALLOW_PRIVATE: 'on' } });
  site = await startTestSite();
  const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  ids.dossier = await createDossierVia(inv.client);
  const d = ids.dossier;
  await inv.client.post(`/dossiers/${d}/personen`, { rol: 'suspected_trafficker', naam: 'Testman R.', plaats: 'Zwolle', beschrijving: 'Belt van 06-12340601' });
  await inv.client.post(`/dossiers/${d}/personen`, { rol: 'suspected_trafficker', naam: 'Rico (test)', aliassen: 'snapchat: rico_reindex_vb', beschrijving: '06-12340602' });
  await inv.client.post(`/dossiers/${d}/notities`, { tekst: 'Nummer uit gesprek: 06-12340603' });
  await inv.client.post(`/dossiers/${d}/signalen`, { groep: 'towards_others', soort: 'fact', tekst: 'Mailt met rico.reindex@example.org', bron: 'Moeder', datum: '2026-04-02' });
  const page = await inv.client.get(`/dossiers/${d}/samenvatting`);
  await inv.client.post(`/dossiers/${d}/samenvatting`, { vermoeden: 'unclear', samenvatting: 'Kern: 06-12340604', versie: inputValue(page.body, 'versie')! });
  const [kept, merged] = await listSubjects(t.ctx.db, d);
  ids.kept = kept!.id;
  ids.merged = merged!.id;
  const url = `/dossiers/${d}/personen/samenvoegen?houden=${kept!.id}&weg=${merged!.id}`;
  const warn = await inv.client.get(url);
  await inv.client.post(url, { reden: 'Zelfde persoon (test)', bevestig: 'ja', versie: inputValue(warn.body, 'versie')! });
  const report = await insertTestReport(t.ctx, { phones: '06-12340605', whatHappened: 'Hij appt vanaf 06-12340606' });
  ids.report = report.id;
  const { indexReportAnswers } = await import('../modules/intake/identifier-index/index-report.ts');
  await indexReportAnswers(t.ctx.db, t.ctx.logger, { id: report.id, createdAt: report.createdAt, answers: report.answers as Record<string, string> });
  const capture = await captureWebPage(t.ctx, { actor: { id: inv.user.id, name: inv.user.name }, url: `${site.base}/plain`, dossierId: d });
  ids.evidence = capture.item.id;
}, 60_000);
afterAll(async () => {
  await site?.close();
  await t?.close();
});

describe('vangnet reindex', () => {
  it('changes nothing when everything was indexed on save, and says so', async () => {
    const before = await snapshot();
    expect(before.some((l) => l.startsWith(`evidence ${ids.evidence} text +31612345678`))).toBe(true);
    expect(before.some((l) => l.startsWith(`dossier_person ${ids.dossier}/${ids.kept} merged:${ids.merged}:description +31612340602`))).toBe(true);
    const summary = await reindexEverything(t.ctx);
    expect(summary).toMatchObject({ reports: 1, dossiers: 1, people: 2, notes: 1, signals: 1, evidence: 1, evidenceTexts: 1 });
    expect(summary.after).toEqual(summary.before);
    expect(await snapshot()).toEqual(before);
    expect(describeReindex(summary)).toContain('new alerts: 0');
  });

  it('rebuilds what was lost, the same as saving made it, and a second run alerts no one', async () => {
    const before = await snapshot();
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const watched = await findIdentifierByKey(t.ctx.db, 'phone', '+31612340601');
    await watchIdentifier(t.ctx.db, { identifierId: watched!.id, userId: inv.user.id });
    for (const source of [
      { type: 'report' as const, id: ids.report },
      { type: 'dossier' as const, id: ids.dossier },
      { type: 'dossier_person' as const, id: `${ids.dossier}/${ids.kept}` },
      { type: 'evidence' as const, id: ids.evidence },
    ]) {
      await forgetSource(t.ctx.db, source);
    }
    expect((await snapshot()).length).toBeLessThan(before.length);

    await reindexEverything(t.ctx);
    const rebuilt = await snapshot();
    // Only the identifiers' first/last seen can differ (an identifier forgotten and created again),
    // and a lost summary's time: the summary has no time of its own, so it gets the dossier's.
    const strip = (lines: string[]) => lines.map((l) => l.split(' ').slice(0, l.includes(' summary ') ? 4 : 5).join(' '));
    expect(strip(rebuilt)).toEqual(strip(before));
    // The lost occurrence of a watched number came back: that is news once, and only once.
    const firstAlerts = (await listIdentifierAlerts(t.ctx.db, inv.user.id)).length;
    expect(firstAlerts).toBe(1);

    const again = await reindexEverything(t.ctx);
    expect(again.after).toEqual(again.before);
    expect(await snapshot()).toEqual(rebuilt);
    expect((await listIdentifierAlerts(t.ctx.db, inv.user.id)).length).toBe(firstAlerts);
  });
});
