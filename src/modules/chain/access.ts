import type { Role } from '../accounts/index.ts';

/** The partner's inbox and what was shared with their organisation. */
export const PARTNER_ROLES: readonly Role[] = ['partner'];
/** Who works on a dossier's chain page (the per-dossier gate of cases decides which dossier). */
export const DOSSIER_STAFF: readonly Role[] = ['investigator', 'supervisor'];
/** /keten: the partner's inbox, and the referrals a supervisor or investigator sent. */
export const INBOX_ROLES: readonly Role[] = ['partner', 'investigator', 'supervisor'];
