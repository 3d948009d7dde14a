import type { Role } from '../accounts/index.ts';

/**
 * Only the privacy officer (FG) handles data-subject requests: registering, searching, deciding,
 * answering. The search reads across every module, so no other role gets it (deny by default).
 */
export const REQUEST_ROLES: readonly Role[] = ['privacy_officer'];
