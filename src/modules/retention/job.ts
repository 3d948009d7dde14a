import type { AppContext } from '../../app/context.ts';
import type { Jobs } from '../jobs/index.ts';
import { runRetention } from './run/run-retention.ts';

export const RETENTION_JOB = 'retention.run';
/** Every night at 02:30 UTC, when the fewest people work. */
export const RETENTION_CRON = '30 2 * * *';

type JobData = { startedBy?: 'job' | 'page'; userId?: string | null; label?: string };

/** The nightly run (and a run asked for on the page): one at a time, retried if it fails as a whole. */
export const defineRetentionJob = async (jobs: Jobs, ctx: AppContext) => {
  await jobs.define<JobData>(
    RETENTION_JOB,
    async (data) => {
      const startedBy = data.startedBy === 'page' ? 'page' : 'job';
      const actor = startedBy === 'page' ? { userId: data.userId ?? null, label: data.label ?? 'page' } : { userId: null, label: 'retention job' };
      const result = await runRetention(ctx, { dryRun: false, startedBy, actor });
      ctx.logger.info({ job: RETENTION_JOB, run: result.runId, counts: Object.fromEntries(result.rules.map((r) => [r.key, r.count])) }, 'retention run finished');
    },
    { policy: 'stately', retryLimit: 2, retryDelay: 600, expireInSeconds: 4 * 3600 },
  );
  await jobs.schedule(RETENTION_JOB, RETENTION_CRON);
};
