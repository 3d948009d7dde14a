import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { collectFigures } from '../../../app/module-hooks.ts';
import { MODULES } from '../../../app/modules.ts';
import { registerModules } from '../../../app/registry.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { dossierReports, dossiers, signals, subjects } from '../../cases/index.ts';
import { insertDossier, insertTestReport } from '../../cases/testing.ts';
import { addEvidenceFile } from '../../evidence/testing.ts';
import { identifierOccurrences, recordOccurrences } from '../../identifiers/index.ts';
import { reports } from '../../intake/index.ts';
import { placeLegalHold } from '../holds/legal-hold.ts';
import { runRetention } from './run-retention.ts';
import { retentionBatches, retentionCounts, retentionPendingFiles } from '../schema.ts';

/**
 * Issue 19 point 2, the rules added after reports, drafts, ads and decoys: dossiers per outcome (with
 * everything that holds them: people, signals, notes, index, evidence files, handover packages, linked
 * reports), loose evidence with its files, handover packages, orphan index occurrences per source,
 * finished capture requests, form states and the job queue's history. A marker planted in each
 * expired record is gone from a full dump afterwards, its files are gone from the data folder, a
 * held dossier survives (and is named in the dry run and the run), and the dashboards' figures are
 * the same after the run as before (the counts of what went are kept).
 */
const NOW = '2031-03-10T10:00:00.000Z';
const LONG_AGO = new Date('2024-01-15T09:00:00Z');
const RECENTLY = new Date('2031-03-01T09:00:00Z');
const GONE = `WEG-MARKER-${randomBytes(4).toString('hex')}`;
const KEPT = `BLIJFT-MARKER-${randomBytes(4).toString('hex')}`;

const clock = testClock(NOW);
const actor = { userId: null, label: 'test' };
let t: TestApp;
let userId = '';
const ids = { closed: '', referred: '', handedOver: '', held: '', fresh: '', open: '', reportOfClosed: '', reportShared: '', evidenceLoose: '', evidenceRecent: '', evidenceInDossier: '', packageOld: '', packageHeld: '' };
const files: Record<string, string> = {};

const dataFile = (relative: string) => path.join(t.ctx.config.dataDir, relative);

/** A finished (or open) dossier with the marker in its title, summary, a person, a signal, the index, evidence (a stored file) and a linked report. */
const plantDossier = async (marker: string, status: string, at: Date) => {
  const d = await insertDossier(t.ctx.db, { title: `Dossier ${marker} (fictief)`, summary: `Samenvatting ${marker}`, status, createdBy: userId });
  const [person] = await t.ctx.db.insert(subjects).values({ dossierId: d.id, role: 'victim', name: `Persoon ${marker}`, createdBy: userId }).returning();
  await t.ctx.db.insert(signals).values({ dossierId: d.id, category: 'behaviour', kind: 'fact', text: `Signaal ${marker}`, source: 'test', recordedBy: userId });
  await recordOccurrences(t.ctx.db, { source: { type: 'dossier', id: d.id }, field: 'summary', text: `Bel 06-1234${String(Math.floor(Math.random() * 9000) + 1000)} ${marker}` });
  await recordOccurrences(t.ctx.db, { source: { type: 'dossier_person', id: `${d.id}/${person?.id}` }, field: 'name', text: 'jan@example.invalid' });
  const evidence = await addEvidenceFile(t.ctx, { actor: { id: userId, name: 'Test' }, bytes: Buffer.from(`Bewijs ${marker}`), title: `Bewijsstuk bij dossier (fictief)`, sourceDescription: 'Test', dossierId: d.id });
  files[d.id] = `evidence/${evidence.storageKey}`;
  const report = await insertTestReport(t.ctx, { whatHappened: `Melding ${marker} (fictief)` });
  await t.ctx.db.insert(dossierReports).values({ dossierId: d.id, reportId: report.id, linkedBy: userId });
  await t.ctx.db.update(dossiers).set({ updatedAt: at }).where(eq(dossiers.id, d.id));

  return { id: d.id, reportId: report.id, evidenceId: evidence.id };
};

