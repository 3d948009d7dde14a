import type { VangnetModule } from '../../app/module.ts';
import { jobsRetention } from './retention.ts';
import { cleanExpiredSessions, SESSION_CLEANUP_CRON, SESSION_CLEANUP_JOB } from './clean-expired-sessions.ts';

/** Housekeeping jobs that belong to no single screen. Runs only when JOBS=on (the default). */
export const jobsModule: VangnetModule = {
  name: 'jobs',
  retention: jobsRetention,
  jobs: async (jobs, ctx) => {
    await jobs.define(SESSION_CLEANUP_JOB, async () => {
      await cleanExpiredSessions(ctx);
    }, { retryLimit: 3, retryDelay: 30 });
    await jobs.schedule(SESSION_CLEANUP_JOB, SESSION_CLEANUP_CRON);
  },
};
