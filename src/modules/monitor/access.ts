import type { Role } from '../accounts/index.ts';
/** Who may use the online monitor's pages (and so open an ad found in the identifier index). */
export const MONITOR_ACCESS = ['analyst', 'investigator', 'supervisor'] as const;

/** Who may open the alerts page (the start page's notice uses the same rule). */
export const ALERT_ROLES: readonly Role[] = ['analyst', 'investigator', 'supervisor'];
