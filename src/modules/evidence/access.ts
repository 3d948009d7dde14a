import type { Role } from '../accounts/index.ts';

/**
 * Who may open evidence pages at all. An item in a dossier also needs access to that dossier; the
 * identifier index links to evidence with the same two checks.
 */
export const EVIDENCE_ROLES: readonly Role[] = ['investigator', 'supervisor'];
