import type { VangnetModule } from '../../app/module.ts';
import { installedAuditKeys } from './keys/audit-keys.ts';
import { AUDIT_CHECK_CRON, AUDIT_CHECK_JOB, checkAuditChain } from './chain/check-audit-chain.ts';
import { writeCheckpoint } from './checkpoints/checkpoint.ts';
import { auditRetention } from './log-retention/retention-rules.ts';
import { logRoutes } from './routes.tsx';

export const AUDIT_CHECKPOINT_JOB = 'audit-checkpoint';
/** Every hour: a signed checkpoint in the data folder, so a cut tail shows within the hour. */
export const AUDIT_CHECKPOINT_CRON = '5 * * * *';

/** The hash-chained audit log and the access log, and the privacy officer's view of both. */
export const auditModule: VangnetModule = {
  name: 'audit',
  // The access log by age, the audit log from its start behind a signed cut (issue 19).
  retention: auditRetention,
  staffRoutes: async (app, ctx) => {
    await logRoutes(app, ctx);
  },
  jobs: async (jobs, ctx) => {
    await jobs.define(AUDIT_CHECK_JOB, async () => {
      await checkAuditChain(ctx);
    });
    await jobs.schedule(AUDIT_CHECK_JOB, AUDIT_CHECK_CRON);
    await jobs.define(AUDIT_CHECKPOINT_JOB, async () => {
      const keys = installedAuditKeys();
      if (!keys) return;
      const result = await writeCheckpoint(ctx.db, { dataDir: ctx.config.dataDir, keys, now: ctx.clock.now() });
      if (result.ok) ctx.logger.info({ job: AUDIT_CHECKPOINT_JOB, count: result.checkpoint.count }, 'audit checkpoint written');
      else ctx.logger.error({ job: AUDIT_CHECKPOINT_JOB }, 'audit chain BROKEN: no checkpoint written');
    });
    await jobs.schedule(AUDIT_CHECKPOINT_JOB, AUDIT_CHECKPOINT_CRON);
  },
};
