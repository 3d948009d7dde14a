import { describe, expect, it } from 'vitest';
import { LEXICON_V1 } from './lexicon-v1.ts';
import { scoreAd } from './score-ad.ts';

// Issue 13 point 3: cues that the advertiser may be a minor (seed 004's examples, seed 003's signals),
// on sentences written for this test, not taken from any generator.
const fired = (text: string) => scoreAd({ title: '', text, phones: [] }, LEXICON_V1).fired;
const NEW_CUES = new Set(['school-cue', 'age-cue', 'dependence-cue']);

const CUES: Array<[string, string]> = [
  ['Ik kan alleen na schooltijd afspreken.', 'school-cue'],
  ['Doordeweeks pas na school, in het weekend de hele dag.', 'school-cue'],
  ['Zit nog op school maar ben heel volwassen voor mijn leeftijd.', 'school-cue'],
  ['Ik zit in de brugklas hihi, niet verder vertellen.', 'school-cue'],
  ['Na de les ben ik vrij, stuur maar een berichtje.', 'school-cue'],
  ['Geen tijd tijdens de schoolvakantie, dan ben ik weg.', 'school-cue'],
  ['Help jij me met mijn huiswerk? 😉', 'school-cue'],
  ['Ik doe havo, dus ik heb niet veel tijd.', 'school-cue'],
  ['Ik mag nog niet rijden, dus jij moet mij ophalen.', 'age-cue'],
  ['Heb nog geen rijbewijs, kom jij naar mij toe?', 'age-cue'],
  ['Ik ben bijna 18 en heel nieuwsgierig.', 'age-cue'],
  ['Ik ben pas 16 jaar maar zie er ouder uit.', 'age-cue'],
  ['Ben nog maar 15 jaar hoor.', 'age-cue'],
  ['Leuke 17 jarige zoekt verwennerij.', 'age-cue'],
  ['Word binnenkort 18, wil alvast ervaring.', 'age-cue'],
  ['Mijn ouders mogen het niet weten, dus alleen appen.', 'dependence-cue'],
  ['Ik woon nog thuis, dus alleen bij jou.', 'dependence-cue'],
  ['Ik moet om 10 uur thuis zijn, dus vroeg in de avond.', 'dependence-cue'],
  ['Mijn vriend regelt de afspraken, bel hem.', 'dependence-cue'],
  ['Ik woon in een woongroep en mag niet zomaar weg.', 'dependence-cue'],
  ['Heb wat extra zakgeld nodig.', 'dependence-cue'],
];

// Near misses an adult's ad can contain: none of the new cues may fire.
const NON_CUES = [
  'Ik heb 16 jaar ervaring in massage.',
  'Ik rijd zelf en kom graag naar je toe.',
  'Ik heb een rijbewijs en een auto, escort mogelijk.',
  'Eersteklas service in een schone kamer.',
  'Ik ben 18 jaar en woon op mezelf.',
  'Ik ben 23, student aan de hogeschool, en werk in het weekend.',
  'Na kantoortijd en in het weekend beschikbaar.',
  'Vlak bij de school van mijn zoontje, parkeren in de straat.',
  'Mijn moeder was kapster, ik hou van mooie haren.',
  'Ik werk zelfstandig, niemand regelt iets voor mij.',
  'Prijzen vanaf 150 euro per uur, 16 uur tot 02 uur open.',
  'Dansles gehad, dus ik ben lenig.',
  'Klasse dame met stijl, 35 jaar.',
  'Leraar of student, iedereen is welkom.',
  'Ik ben 19 en kom net kijken.',
  'Ik ben 16:00 tot 23:00 beschikbaar, op zondag ik ben 17 uur vrij.',
  'Pas 150 euro voor een uur.',
  'Ik ben vandaag pas 16 uur vrij, morgen nog maar 15 minuten.',
];

describe('minor cues in the default lexicon', () => {
  it.each(CUES)('"%s" fires %s, with the words that matched', (text, id) => {
    const hit = fired(text).find((f) => f.id === id);
    expect(hit, text).toBeDefined();
    expect(hit!.weight).toBeGreaterThan(0);
    expect(hit!.matches.length).toBeGreaterThan(0);
    for (const m of hit!.matches) expect(text.toLowerCase()).toContain(m.toLowerCase());
    expect(hit!.label.nl.length).toBeGreaterThan(5);
  });

  it.each(NON_CUES)('"%s" fires no minor cue', (text) => {
    expect(fired(text).filter((f) => NEW_CUES.has(f.id))).toEqual([]);
  });
});
