import type { Role } from '../accounts/index.ts';
/** Who may open link charts; a dossier chart also needs the per-dossier check (requireDossierAccess). */
export const LINK_ROLES: readonly Role[] = ['investigator', 'supervisor', 'analyst'];
