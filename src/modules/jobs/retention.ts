import { sql } from 'drizzle-orm';
import type { RetentionRule } from '../../app/module.ts';
import type { Db } from '../../db/client.ts';

// The job queue's own history (issue 19): pg-boss keeps finished jobs in pgboss.job until it archives
// them, and archived ones in pgboss.archive. Raw SQL on pg-boss's tables, here, because this module
// owns pg-boss; the schema name is the one jobs.ts gives it.

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

const hasTable = async (db: Db, table: string) => rowsOf(await db.execute(sql`SELECT to_regclass(${table}) IS NOT NULL AS ok`))[0]?.ok === true;

/**
 * Finished jobs (completed, cancelled or failed) and archived jobs older than the period. Their data
 * are ids and labels (never case content, by the jobs' own rule), but their output can hold an error
 * message, and history without end is history without purpose. Jobs still waiting or running stay.
 */
const jobHistoryRule: RetentionRule = {
  key: 'jobs.history',
  label: { nl: 'Geschiedenis van achtergrondtaken (afgeronde en gearchiveerde taken)', en: 'Background job history (finished and archived jobs)' },
  defaultDays: 30,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: 'Alleen nodig om storingen na te gaan (AVG art. 5 lid 1 e, BIO2 8.15)',
    en: 'Only needed to look into faults (GDPR art. 5(1)(e), BIO2 8.15)',
  },
  purge: async (ctx, o) => {
    let count = 0;
    if (await hasTable(ctx.db, 'pgboss.archive')) {
      const old = sql`SELECT name, id FROM pgboss.archive WHERE archived_on < ${o.expiredBefore} LIMIT ${o.limit}`;
      count += o.dryRun
        ? Number(rowsOf(await ctx.db.execute(sql`SELECT count(*)::int AS n FROM (${old}) x`))[0]?.n ?? 0)
        : rowsOf(await ctx.db.execute(sql`DELETE FROM pgboss.archive WHERE (name, id) IN (${old}) RETURNING id`)).length;
    }
    const left = o.limit - count;
    if (left > 0 && (await hasTable(ctx.db, 'pgboss.job'))) {
      const old = sql`SELECT name, id FROM pgboss.job WHERE state IN ('completed', 'cancelled', 'failed') AND completed_on < ${o.expiredBefore} LIMIT ${left}`;
      count += o.dryRun
        ? Number(rowsOf(await ctx.db.execute(sql`SELECT count(*)::int AS n FROM (${old}) x`))[0]?.n ?? 0)
        : rowsOf(await ctx.db.execute(sql`DELETE FROM pgboss.job WHERE (name, id) IN (${old}) RETURNING id`)).length;
    }

    return { count };
  },
};

export const jobsRetention: RetentionRule[] = [jobHistoryRule];
