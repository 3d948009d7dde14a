import { catalog } from '../../web/i18n.ts';

/** Texts of the monitor's staff pages. */
export const monitorText = catalog({
  nl: {
    adsTitle: 'Online monitor: advertenties',
    adsIntro:
      'Advertenties van de gevolgde sites, hoogste score eerst. De score is de som van de signalen hieronder; elk signaal toont wat er in de advertentie stond. Een score is een reden om te kijken, geen oordeel.',
    groupsTitle: 'Online monitor: groepen',
    groupsIntro:
      'Advertenties die van één sjabloon komen. Tussen accolades staat wat per advertentie verschilt. Groepen met hetzelfde telefoonnummer horen bij dezelfde aanbieder (een suggestie, geen besluit).',
    score: 'Score',
    ad: 'Advertentie',
    place: 'Plaats',
    phones: 'Telefoonnummers',
    signals: 'Signalen',
    none: 'Geen signalen',
    shownOnly: 'getoond, telt niet mee',
    weight: (w: string) => `gewicht ${w}`,
    group: 'Groep',
    template: 'Sjabloon',
    size: 'Aantal advertenties',
    cities: 'Plaatsen',
    period: 'Periode',
    operator: 'Aanbieder',
    empty: 'Nog niets gevonden.',
    images: (n: number) => `${n} afbeelding(en), niet opgehaald`,
  },
  en: {
    adsTitle: 'Online monitor: ads',
    adsIntro:
      'Ads from the monitored sites, highest score first. The score is the sum of the signals below; each signal shows what the ad said. A score is a reason to look, not a verdict.',
    groupsTitle: 'Online monitor: groups',
    groupsIntro:
      'Ads that come from one template. Braces mark what differs per ad. Groups sharing a phone number belong to the same advertiser (a suggestion, not a decision).',
    score: 'Score',
    ad: 'Ad',
    place: 'Place',
    phones: 'Phone numbers',
    signals: 'Signals',
    none: 'No signals',
    shownOnly: 'shown, not scored',
    weight: (w: string) => `weight ${w}`,
    group: 'Group',
    template: 'Template',
    size: 'Number of ads',
    cities: 'Places',
    period: 'Period',
    operator: 'Advertiser',
    empty: 'Nothing found yet.',
    images: (n: number) => `${n} image(s), not fetched`,
  },
});
