// The public face of the audit module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { logAccess } from './access-log/log-access.ts';
export { recordAuditEvent } from './chain/record-audit-event.ts';
export type { AuditActor } from './chain/record-audit-event.ts';
export { auditEvents } from './schema.ts';
export { startKeyedChain } from './keys/start-keyed-chain.ts';
