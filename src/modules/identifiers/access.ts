import type { Role } from '../accounts/index.ts';
/** Who may look up identifiers and follow them. */
export const IDENTIFIER_ROLES: readonly Role[] = ['investigator', 'supervisor', 'analyst'];
