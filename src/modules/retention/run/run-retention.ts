import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../app/context.ts';
import type { RetentionAction } from '../../../app/module.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { loadSchedule } from '../load-schedule.ts';
import { countsTaken, takeCountCells } from './count-snapshot.ts';
import { removePendingFiles } from './pending-files.ts';
import { finishRun, insertBatch, insertCounts, insertPendingFiles, insertRun, selectHeldDossierIds } from '../queries.ts';

/** Records per batch: one transaction each, small enough not to hold the embedded database for long. */
export const BATCH_SIZE = 500;
/** A dry run counts up to this many per rule and says "at least" beyond it. */
export const DRY_RUN_CAP = 10_000;
/** A safety stop: a rule that keeps reporting full batches stops after this many in one run. */
const MAX_BATCHES = 10_000;

export type RuleOutcome = {
  key: string;
  label: { nl: string; en: string };
  version: number;
  days: number;
  action: RetentionAction;
  expiredBefore: Date;
  /** Deleted or anonymised (a run), or that would be (a dry run), or waiting for a person (review). */
  count: number;
  /** The count stopped at DRY_RUN_CAP. */
  atLeast: boolean;
  batches: number;
  failed: boolean;
  /** Held dossiers (legal hold) this rule would have taken and skipped, by id. */
  held: string[];
};

export type RunResult = { runId: string | null; dryRun: boolean; at: Date; rules: RuleOutcome[]; heldDossiers: number };

export type RunOptions = { dryRun: boolean; startedBy: 'job' | 'page' | 'cli'; actor: AuditActor; batchSize?: number };

const DAY = 24 * 60 * 60 * 1000;

/**
 * Runs every module's retention rule as the schedule says. A real run deletes (or anonymises) in
 * batches; each batch, its deletion record and its audit event are one transaction, so a run killed
 * halfway leaves whole records or none and records that add up; the next run goes on where it
 * stopped. Rules whose action is "review" are only counted. A dry run only counts and stores nothing
 * but one audit event. Held dossiers (legal hold) are skipped by the rules through `isHeld`.
 */
export const runRetention = async (ctx: AppContext, options: RunOptions): Promise<RunResult> => {
  const at = ctx.clock.now();
  // Files of batches that committed in a run killed before it could delete them.
  if (!options.dryRun) await removePendingFiles(ctx);
  const schedule = await loadSchedule(ctx);
  const heldDossiers = await selectHeldDossierIds(ctx.db);
  const held = new Set(heldDossiers);
  const isHeld = (dossierId: string) => held.has(dossierId);
  const limit = options.batchSize ?? BATCH_SIZE;
  const runId = options.dryRun ? null : await insertRun(ctx.db, { startedBy: options.startedBy, startedAt: at });
  const rules: RuleOutcome[] = [];

  for (const line of schedule) {
    const expiredBefore = new Date(at.getTime() - line.days * DAY);
    const outcome: RuleOutcome = { key: line.rule.key, label: line.rule.label, version: line.version, days: line.days, action: line.action, expiredBefore, count: 0, atLeast: false, batches: 0, failed: false, held: [] };
    const skipped = new Set<string>();
    rules.push(outcome);
    try {
      if (options.dryRun || line.action === 'review') {
        const done = await line.rule.purge(ctx, { expiredBefore, limit: DRY_RUN_CAP, dryRun: true, isHeld, heldDossiers });
        outcome.count = done.count;
        outcome.atLeast = done.count >= DRY_RUN_CAP;
        outcome.held = [...new Set(done.held ?? [])];
        continue;
      }
      for (;;) {
        const count = await ctx.db.transaction(async (tx) => {
          // One batch of a rule at a time, across processes: a second run waits, then finds these gone.
          await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`retention-rule:${line.rule.key}`}))`);
          const txCtx = { ...ctx, db: tx };
          // The dashboards' counts before the batch, so what it deletes can be kept as counts.
          const before = line.rule.counted === false ? null : await takeCountCells(txCtx);
          const done = await line.rule.purge(txCtx, { expiredBefore, limit, dryRun: false, isHeld, heldDossiers });
          for (const id of done.held ?? []) skipped.add(id);
          if (done.count === 0 || !runId) return 0;
          const batchId = await insertBatch(tx, { runId, ruleKey: line.rule.key, ruleVersion: line.version, action: line.action, days: line.days, count: done.count, expiredBefore, at: ctx.clock.now() });
          await insertPendingFiles(tx, line.rule.key, done.files ?? [], ctx.clock.now());
          if (before) await insertCounts(tx, batchId, countsTaken(before, await takeCountCells(txCtx)));
          await recordAuditEvent(tx, {
            actor: options.actor,
            action: 'retention.batch',
            targetType: 'retention_rule',
            targetId: line.rule.key,
            details: { run: runId, version: line.version, action: line.action, count: done.count },
          });
          return done.count;
        });
        // The batch committed: now its files go (a kill here leaves them listed for the next run).
        await removePendingFiles(ctx);
        outcome.count += count;
        if (count > 0) outcome.batches += 1;
        if (count < limit || outcome.batches >= MAX_BATCHES) break;
      }
    } catch (err) {
      // The message only: a database error's detail can quote a value of the row.
      outcome.failed = true;
      ctx.logger.error({ rule: line.rule.key, error: String((err as Error).message).slice(0, 200) }, 'retention rule failed');
    }
    if (outcome.held.length === 0) outcome.held = [...skipped];
  }

  const failed = rules.some((r) => r.failed);
  if (runId) await finishRun(ctx.db, runId, { finishedAt: ctx.clock.now(), failed });
  await recordAuditEvent(ctx.db, {
    actor: options.actor,
    action: options.dryRun ? 'retention.dry_run' : 'retention.run',
    targetType: 'retention_run',
    targetId: runId ?? undefined,
    details: { startedBy: options.startedBy, failed, rules: Object.fromEntries(rules.map((r) => [r.key, { count: r.count, action: r.action, version: r.version, held: r.held.length }])) },
  });

  return { runId, dryRun: options.dryRun, at, rules, heldDossiers: held.size };
};
