import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { dumpDatabase } from '../../../../test/support/dump-database.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { MODULES } from '../../../app/modules.ts';
import type { VangnetModule } from '../../../app/module.ts';
import { registerModules } from '../../../app/registry.ts';
import { verifyAuditChain } from '../../audit/testing.ts';
import { auditEvents } from '../../audit/index.ts';
import { dossierReports } from '../../cases/index.ts';
import { insertDossier, insertTestReport } from '../../cases/testing.ts';
import { identifierOccurrences, recordOccurrences } from '../../identifiers/index.ts';
import { reports } from '../../intake/index.ts';
import { reportMessages } from '../../intake/testing.ts';
import { createSource, storeAd, TEST_SITE_RULES } from '../../monitor/testing.ts';
import { retentionBatches } from '../schema.ts';
import { runRetention } from './run-retention.ts';
import { changeRetentionRule } from '../change-retention-rule.ts';

/**
 * Issue 19: the nightly retention job. A marker planted in expired records is gone from a full dump
 * of the database afterwards; records that are not expired, still open or in a dossier survive; a dry
 * run deletes nothing; a batch is one transaction; the audit chain still verifies.
 */
const NOW = '2031-03-10T10:00:00.000Z';
const LONG_AGO = new Date('2029-01-15T09:00:00Z');
const RECENTLY = new Date('2031-03-01T09:00:00Z');
const GONE = `VERLOPEN-MARKER-${randomBytes(4).toString('hex')}`;
const KEPT = `BLIJFT-MARKER-${randomBytes(4).toString('hex')}`;

const clock = testClock(NOW);
let t: TestApp;
const ids = { gone: '', fresh: '', open: '', inDossier: '', drafts: [] as string[], adGone: '', adFresh: '', adRelevant: '' };
const actor = { userId: null, label: 'test' };

/** A closed or open report with the marker in its answers and a message, indexed, last changed at `at`. */
const plantReport = async (marker: string, phone: string, at: Date, status: string) => {
  const report = await insertTestReport(t.ctx, { whatHappened: `Hij heet ${marker} (fictief)`, phones: phone });
  // As intake indexes a new report's answers (the phone line), and so as forgetting must undo.
  await recordOccurrences(t.ctx.db, { source: { type: 'report', id: report.id }, field: 'phones', text: phone });
  await t.ctx.db.insert(reportMessages).values({ reportId: report.id, kind: 'reporter', body: `Nog iets: ${marker}` });
  await t.ctx.db.update(reports).set({ status, updatedAt: at }).where(eq(reports.id, report.id));

  return report.id;
};

const plantDraft = async (at: Date) => {
  const id = `draft-${randomBytes(12).toString('hex')}`;
  const dataEnc = t.ctx.keys.encrypt(JSON.stringify({ whatHappened: GONE }));
  await t.ctx.db.execute(sql`INSERT INTO report_drafts (id, data_enc, created_at, updated_at, expires_at) VALUES (${id}, ${dataEnc}, ${at}, ${at}, ${new Date(at.getTime() + 86_400_000)})`);
  ids.drafts.push(id);

  return id;
};

const occurrencesOf = async (reportId: string, type = 'report') =>
  (await t.ctx.db.select().from(identifierOccurrences).where(sql`${identifierOccurrences.sourceType} = ${type} and ${identifierOccurrences.sourceId} = ${reportId}`)).length;

/** A crawled ad last seen at `at`, with the marker in its text and in its raw WARC. */
const plantAd = async (sourceId: string, marker: string, phone: string, at: Date) => {
  const ad = { title: `Advertentie ${marker}`, text: `Bel ${phone} (fictief) ${marker}`, place: 'Utrecht', statedAge: 24, price: null, postedAt: '2029-01-01', contact: phone, imageUrls: [] };
  const warc = async () => new Uint8Array(Buffer.from(`WARC/1.1 fictief ${marker}`));
  return (await storeAd(t.ctx.db, { sourceId, url: `http://127.0.0.1:9/ad/${randomBytes(4).toString('hex')}`, ad, at, warc })).adId;
};

/** Every way a marker could show in a dump: as text, or hex-encoded in a bytea (a WARC). */
const hexOf = (marker: string) => Buffer.from(marker).toString('hex');

