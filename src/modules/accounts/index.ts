// The accounts module's public face: what other modules may use.
export { hasAccess, type Access, type Role } from './roles.ts';
export { users } from './schema.ts';
