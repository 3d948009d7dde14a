export { type AuditActor, recordAuditEvent } from './record-audit-event.ts';