beforeAll(async () => {
  t = await createTestApp({ clock });
  const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
  ids.gone = await plantReport(GONE, '06-12341901', LONG_AGO, 'closed');
  ids.fresh = await plantReport(`${KEPT}-recent`, '06-12341902', RECENTLY, 'closed');
  ids.open = await plantReport(`${KEPT}-open`, '06-12341903', LONG_AGO, 'triage');
  ids.inDossier = await plantReport(`${KEPT}-dossier`, '06-12341904', LONG_AGO, 'closed');
  const dossier = await insertDossier(t.ctx.db, { title: 'Dossier voor bewaartest (fictief)', createdBy: inv.user.id });
  await t.ctx.db.insert(dossierReports).values({ dossierId: dossier.id, reportId: ids.inDossier, linkedBy: inv.user.id });
  await plantDraft(LONG_AGO);
  await plantDraft(RECENTLY);
  const source = await createSource(t.ctx.db, { name: 'Bewaartest bron', startUrls: ['http://127.0.0.1:9/ads'], allowedUrlPatterns: ['^http://127.0.0.1:9/'], selectors: TEST_SITE_RULES, legalBasis: 'Fictieve testbron.' }, null);
  if (!source.ok) throw new Error('source');
  ids.adGone = await plantAd(source.source.id, `${GONE}-ad`, '06-12341911', LONG_AGO);
  ids.adFresh = await plantAd(source.source.id, `${KEPT}-ad-recent`, '06-12341912', RECENTLY);
  ids.adRelevant = await plantAd(source.source.id, `${KEPT}-ad-relevant`, '06-12341913', LONG_AGO);
  await t.ctx.db.execute(sql`INSERT INTO ad_reviews (ad_id, decision, reason, decided_by) VALUES (${ids.adRelevant}, 'relevant', 'Zelfde nummer als melding (test)', ${inv.user.id})`);
}, 60_000);
afterAll(async () => {
  registerModules(MODULES);
  await t?.close();
});

