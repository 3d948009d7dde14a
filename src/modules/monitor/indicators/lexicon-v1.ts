import type { Lexicon } from './lexicon.ts';

/**
 * The indicator lexicon as data. Weights follow the research note (docs/monitor-indicators.md):
 * youthful language and an obscured phone number were predictive in the only validated study
 * (JRSA/NIJ 2022); movement language ("new in town") was 70 % *less* likely in trafficking ads, so it
 * weighs little; origin or ethnicity is shown to the analyst but never scored.
 * Change a weight or pattern → raise `version`, so every stored score says which lexicon made it.
 */
export const LEXICON_V1: Lexicon = {
  version: '2026-11-23.1',
  indicators: [
    {
      id: 'youth-language',
      label: { nl: 'Taal die op jonge leeftijd wijst', en: 'Language suggesting youth' },
      kind: 'phrase',
      weight: 3,
      patterns: [
        'net 18', 'pas 18', 'net 18 geworden', 'jong', 'jonge', 'jong meisje', 'jonge meid', 'schoolmeisje', 'scholiere',
        'tiener', 'tienermeisje', 'onschuldig', 'maagd', 'just turned 18', 'barely legal', 'young', 'teen', 'schoolgirl', 'innocent',
      ],
    },
    {
      id: 'youth-emoji',
      label: { nl: 'Emoji-code voor minderjarig of maagd', en: 'Emoji code for minor or virgin' },
      kind: 'emoji',
      weight: 2,
      patterns: ['💗', '🍒', '🌸'],
    },
    {
      id: 'always-available',
      label: { nl: 'Altijd beschikbaar / 24/7', en: 'Always available / 24/7' },
      kind: 'phrase',
      weight: 1.5,
      patterns: ['24/7', '24 uur per dag', 'dag en nacht', 'altijd beschikbaar', 'altijd bereikbaar', 'always available', 'day and night', '24 hours'],
    },
    {
      id: 'no-condom',
      label: { nl: 'Zonder condoom / alles mag', en: 'No condom / anything goes' },
      kind: 'phrase',
      weight: 2,
      patterns: ['zonder condoom', 'alles mag', 'alles is mogelijk', 'no condom', 'without condom', 'bareback', 'bbfs', 'anything goes'],
    },
    {
      id: 'third-person',
      label: { nl: 'Over haar geschreven (derde persoon)', en: 'Written about her (third person)' },
      kind: 'pronoun',
      weight: 1.5,
      minMatches: 2,
      patterns: ['zij', 'ze', 'haar', 'she', 'her', 'hers', 'herself'],
    },
    {
      id: 'obscured-phone',
      label: { nl: 'Telefoonnummer verhuld geschreven', en: 'Obscured phone number' },
      kind: 'derived',
      weight: 2,
      patterns: [],
    },
    {
      id: 'controlled-emoji',
      label: { nl: 'Emoji-code voor pooier (kroon)', en: 'Emoji code for pimp (crown)' },
      kind: 'emoji',
      weight: 0.5,
      patterns: ['👑'],
    },
    {
      id: 'new-in-town',
      label: { nl: 'Nieuw in de stad (zwak signaal)', en: 'New in town (weak signal)' },
      kind: 'phrase',
      weight: 0.25,
      patterns: ['nieuw in de stad', 'nieuw in', 'net aangekomen', 'maar een paar dagen', 'new in town', 'just arrived', 'few days only', '✈️'],
    },
    {
      id: 'origin-mention',
      label: { nl: 'Noemt afkomst (getoond, telt niet mee)', en: 'Mentions origin (shown, not scored)' },
      kind: 'phrase',
      weight: 0,
      shownOnly: true,
      patterns: ['roemeense', 'bulgaarse', 'hongaarse', 'poolse', 'oost-europese', 'oost-europees', 'latina', 'aziatische', 'afrikaanse', 'romanian', 'eastern european', 'asian'],
    },
    {
      id: 'phone-many-names',
      label: { nl: 'Zelfde nummer met veel namen', en: 'Same phone with many names' },
      kind: 'cross-ad',
      weight: 2,
      threshold: 3,
      patterns: [],
    },
    {
      id: 'phone-many-cities',
      label: { nl: 'Zelfde nummer in veel steden', en: 'Same phone in many cities' },
      kind: 'cross-ad',
      weight: 2,
      threshold: 3,
      patterns: [],
    },
    {
      id: 'phone-many-ads-week',
      label: { nl: 'Veel advertenties per nummer per week', en: 'Many ads per phone per week' },
      kind: 'cross-ad',
      weight: 1,
      threshold: 10,
      patterns: [],
    },
  ],
};