/** A produced handover of a dossier, with its package file (encrypted, with the marker) under the data folder. */
const plantPackage = async (dossierId: string, marker: string, producedAt: Date) => {
  const id = randomUUID();
  await t.ctx.db.execute(sql`INSERT INTO handovers (id, dossier_id, recipient, basis, requested_by, approved_by, approved_at, produced_at, package_sha256) VALUES (${id}, ${dossierId}, 'Politie (fictief)', 'consent:test', ${userId}, ${userId}, ${producedAt}, ${producedAt}, 'abc')`);
  const file = `handovers/${id}.zip.enc`;
  mkdirSync(path.dirname(dataFile(file)), { recursive: true });
  writeFileSync(dataFile(file), t.ctx.keys.encrypt(Buffer.from(`Pakket ${marker}`)));
  files[id] = file;

  return id;
};

const figures = async () => {
  const { figures: list } = await collectFigures(MODULES, t.ctx, { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') }, pino({ level: 'silent' }));
  return Object.fromEntries(list.map((f) => [f.key, { value: f.value, cells: f.byMunicipalityMonth }]));
};

let figuresBefore: Awaited<ReturnType<typeof figures>> = {};

beforeAll(async () => {
  t = await createTestApp({ clock });
  const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  userId = sup.user.id;

  const closed = await plantDossier(`${GONE}-closed`, 'closed', LONG_AGO);
  ids.closed = closed.id;
  ids.reportOfClosed = closed.reportId;
  ids.evidenceInDossier = closed.evidenceId;
  ids.referred = (await plantDossier(`${GONE}-referred`, 'referred', LONG_AGO)).id;
  ids.handedOver = (await plantDossier(`${GONE}-handed`, 'handed_over', LONG_AGO)).id;
  await plantPackage(ids.handedOver, `${GONE}-handed-package`, LONG_AGO);
  ids.held = (await plantDossier(`${KEPT}-held`, 'handed_over', LONG_AGO)).id;
  ids.packageHeld = await plantPackage(ids.held, `${KEPT}-held-package`, LONG_AGO);
  ids.fresh = (await plantDossier(`${KEPT}-fresh`, 'closed', RECENTLY)).id;
  ids.open = (await plantDossier(`${KEPT}-open`, 'open', LONG_AGO)).id;
  // A report in the closed dossier and in the open one follows the open one.
  ids.reportShared = (await insertTestReport(t.ctx, { whatHappened: `Gedeelde melding ${KEPT}-shared` })).id;
  await t.ctx.db.insert(dossierReports).values([
    { dossierId: ids.closed, reportId: ids.reportShared, linkedBy: userId },
    { dossierId: ids.open, reportId: ids.reportShared, linkedBy: userId },
  ]);
  // A dossier handed over recently whose package is old: the package goes, the dossier stays.
  ids.packageOld = await plantPackage(ids.fresh, `${GONE}-old-package`, LONG_AGO);
  const hold = await placeLegalHold(t.ctx, { dossierId: ids.held, reason: 'Strafzaak loopt (fictief)', reviewOn: '2032-01-01', actor: { userId, label: 'Test' } });
  expect(hold).toMatchObject({ ok: true });

  // Loose evidence (no dossier), old and recent. Captured evidence is never changed, so the old one is
  // written as it would have been captured then: a row and its encrypted file.
  const plantLoose = async (marker: string, at: Date) => {
    const id = randomUUID();
    const key = `${randomUUID()}.enc`;
    mkdirSync(dataFile('evidence'), { recursive: true });
    writeFileSync(dataFile(`evidence/${key}`), t.ctx.keys.encrypt(Buffer.from(`Los ${marker}`)));
    await t.ctx.db.execute(sql`INSERT INTO evidence_items (id, kind, title, source_description, added_by, added_by_label, captured_at, tool, tool_version, sha256, size_bytes, media_type, storage_key)
      VALUES (${id}, 'upload', ${`Los bewijs ${marker}`}, 'Test', ${userId}, 'Test', ${at}, 'test', '0', 'abc', 1, 'text/plain', ${key})`);
    files[id] = `evidence/${key}`;
    return id;
  };
  ids.evidenceLoose = await plantLoose(GONE, LONG_AGO);
  ids.evidenceRecent = await plantLoose(`${KEPT}-loose`, RECENTLY);

  // An orphan occurrence (its ad is gone) and one whose ad is unknown but recent.
  await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: randomUUID() }, field: 'text', text: `06-12349901 ${GONE}`, seenAt: LONG_AGO, place: `${GONE}-plaats` });
  await recordOccurrences(t.ctx.db, { source: { type: 'ad', id: randomUUID() }, field: 'text', text: '06-12349902', seenAt: RECENTLY, place: `${KEPT}-plaats` });

  // Finished capture requests, old and recent.
  await t.ctx.db.execute(sql`INSERT INTO evidence_capture_requests (id, requested_by, requested_by_label, url, title, source_description, state, requested_at, finished_at)
    VALUES (${randomUUID()}, ${userId}, 'Test', ${`http://127.0.0.1:9/${GONE}-capture`}, 'Oud verzoek', 'Test', 'failed', ${LONG_AGO}, ${LONG_AGO}),
           (${randomUUID()}, ${userId}, 'Test', ${`http://127.0.0.1:9/${KEPT}-capture`}, 'Nieuw verzoek', 'Test', 'failed', ${RECENTLY}, ${new Date(NOW)})`);

  // Form states: one expired, one still valid (30 minutes from now).
  await t.ctx.db.execute(sql`INSERT INTO form_states (key, data_enc, expires_at) VALUES ('test:gone', ${`${GONE}-form`}, ${new Date(Date.parse(NOW) - 60_000)}), ('test:kept', ${`${KEPT}-form`}, ${new Date(Date.parse(NOW) + 30 * 60_000)})`);

  // Job history: a completed job of long ago (in the job table and in the archive), and a waiting one.
  const hasBoss = ((await t.ctx.db.execute(sql`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`)) as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok;
  if (hasBoss) {
    await t.ctx.db.execute(sql`SELECT pgboss.create_queue('retention-test', '{"policy":"standard"}'::json)`);
    await t.ctx.db.execute(sql`INSERT INTO pgboss.job (id, name, data, state, completed_on, created_on) VALUES (${randomUUID()}, 'retention-test', ${JSON.stringify({ note: `${GONE}-job` })}::jsonb, 'completed', ${LONG_AGO}, ${LONG_AGO}), (${randomUUID()}, 'retention-test', ${JSON.stringify({ note: `${KEPT}-job` })}::jsonb, 'created', null, ${RECENTLY})`);
  }

  figuresBefore = await figures();
}, 120_000);
afterAll(async () => {
  registerModules(MODULES);
  await t?.close();
});

const occurrences = async (type: string, id: string) => (await t.ctx.db.select().from(identifierOccurrences).where(sql`${identifierOccurrences.sourceType} = ${type} and ${identifierOccurrences.sourceId} = ${id}`)).length;

describe('retention of dossiers, evidence, packages, index, capture requests, form states and job history', () => {
  it('a dry run counts per rule, names the held dossier and deletes nothing', async () => {
    const result = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor });
    const by = Object.fromEntries(result.rules.map((r) => [r.key, r]));
    expect(by['cases.dossier.closed']?.count).toBe(1);
    expect(by['cases.dossier.referred']?.count).toBe(1);
    expect(by['cases.dossier.handed_over']).toMatchObject({ count: 1, held: [ids.held] });
    // The package of the handed-over dossier and that of the recent dossier; the held one is named.
    expect(by['cases.handover_package']).toMatchObject({ count: 2, held: [ids.held] });
    expect(by['evidence.item.loose']?.count).toBe(1);
    expect(by['evidence.capture_request']?.count).toBe(1);
    expect(by['identifiers.occurrence.ad']?.count).toBe(1);
    expect(by['intake.form_state']?.count).toBe(1);
    expect(result.heldDossiers).toBe(1);
    const dump = await dumpDatabase(t.ctx);
    expect(dump).toContain(`${GONE}-closed`);
    expect(existsSync(dataFile(files[ids.closed] ?? ''))).toBe(true);
  });

  it('a run deletes every expired record from every table and file, and keeps the held, recent and open ones', async () => {
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
    expect(result.rules.filter((r) => r.failed).map((r) => r.key)).toEqual([]);
    const by = Object.fromEntries(result.rules.map((r) => [r.key, r]));
    expect(by['cases.dossier.handed_over']).toMatchObject({ count: 1, held: [ids.held] });
    const dump = await dumpDatabase(t.ctx);
    expect(dump).not.toContain(GONE);
    // Ids stay only in the audit chain (custody and deletion events name what, never what was in it).
    const outsideAudit = dump
      .split('\n')
      .filter((line) => !line.startsWith('public.audit_events ') && !line.startsWith('public.access_log '))
      .join('\n');
    for (const id of [ids.closed, ids.referred, ids.handedOver, ids.reportOfClosed, ids.evidenceLoose, ids.evidenceInDossier]) {
      const line = outsideAudit.split('\n').find((l) => l.includes(id));
      expect(line?.slice(0, 120) ?? null).toBeNull();
    }
    for (const kept of ['held', 'fresh', 'open', 'shared', 'capture', 'form', 'plaats', 'loose']) expect(dump).toContain(`${KEPT}-${kept}`);
    // Files: the evidence of the deleted dossiers, the loose evidence and the expired packages are gone.
    for (const id of [ids.closed, ids.referred, ids.handedOver, ids.evidenceLoose, ids.packageOld]) expect(existsSync(dataFile(files[id] ?? 'none'))).toBe(false);
    for (const id of [ids.held, ids.fresh, ids.open, ids.packageHeld, ids.evidenceRecent]) expect(existsSync(dataFile(files[id] ?? 'none'))).toBe(true);
    expect(await t.ctx.db.select().from(retentionPendingFiles)).toEqual([]);
    // The index: the deleted dossiers' occurrences are gone, the held one's stay.
    expect(await occurrences('dossier', ids.closed)).toBe(0);
    expect(await occurrences('dossier', ids.held)).toBeGreaterThan(0);
    // The shared report follows the open dossier; the closed dossier's own report went with it.
    const left = await t.ctx.db.select({ id: reports.id }).from(reports).where(inArray(reports.id, [ids.reportOfClosed, ids.reportShared]));
    expect(left.map((r) => r.id)).toEqual([ids.reportShared]);
    const kept = await t.ctx.db.select({ id: dossiers.id }).from(dossiers).where(inArray(dossiers.id, [ids.held, ids.fresh, ids.open]));
    expect(kept).toHaveLength(3);
    // One deletion record per batch: kind and count, never content.
    const batches = await t.ctx.db.select().from(retentionBatches).where(eq(retentionBatches.runId, result.runId ?? ''));
    const counts = Object.fromEntries(batches.map((b) => [b.ruleKey, b.count]));
    expect(counts).toMatchObject({ 'cases.dossier.closed': 1, 'cases.dossier.referred': 1, 'cases.dossier.handed_over': 1, 'cases.handover_package': 1, 'evidence.item.loose': 1, 'evidence.capture_request': 1, 'identifiers.occurrence.ad': 1, 'intake.form_state': 1 });
    expect(JSON.stringify(batches)).not.toContain(GONE);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('the job queue history of long ago is gone, a waiting job stays', async () => {
    const dump = await dumpDatabase(t.ctx);
    expect(dump).not.toContain(`${GONE}-job`);
    if (dump.includes('pgboss.job')) expect(dump).toContain(`${KEPT}-job`);
  });

  it('the dashboard figures are the same after the run as before (the counts of what went are kept)', async () => {
    const after = await figures();
    expect(Object.keys(figuresBefore).length).toBeGreaterThan(0);
    expect(figuresBefore['cases.dossiers']?.value).toBeGreaterThanOrEqual(6);
    for (const [key, f] of Object.entries(figuresBefore)) expect({ key, ...after[key] }).toEqual({ key, ...f });
    expect((await t.ctx.db.select().from(retentionCounts)).length).toBeGreaterThan(0);
    expect(JSON.stringify(await t.ctx.db.select().from(retentionCounts))).not.toContain(GONE);
  });

  it('a second run deletes nothing more and the figures still hold', async () => {
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'job', actor });
    expect(result.rules.filter((r) => r.count > 0 && r.action === 'delete').map((r) => r.key)).toEqual([]);
    expect(await figures()).toEqual(figuresBefore);
  });
});