describe('the retention run', () => {
  it('a dry run counts what would go and deletes nothing', async () => {
    const result = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor });
    const counts = Object.fromEntries(result.rules.map((r) => [r.key, r.count]));
    expect(counts['intake.report.closed_without_dossier']).toBe(1);
    // Drafts older than two days: the one of long ago and the one of last week.
    expect(counts['intake.draft']).toBe(2);
    expect(counts['monitor.ad']).toBe(1);
    expect(result.runId).toBeNull();
    const dump = await dumpDatabase(t.ctx);
    expect(dump).toContain(GONE);
    // The WARC is a bytea: the dump shows it hex-encoded, which is what the run is checked against.
    expect(dump).toContain(hexOf(`${GONE}-ad`));
    expect(await t.ctx.db.select().from(retentionBatches)).toEqual([]);
    expect(await occurrencesOf(ids.gone)).toBeGreaterThan(0);
  });

  it('a run deletes the expired records everywhere, keeps the rest, records each batch and keeps the chain whole', async () => {
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
    expect(result.rules.every((r) => !r.failed)).toBe(true);
    const dump = await dumpDatabase(t.ctx);
    expect(dump).not.toContain(GONE);
    expect(dump).not.toContain(hexOf(GONE));
    expect(dump).not.toContain(ids.gone);
    expect(dump).not.toContain(ids.adGone);
    expect(dump).toContain(hexOf(`${KEPT}-ad-recent`));
    for (const kept of ['ad-recent', 'ad-relevant']) expect(dump).toContain(`${KEPT}-${kept}`);
    expect(await occurrencesOf(ids.adGone, 'ad')).toBe(0);
    expect(await occurrencesOf(ids.adFresh, 'ad')).toBeGreaterThan(0);
    for (const id of ids.drafts) expect(dump).not.toContain(id);
    for (const kept of ['recent', 'open', 'dossier']) expect(dump).toContain(`${KEPT}-${kept}`);
    expect(await occurrencesOf(ids.gone)).toBe(0);
    expect(await occurrencesOf(ids.fresh)).toBeGreaterThan(0);
    const left = await t.ctx.db.select({ id: reports.id }).from(reports).where(inArray(reports.id, [ids.gone, ids.fresh, ids.open, ids.inDossier]));
    expect(left.map((r) => r.id).sort()).toEqual([ids.fresh, ids.open, ids.inDossier].sort());

    const batches = await t.ctx.db.select().from(retentionBatches);
    const byRule = Object.fromEntries(batches.map((b) => [b.ruleKey, b]));
    expect(byRule['intake.report.closed_without_dossier']).toMatchObject({ count: 1, ruleVersion: 0, action: 'delete', days: 365, runId: result.runId });
    expect(byRule['intake.draft']).toMatchObject({ count: 2, ruleVersion: 0 });
    // The deletion record and its audit line say what kind and how many, never what was in it.
    expect(JSON.stringify(batches)).not.toContain(GONE);
    const events = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'retention.batch'));
    expect(events.map((e) => e.details)).toContainEqual({ run: result.runId, version: 0, action: 'delete', count: 1 });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('a second run finds nothing and records nothing', async () => {
    const before = (await t.ctx.db.select().from(retentionBatches)).length;
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'job', actor });
    expect(result.rules.filter((r) => r.key.startsWith('intake.') || r.key.startsWith('monitor.')).map((r) => r.count).every((n) => n === 0)).toBe(true);
    expect((await t.ctx.db.select().from(retentionBatches)).length).toBe(before);
  });

  it('works in batches whose records add up', async () => {
    for (let i = 0; i < 5; i += 1) await plantDraft(LONG_AGO);
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor, batchSize: 2 });
    const draft = result.rules.find((r) => r.key === 'intake.draft');
    expect(draft).toMatchObject({ count: 5, batches: 3 });
    const rows = await t.ctx.db.select().from(retentionBatches).where(eq(retentionBatches.runId, result.runId ?? ''));
    expect(rows.map((r) => r.count).sort()).toEqual([1, 2, 2]);
  });

  it('a batch that fails halfway leaves everything whole and records nothing (one transaction per batch)', async () => {
    const draft = await plantDraft(LONG_AGO);
    // A rule that deletes, then dies before it can finish, as a process killed in the middle would.
    const dying: VangnetModule = {
      name: 'dying',
      retention: [
        {
          key: 'test.dying',
          label: { nl: 'Test', en: 'Test' },
          defaultDays: 1,
          action: 'delete',
          legalBasis: { nl: 'Test', en: 'Test' },
          purge: async (ctx) => {
            await ctx.db.execute(sql`DELETE FROM report_drafts WHERE id = ${draft}`);
            throw new Error('killed in the middle of a batch');
          },
        },
      ],
    };
    // Only the dying rule, so the draft rule does not take the draft first.
    registerModules([dying]);
    try {
      const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
      expect(result.rules).toMatchObject([{ key: 'test.dying', failed: true, count: 0 }]);
      expect(await dumpDatabase(t.ctx)).toContain(draft);
      expect(await t.ctx.db.select().from(retentionBatches).where(eq(retentionBatches.ruleKey, 'test.dying'))).toEqual([]);
    } finally {
      registerModules(MODULES);
    }
    expect(t.logs()).toContain('retention rule failed');
    expect(t.logs()).not.toContain(GONE);
  });

  it('a rule set to "review" is counted for a person, never deleted', async () => {
    const officer = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
    const id = await plantReport(`${KEPT}-review`, '06-12341905', LONG_AGO, 'closed');
    const changed = await changeRetentionRule(t.ctx, {
      key: 'intake.report.closed_without_dossier',
      basedOn: 0,
      days: '365',
      action: 'review',
      legalBasis: 'Eerst beoordelen (test)',
      reason: 'Een medewerker kijkt eerst (test)',
      actor: { userId: officer.user.id, label: officer.user.email },
    });
    expect(changed).toEqual({ ok: true, version: 1 });
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
    expect(result.rules.find((r) => r.key === 'intake.report.closed_without_dossier')).toMatchObject({ action: 'review', count: 1, batches: 0, version: 1 });
    expect(await t.ctx.db.select({ id: reports.id }).from(reports).where(eq(reports.id, id))).toHaveLength(1);
    const batches = await t.ctx.db.select().from(retentionBatches).where(eq(retentionBatches.runId, result.runId ?? ''));
    expect(batches.filter((b) => b.ruleKey === 'intake.report.closed_without_dossier')).toEqual([]);
  });
});
