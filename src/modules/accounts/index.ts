// The public face of the accounts module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export type { OrganisationKind } from './organisations/organisation-kinds.ts';
export { deleteEndedSessions, findUserById, listUsers } from './queries.ts';
export { hasAccess } from './roles.ts';
export type { Access, Role } from './roles.ts';
export { organisations, users } from './schema.ts';
export { loadSession } from './sign-in/session.ts';
export { passkeySessionGate } from './passkeys/passkey-session-gate.ts';
export type { StaffSession } from './sign-in/session.ts';
export { databaseRateLimitStore } from './rate-limit-store.ts';
export { actorOf } from './actor.ts';
// `vangnet demo`: the demo users the other modules' demo loaders act as.
export { findDemoUser } from './setup/find-demo-user.ts';
// The chain demo adds partner users for the ZVH and the care provider (the accounts demo has one partner, at the police).
export { createUser } from './users/create-user.ts';
export type { DemoUser } from './setup/find-demo-user.ts';
