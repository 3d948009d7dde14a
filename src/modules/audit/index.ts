// The audit module's public face: what other modules may use.
export { logAccess } from './log-access.ts';
export { recordAuditEvent } from './record-audit-event.ts';
