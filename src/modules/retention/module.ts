import type { VangnetModule } from '../../app/module.ts';
import { defineRetentionJob } from './job.ts';
import { holdRoutes } from './routes-holds.tsx';
import { retentionRoutes } from './routes.tsx';

/**
 * Retention (issue 19): the schedule of every module's retention rules as the privacy officer sets
 * it, the nightly job that runs them in batches with a deletion record per batch, and its dry run.
 */
export const retentionModule: VangnetModule = {
  name: 'retention',
  staffRoutes: async (app, ctx) => {
    await retentionRoutes(app, ctx);
    await holdRoutes(app, ctx);
  },
  jobs: defineRetentionJob,
};
