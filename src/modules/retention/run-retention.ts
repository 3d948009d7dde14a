import { sql } from 'drizzle-orm';
import type { AppContext } from '../../app/context.ts';
import type { RetentionAction } from '../../app/module.ts';
import { type AuditActor, recordAuditEvent } from '../audit/index.ts';
import { loadSchedule } from './load-schedule.ts';
import { finishRun, insertBatch, insertRun, selectHeldDossierIds } from './queries.ts';

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
  const schedule = await loadSchedule(ctx);
  const held = new Set(await selectHeldDossierIds(ctx.db));
  const isHeld = (dossierId: string) => held.has(dossierId);
  const limit = options.batchSize ?? BATCH_SIZE;
  const runId = options.dryRun ? null : await insertRun(ctx.db, { startedBy: options.startedBy, startedAt: at });
  const rules: RuleOutcome[] = [];

  for (const line of schedule) {
    const expiredBefore = new Date(at.getTime() - line.days * DAY);
    const outcome: RuleOutcome = { key: line.rule.key, label: line.rule.label, version: line.version, days: line.days, action: line.action, expiredBefore, count: 0, atLeast: false, batches: 0, failed: false };
    rules.push(outcome);
    try {
      if (options.dryRun || line.action === 'review') {
        const { count } = await line.rule.purge(ctx, { expiredBefore, limit: DRY_RUN_CAP, dryRun: true, isHeld });
        outcome.count = count;
        outcome.atLeast = count >= DRY_RUN_CAP;
        continue;
      }
      for (;;) {
        const count = await ctx.db.transaction(async (tx) => {
          // One batch of a rule at a time, across processes: a second run waits, then finds these gone.
          await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`retention-rule:${line.rule.key}`}))`);
          const done = await line.rule.purge({ ...ctx, db: tx }, { expiredBefore, limit, dryRun: false, isHeld });
          if (done.count === 0 || !runId) return 0;
          await insertBatch(tx, { runId, ruleKey: line.rule.key, ruleVersion: line.version, action: line.action, days: line.days, count: done.count, expiredBefore, at: ctx.clock.now() });
          await recordAuditEvent(tx, {
            actor: options.actor,
            action: 'retention.batch',
            targetType: 'retention_rule',
            targetId: line.rule.key,
            details: { run: runId, version: line.version, action: line.action, count: done.count },
          });
          return done.count;
        });
        outcome.count += count;
        if (count > 0) outcome.batches += 1;
        if (count < limit || outcome.batches >= MAX_BATCHES) break;
      }
    } catch (err) {
      // The message only: a database error's detail can quote a value of the row.
      outcome.failed = true;
      ctx.logger.error({ rule: line.rule.key, error: String((err as Error).message).slice(0, 200) }, 'retention rule failed');
    }
  }

  const failed = rules.some((r) => r.failed);
  if (runId) await finishRun(ctx.db, runId, { finishedAt: ctx.clock.now(), failed });
  await recordAuditEvent(ctx.db, {
    actor: options.actor,
    action: options.dryRun ? 'retention.dry_run' : 'retention.run',
    targetType: 'retention_run',
    targetId: runId ?? undefined,
    details: { startedBy: options.startedBy, failed, rules: Object.fromEntries(rules.map((r) => [r.key, { count: r.count, action: r.action, version: r.version }])) },
  });

  return { runId, dryRun: options.dryRun, at, rules, heldDossiers: held.size };
};
