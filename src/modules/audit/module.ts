import type { VangnetModule } from '../../app/module.ts';
import { AUDIT_CHECK_CRON, AUDIT_CHECK_JOB, checkAuditChain } from './check-audit-chain.ts';
import { logRoutes } from './routes.tsx';

/** The hash-chained audit log and the access log, and the privacy officer's view of both. */
export const auditModule: VangnetModule = {
  name: 'audit',
  staffRoutes: async (app, ctx) => {
    await logRoutes(app, ctx);
  },
  jobs: async (jobs, ctx) => {
    await jobs.define(AUDIT_CHECK_JOB, async () => {
      await checkAuditChain(ctx);
    });
    await jobs.schedule(AUDIT_CHECK_JOB, AUDIT_CHECK_CRON);
  },
};
