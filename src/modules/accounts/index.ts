// The public face of the accounts module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export type { OrganisationKind } from './organisations/organisation-kinds.ts';
export { deleteEndedSessions, findUserById, listUsers } from './queries.ts';
export { hasAccess } from './roles.ts';
export type { Access, Role } from './roles.ts';
export { organisations, users } from './schema.ts';
export { loadSession } from './sign-in/session.ts';
export type { StaffSession } from './sign-in/session.ts';
export { actorOf } from './actor.ts';
