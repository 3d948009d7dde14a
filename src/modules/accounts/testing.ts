// Helpers and internals the tests of other modules may use (never production code).
export { insertOrganisation, insertSession } from './queries.ts';
export { staffSessions } from './schema.ts';
export { currentTotp } from './sign-in/totp.ts';
export { auditEventsFor } from './audit-testing.ts';
export { accountsModule } from './module.ts';
