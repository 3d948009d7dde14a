import type { DossierAccess } from '../require-dossier-access.ts';

/**
 * The dossier is shown as an overview plus one page per section (issue 14: the single page was
 * about 7,100 px tall). This list is the one place that says which pages exist, who may open each,
 * and which page a form's section or a saved form's anchor belongs to, so routes, navigation and
 * redirects never disagree. Referral and sharing are not dossier pages: they are made on the chain
 * page /keten/dossiers/:id (issue 16); the old addresses redirect there (chainHref).
 */
export const SECTION_PAGES = [
  'overzicht',
  'samenvatting',
  'personen',
  'signalen',
  'elders-gezien',
  'plan',
  'bewijs',
  'taken',
  'notities',
  'tijdlijn',
  'toestemming',
  'overdracht',
] as const;

export type SectionPage = (typeof SECTION_PAGES)[number];

/** Who may open a page: everyone with access, full scope (partners with a full share), staff, or both. */
const AUDIENCE: Record<SectionPage, 'all' | 'full' | 'staff' | 'full-staff'> = {
  overzicht: 'all',
  samenvatting: 'all',
  personen: 'all',
  signalen: 'all',
  'elders-gezien': 'full-staff',
  plan: 'full',
  bewijs: 'full',
  taken: 'full',
  notities: 'full',
  tijdlijn: 'full',
  toestemming: 'staff',
  overdracht: 'staff',
};

export const isSectionPage = (s: string): s is SectionPage => (SECTION_PAGES as readonly string[]).includes(s);

/** May this user open this section page? A partner sees only what the share's scope allows. */
export const maySee = (access: Pick<DossierAccess, 'scope' | 'via'>, page: SectionPage): boolean => {
  const full = access.scope === 'full';
  const staff = access.via !== 'partner';
  const audience = AUDIENCE[page];

  return audience === 'all' || (audience === 'full' && full) || (audience === 'staff' && staff) || (audience === 'full-staff' && full && staff);
};

/** The pages this user may open, in the order of the navigation. */
export const visiblePages = (access: Pick<DossierAccess, 'scope' | 'via'>): SectionPage[] => SECTION_PAGES.filter((p) => maySee(access, p));

/** The address of a section page; the overview is the dossier's own address. */
export const sectionHref = (dossierId: string, page: SectionPage): string => (page === 'overzicht' ? `/dossiers/${dossierId}` : `/dossiers/${dossierId}/${page}`);

/** The page a form belongs to, by the section name its command answers with (FormState.section). */
const FORM_PAGE: Record<string, SectionPage> = {
  status: 'overzicht',
  overzicht: 'overzicht',
  samenvatting: 'samenvatting',
  personen: 'personen',
  persoon: 'personen',
  signalen: 'signalen',
  criteria: 'signalen',
  risico: 'signalen',
  plan: 'plan',
  taken: 'taken',
  notities: 'notities',
  notitie: 'notities',
  toestemming: 'toestemming',
  uitzondering: 'toestemming',
  uitzonderingen: 'toestemming',
  besluit: 'toestemming',
  overdracht: 'overdracht',
  referentie: 'overdracht',
  comensha: 'overdracht',
  // Old shares are listed (and stopped) on the consent page; new ones are made on the chain page.
  delen: 'toestemming',
};

/** The page for a form's section or a saved form's anchor (`stap-3` → plan, `persoon-…` → people). */
export const pageOf = (sectionOrAnchor: string): SectionPage => {
  if (sectionOrAnchor.startsWith('stap-')) return 'plan';
  if (sectionOrAnchor.startsWith('persoon-')) return 'personen';
  return FORM_PAGE[sectionOrAnchor] ?? 'overzicht';
};

/** Where a saved form sends the user back to: its own section page, at the form (Post/Redirect/Get). */
export const savedHref = (dossierId: string, anchor: string): string => `${sectionHref(dossierId, pageOf(anchor))}?ok=1#${anchor}`;

/** Where referral and sharing live now (the chain module, issue 16); the old cases addresses lead here. */
export const chainHref = (dossierId: string, part: 'delen' | 'verwijzingen'): string => `/keten/dossiers/${dossierId}#${part}`;
