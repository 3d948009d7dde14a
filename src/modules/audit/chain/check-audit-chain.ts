import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from './record-audit-event.ts';
import { type ChainReport, verifyAuditChain } from './verify-audit-chain.ts';

export const AUDIT_CHECK_JOB = 'audit-chain-check';
/** Every night at 03:00 UTC: a broken chain should not wait until someone happens to open the log. */
export const AUDIT_CHECK_CRON = '0 3 * * *';

/**
 * Verifies the whole chain, logs an error when it is broken, and records the outcome as an audit
 * event, so the log itself shows that (and when) it was checked.
 */
export const checkAuditChain = async (ctx: AppContext): Promise<ChainReport> => {
  const report = await verifyAuditChain(ctx.db);
  if (report.ok) ctx.logger.info({ job: AUDIT_CHECK_JOB, count: report.count }, 'audit chain intact');
  else ctx.logger.error({ job: AUDIT_CHECK_JOB, brokenAt: report.brokenAt, reason: report.reason }, 'audit chain BROKEN');
  const details = report.ok ? { ok: true, count: report.count, headHash: report.headHash } : { ok: false, brokenAt: report.brokenAt, reason: report.reason };
  await recordAuditEvent(ctx.db, { actor: { userId: null, label: 'system' }, action: 'audit.chain-checked', details });

  return report;
};
