/**
 * What the dashboards show, in which order, and from which module. A figure whose module has sent
 * nothing (not installed yet, or no records at all) shows "nog geen gegevens", never 0.
 * `chart`: drawn as a bar chart per month; `byPlace`: a table per municipality on the regional and
 * national dashboards.
 */
export type CatalogueEntry = { key: string; module: string; chart?: boolean; byPlace?: boolean; label: { nl: string; en: string } };
export type CatalogueSection = { id: string; title: { nl: string; en: string }; entries: CatalogueEntry[] };

const entry = (key: string, module: string, nl: string, en: string, extra: { chart?: boolean; byPlace?: boolean } = {}): CatalogueEntry => ({ key, module, label: { nl, en }, ...extra });

export const CATALOGUE: CatalogueSection[] = [
  {
    id: 'meldingen',
    title: { nl: 'Meldingen bij het meldpunt', en: 'Reports to the reporting point' },
    entries: [
      entry('intake.reports', 'intake', 'Meldingen', 'Reports', { chart: true, byPlace: true }),
      entry('intake.reports.urgent', 'intake', 'Meldingen met spoed', 'Urgent reports'),
      entry('intake.reports.minor', 'intake', 'Meldingen over een minderjarige', 'Reports about a minor'),
      entry('intake.reports.kind.victim', 'intake', 'Van het slachtoffer zelf', 'By the victim'),
      entry('intake.reports.kind.family', 'intake', 'Van familie of vrienden', 'By family or friends'),
      entry('intake.reports.kind.bystander', 'intake', 'Van omstanders', 'By bystanders'),
      entry('intake.reports.kind.professional', 'intake', 'Van professionals', 'By professionals'),
      entry('intake.reports.kind.hotel', 'intake', 'Van hotels en bedrijven', 'By hotels and businesses'),
      entry('intake.reports.kind.client', 'intake', 'Van klanten', 'By clients'),
      entry('intake.reports.kind.ex_perpetrator', 'intake', 'Van (ex-)daders', 'By (former) perpetrators'),
    ],
  },
  {
    id: 'dossiers',
    title: { nl: 'Dossiers en wat ermee gebeurde', en: 'Dossiers and what became of them' },
    entries: [
      entry('cases.dossiers', 'cases', 'Dossiers geopend', 'Dossiers opened', { chart: true, byPlace: true }),
      entry('cases.dossiers.handed_over', 'cases', 'Overgedragen aan politie/OM', 'Handed over to police/prosecution'),
      entry('cases.dossiers.referred', 'cases', 'Doorverwezen', 'Referred'),
      entry('cases.dossiers.closed', 'cases', 'Gesloten', 'Closed'),
      entry('cases.dossiers.in_progress', 'cases', 'Nog in behandeling', 'Still in progress'),
      entry('cases.referrals', 'cases', 'Doorverwijzingen', 'Referrals'),
      entry('cases.referrals.feedback', 'cases', 'Met terugkoppeling', 'With feedback'),
      entry('cases.referrals.waiting', 'cases', 'Nog zonder terugkoppeling', 'Without feedback yet'),
      entry('cases.comensha', 'cases', 'Aanmeldingen bij CoMensha', 'CoMensha registrations', { byPlace: true }),
    ],
  },
  {
    id: 'online',
    title: { nl: 'Online: advertenties en lokprofielen', en: 'Online: ads and decoy profiles' },
    entries: [
      entry('monitor.ads', 'monitor', 'Advertenties gezien', 'Ads seen', { chart: true, byPlace: true }),
      entry('monitor.ads.flagged', 'monitor', 'Beoordeeld als relevant', 'Judged relevant'),
      entry('monitor.alerts', 'monitor', 'Advertentie past bij een open dossier', 'Ad matches an open dossier'),
      entry('decoy.responses', 'decoy', 'Reacties op lokprofielen', 'Responses to decoy profiles'),
      entry('decoy.deterrence', 'decoy', 'Afschrikberichten verstuurd', 'Deterrence messages sent'),
    ],
  },
];

/** National context from the research (seed 001, chain-domain §5): facts with source and year, not Vangnet's counts. */
export const NATIONAL_CONTEXT: { value: string; text: { nl: string; en: string }; source: string }[] = [
  {
    value: '≈ 1.300',
    text: { nl: 'minderjarige meisjes per jaar slachtoffer van binnenlandse seksuele uitbuiting (schatting)', en: 'minor girls a year are victims of domestic sexual exploitation (estimate)' },
    source: 'Nationaal Rapporteur Mensenhandel, Slachtoffermonitor 2014–2018 (2019)',
  },
  {
    value: '≈ 11 %',
    text: { nl: 'van die minderjarigen komt in beeld bij een melding of registratie', en: 'of those minors appear in a report or registration' },
    source: 'Nationaal Rapporteur Mensenhandel (2017)',
  },
  {
    value: '≈ 5.000',
    text: { nl: 'slachtoffers van mensenhandel per jaar in 2018–2019 (schatting, bandbreedte 4.000–7.000)', en: 'victims of trafficking a year in 2018–2019 (estimate, range 4,000–7,000)' },
    source: 'WODC / Nationaal Rapporteur, tweede Multiple Systems Estimation (2021)',
  },
  {
    value: '791',
    text: { nl: 'registraties van vermoedelijke slachtoffers bij CoMensha', en: 'registrations of presumed victims with CoMensha' },
    source: 'CoMensha, jaarcijfers 2021',
  },
];
