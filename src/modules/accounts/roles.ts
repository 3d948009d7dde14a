import { catalog } from '../../web/i18n.ts';

/** The staff roles of DESIGN §1. A user can hold several. */
export const ROLES = [
  'intake',
  'investigator',
  'supervisor',
  'decoy_operator',
  'legal_reviewer',
  'partner',
  'analyst',
  'privacy_officer',
  'admin',
  'communications',
  'municipality',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const roleLabels = catalog<Record<Role, string>>({
  nl: {
    intake: 'Intake meldpunt',
    investigator: 'Onderzoeker',
    supervisor: 'Teamleider',
    decoy_operator: 'Lokprofiel-medewerker',
    legal_reviewer: 'Juridisch toetser',
    partner: 'Ketenpartner',
    analyst: 'Analist',
    privacy_officer: 'Privacyfunctionaris (FG)',
    admin: 'Beheerder',
    communications: 'Communicatie',
    municipality: 'Gemeente (beleid)',
  },
  en: {
    intake: 'Intake (reporting point)',
    investigator: 'Investigator',
    supervisor: 'Supervisor',
    decoy_operator: 'Decoy operator',
    legal_reviewer: 'Legal reviewer',
    partner: 'Chain partner',
    analyst: 'Analyst',
    privacy_officer: 'Privacy officer',
    admin: 'Administrator',
    communications: 'Communications',
    municipality: 'Municipality (policy)',
  },
});

/**
 * Who may use a staff route. Every staff route must declare one; a route without it is refused
 * (deny by default, enforced in src/app/staff-server.ts).
 *  - 'anyone': the sign-in pages themselves
 *  - 'signed-in': any user who passed both factors
 *  - a list of roles: a user with at least one of them
 */
export type Access = 'anyone' | 'signed-in' | readonly Role[];

export const hasAccess = (access: Access, roles: readonly string[]): boolean => {
  if (access === 'anyone' || access === 'signed-in') return true;

  return access.some((role) => roles.includes(role));
};
