import { loadConfig } from '../app/config.ts';
import type { AppContext } from '../app/context.ts';
import { createContext } from '../app/start.ts';
import { recordAuditEvent } from '../modules/audit/chain/record-audit-event.ts';
import { reindexDossiers } from '../modules/cases/identifier-index/reindex-dossiers.ts';
import { reindexEvidence } from '../modules/evidence/identifier-index/reindex-evidence.ts';
import { countIndex } from '../modules/identifiers/queries.ts';
import { reindexReports } from '../modules/intake/identifier-index/reindex-reports.ts';

type Totals = Awaited<ReturnType<typeof countIndex>>;

export type ReindexSummary = {
  reports: number;
  dossiers: number;
  people: number;
  notes: number;
  signals: number;
  evidence: number;
  evidenceTexts: number;
  before: Totals;
  after: Totals;
};

/**
 * Runs identifier extraction again over everything that feeds the index: reports (with reporter
 * follow-ups), dossier people, notes, signals and summaries, and evidence text. Each part works in
 * batches, one transaction per source, and is idempotent: a second run adds, removes and alerts
 * nothing (the totals before and after say so). Ads are re-indexed by the monitor when it crawls.
 */
export const reindexEverything = async (ctx: AppContext): Promise<ReindexSummary> => {
  const before = await countIndex(ctx.db);
  const { reports } = await reindexReports(ctx);
  const dossiers = await reindexDossiers(ctx);
  const evidence = await reindexEvidence(ctx);
  const after = await countIndex(ctx.db);

  return { reports, ...dossiers, evidence: evidence.evidence, evidenceTexts: evidence.texts, before, after };
};

export const describeReindex = (s: ReindexSummary): string =>
  [
    `Re-indexed ${s.reports} reports, ${s.dossiers} dossiers (${s.people} people, ${s.notes} notes, ${s.signals} signals), ${s.evidence} evidence items (${s.evidenceTexts} page texts).`,
    `Identifiers: ${s.before.identifiers} → ${s.after.identifiers}; occurrences: ${s.before.occurrences} → ${s.after.occurrences}; new alerts: ${s.after.alerts - s.before.alerts}.`,
  ].join('\n');

/** `vangnet reindex`: prints what it did; exit code 0. */
export const run = async (): Promise<number> => {
  const ctx = await createContext({ ...loadConfig(), jobs: false });
  const summary = await reindexEverything(ctx);
  await recordAuditEvent(ctx.db, {
    actor: { userId: null, label: 'cli' },
    action: 'identifiers.reindexed',
    details: { reports: summary.reports, dossiers: summary.dossiers, evidence: summary.evidence, occurrences: summary.after.occurrences },
  });
  await ctx.database.close();
  console.log(describeReindex(summary));

  return 0;
};
