import type { Lexicon } from './lexicon.ts';

/**
 * The indicator lexicon as data. Weights follow the research note (docs/monitor-indicators.md):
 * youthful language and an obscured phone number were predictive in the only validated study
 * (JRSA/NIJ 2022); movement language ("new in town") was 70 % *less* likely in trafficking ads, so it
 * weighs little; origin or ethnicity is shown to the analyst but never scored.
 * Change a weight or pattern → raise `version`, so every stored score says which lexicon made it.
 */
export const LEXICON_V1: Lexicon = {
  version: '2026-12-02.1',
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
      // Seed 004 (Watch Nederland): decoys made clear they were minors with remarks like "Ik kan alleen
      // na schooltijd afspreken"; an adult's ad has no reason to mention school hours or classes.
      id: 'school-cue',
      label: { nl: 'Zegt nog naar school te gaan', en: 'Says she still goes to school' },
      kind: 'phrase',
      weight: 3,
      patterns: [
        'na schooltijd', 'na school', 'na de les', 'na mijn lessen', 'onder schooltijd', 'tussen de lessen', 'nog op school', 'zit op school',
        'zit nog op school', 'ga nog naar school', 'middelbare school', 'op de middelbare', 'brugklas', 'vmbo', 'havo', 'vwo', 'mavo',
        'mijn mentor', 'mijn klas', 'in de klas', 'huiswerk', 'schoolreis', 'examenjaar', 'eindexamen', 'schoolvakantie', 'schooldag',
        'spijbelen', 'after school', 'high school', 'homework',
      ],
    },
    {
      // Seed 004: "Ik mag nog niet rijden"; seed 003: victims are mostly 14–22, age stated in plain words.
      id: 'age-cue',
      label: { nl: 'Leeftijd onder de 18 in gewone woorden', en: 'Age under 18 in plain words' },
      kind: 'phrase',
      weight: 3,
      patterns: [
        'mag nog niet rijden', 'mag nog geen auto rijden', 'nog geen rijbewijs', 'nog geen 18', 'bijna 18', 'binnenkort 18', 'word binnenkort 18',
        // "ik ben 16" or "pas 16" alone would also match "ik ben 16:00 tot 22:00" and "pas 16 uur vrij": with jaar or ben nog maar only.
        'bijna meerderjarig', 'minderjarig', 'ik ben 14 jaar', 'ik ben 15 jaar', 'ik ben 16 jaar', 'ik ben 17 jaar', 'pas 14 jaar', 'pas 15 jaar',
        'pas 16 jaar', 'pas 17 jaar', 'ben nog maar 14', 'ben nog maar 15', 'ben nog maar 16', 'ben nog maar 17', '14 jarige', '15 jarige', '16 jarige', '17 jarige',
        '14 jaar oud', '15 jaar oud', '16 jaar oud', '17 jaar oud', 'vijftien jaar', 'zestien jaar', 'zeventien jaar', 'not yet 18', 'almost 18',
        'under 18', 'underage',
      ],
    },
    {
      // Seed 003: dependence on parents or a care home, and on a "boyfriend" who arranges things, are signs
      // of a loverboy victim; an independent adult does not write that her parents may not know.
      id: 'dependence-cue',
      label: { nl: 'Afhankelijk van ouders, jeugdzorg of een vriend', en: 'Dependent on parents, youth care or a boyfriend' },
      kind: 'phrase',
      weight: 2,
      patterns: [
        'ouders mogen het niet weten', 'mijn ouders weten het niet', 'woon nog thuis', 'woon nog bij mijn ouders', 'nog bij mijn ouders',
        'moet om 10 uur thuis', 'moet op tijd thuis', 'voor 22 uur thuis', 'mijn moeder mag', 'mijn vader mag', 'jeugdzorg', 'woongroep',
        'mijn voogd', 'zakgeld', 'mijn vriend regelt', 'mijn vriendje regelt', 'hij regelt de afspraken', 'vriend bepaalt', 'ik moet van hem',
        'still live with my parents', 'my boyfriend arranges',
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
      label: { nl: 'Noemt afkomst', en: 'Mentions origin' }, // the pages add "(getoond, telt niet mee)" for every shownOnly indicator
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
