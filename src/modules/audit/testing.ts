// Helpers and internals the tests of other modules may use (never production code).
export { AUDIT_CHECK_CRON, AUDIT_CHECK_JOB } from './chain/check-audit-chain.ts';
export { accessLog } from './schema.ts';
export { verifyAuditChain } from './chain/verify-audit-chain.ts';
export { appendAuditEvent } from './chain/record-audit-event.ts';
export { auditCuts } from './schema.ts';
