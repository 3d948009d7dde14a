import { hasAccess, type Access } from '../modules/accounts/index.ts';
import type { Lang } from './i18n.ts';

export type NavItem = { href: string; label: string };

type NavEntry = { href: string; nl: string; en: string; access: Access };

/**
 * The staff menu. A module adds its entry here; a user only sees entries their roles open, and the
 * route itself checks the same rule again.
 */
const ENTRIES: NavEntry[] = [
  { href: '/', nl: 'Start', en: 'Home', access: 'signed-in' },
  { href: '/meldingen', nl: 'Meldingen', en: 'Reports', access: ['intake', 'supervisor', 'investigator'] },
  { href: '/dossiers', nl: 'Dossiers', en: 'Dossiers', access: ['investigator', 'supervisor', 'partner'] },
  { href: '/keten', nl: 'Keten', en: 'Chain', access: ['partner', 'investigator', 'supervisor'] },
  { href: '/bewijs', nl: 'Bewijs', en: 'Evidence', access: ['investigator', 'supervisor'] },
  { href: '/monitor', nl: 'Online monitor', en: 'Online monitor', access: ['analyst', 'investigator', 'supervisor'] },
  { href: '/monitor/beoordelen', nl: 'Monitor: beoordelen', en: 'Monitor: review', access: ['analyst', 'investigator', 'supervisor'] },
  { href: '/monitor/meldingen', nl: 'Monitor: meldingen', en: 'Monitor: alerts', access: ['analyst', 'investigator', 'supervisor'] },
  { href: '/monitor/bronnen', nl: 'Monitor: bronnen', en: 'Monitor: sources', access: ['analyst', 'investigator', 'supervisor'] },
  { href: '/monitor/lexicon', nl: 'Monitor: lexicon', en: 'Monitor: lexicon', access: ['analyst', 'investigator', 'supervisor'] },
  { href: '/lokprofielen', nl: 'Lokprofielen', en: 'Decoy profiles', access: ['decoy_operator', 'legal_reviewer', 'supervisor', 'admin'] },
  { href: '/identificatoren', nl: 'Identificatoren', en: 'Identifiers', access: ['investigator', 'supervisor', 'analyst'] },
  { href: '/gemeente', nl: 'Gemeente', en: 'Municipality', access: ['municipality'] },
  { href: '/cijfers', nl: 'Cijfers', en: 'Figures', access: ['municipality', 'supervisor', 'analyst'] },
  { href: '/cijfers/keten', nl: 'Ketencijfers', en: 'Chain figures', access: ['partner'] },
  { href: '/beheer/gebruikers', nl: 'Gebruikers', en: 'Users', access: ['admin'] },
  { href: '/beheer/organisaties', nl: 'Organisaties', en: 'Organisations', access: ['admin'] },
  { href: '/beheer/gemeenten', nl: 'Gemeenten', en: 'Municipalities', access: ['admin'] },
  { href: '/beheer/passkeys', nl: 'Passkeys verplicht', en: 'Passkeys required', access: ['admin'] },
  { href: '/logboek/audit', nl: 'Auditlog', en: 'Audit log', access: ['privacy_officer', 'admin'] },
  { href: '/logboek/inzage', nl: 'Inzagelog', en: 'Access log', access: ['privacy_officer'] },
  { href: '/bewaartermijnen', nl: 'Bewaartermijnen', en: 'Retention', access: ['privacy_officer', 'admin'] },
  { href: '/bewaarplicht', nl: 'Bewaarplicht', en: 'Legal hold', access: ['supervisor', 'privacy_officer'] },
  { href: '/inzageverzoeken', nl: 'Verzoeken betrokkenen', en: 'Data-subject requests', access: ['privacy_officer'] },
  { href: '/inhoud', nl: 'Informatie en campagnes', en: 'Information and campaigns', access: ['communications', 'supervisor', 'admin'] },
  { href: '/account', nl: 'Mijn account', en: 'My account', access: 'signed-in' },
];

export const staffNav = (lang: Lang, roles: readonly string[]): NavItem[] =>
  ENTRIES.filter((e) => hasAccess(e.access, roles)).map((e) => ({ href: e.href, label: lang === 'en' ? e.en : e.nl }));
