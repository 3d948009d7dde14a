import type { Role } from '../accounts/index.ts';

/**
 * Who may read reports, and who may work on them (investigators read only). One place, because the
 * identifier index links to reports with exactly the rule the report page (/meldingen/:id) applies.
 */
export const REPORT_READERS: readonly Role[] = ['intake', 'supervisor', 'investigator'];
export const REPORT_WORKERS: readonly Role[] = ['intake', 'supervisor'];

/** Who sees the urgent-report alerts on /meldingen (and their count on the start page). */
export const URGENT_ALERT_ROLES: readonly Role[] = ['intake', 'supervisor'];
