/** Who may use the online monitor's pages (and so open an ad found in the identifier index). */
export const MONITOR_ACCESS = ['analyst', 'investigator', 'supervisor'] as const;
