import type { Role } from '../accounts/index.ts';
/** The outer door of every dossier route; the per-dossier check (requireDossierAccess) comes first in each handler. */
export const DOSSIER_ROLES: readonly Role[] = ['investigator', 'supervisor', 'partner'];
