import { catalog } from '../../../web/i18n.ts';

/** The kinds of organisation in the chain (DESIGN §1), plus our own. */
export const ORGANISATION_KINDS = ['police', 'om', 'zvh', 'veilig-thuis', 'comensha', 'care', 'municipality', 'own'] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const isOrganisationKind = (value: string): value is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(value);

export const organisationKindLabels = catalog<Record<OrganisationKind, string>>({
  nl: {
    police: 'Politie',
    om: 'Openbaar Ministerie',
    zvh: 'Zorg- en Veiligheidshuis',
    'veilig-thuis': 'Veilig Thuis',
    comensha: 'CoMensha',
    care: 'Zorgaanbieder',
    municipality: 'Gemeente',
    own: 'Eigen organisatie',
  },
  en: {
    police: 'Police',
    om: 'Public Prosecution Service',
    zvh: 'Care and Safety House (ZVH)',
    'veilig-thuis': 'Veilig Thuis (domestic abuse and child abuse advice)',
    comensha: 'CoMensha',
    care: 'Care provider',
    municipality: 'Municipality',
    own: 'Own organisation',
  },
});
