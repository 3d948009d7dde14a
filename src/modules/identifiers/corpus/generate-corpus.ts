import type { IdentifierKind } from '../identifier-kinds.ts';
import { type Planted, plantAccount, plantEmail, plantIban, plantPhone, plantPlate, plantUrl } from './planted-identifiers.ts';
import { createRandom, type Random } from '../../../../test/support/seeded-random.ts';

/**
 * A corpus of fictitious Dutch texts (ad-like, chat-like, report-like) with planted identifiers and
 * their ground truth, plus decoys that look like numbers but are not identifiers (dates, times,
 * prices, postcodes, amounts). Generated from a seed each time; nothing big is committed.
 */
export type TruthItem = { kind: IdentifierKind; key: string; start: number; end: number; variant: string };
export type CorpusText = { id: number; genre: 'ad' | 'chat' | 'report'; text: string; truth: TruthItem[] };

const CITIES = ['Utrecht', 'Rotterdam', 'Den Haag', 'Amsterdam', 'Eindhoven', 'Tilburg', 'Groningen', 'Breda', 'Zwolle', 'Arnhem'];
const NAMES = ['Lisa', 'Kim', 'Sanne', 'Mila', 'Noa', 'Jade', 'Roos', 'Eva'];

const DECOYS: Array<(rng: Random) => string> = [
  (r) => `${String(r.int(1, 28)).padStart(2, '0')}-${String(r.int(1, 12)).padStart(2, '0')}-20${r.int(20, 26)}`,
  (r) => `${r.int(1, 28)}.${r.int(1, 12)}.20${r.int(20, 26)}`,
  (r) => `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/20${r.int(20, 26)} om ${String(r.int(0, 23)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`,
  (r) => `om ${String(r.int(0, 23)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])} uur`,
  (r) => `€ ${r.int(50, 400)},-`,
  (r) => `€${r.int(1, 9)}.${r.int(100, 999)},${r.pick(['00', '50', '95'])}`,
  (r) => `${r.int(50, 300)} euro per uur`,
  (r) => `€ 0,${r.int(10, 99)}`,
  (r) => `postcode ${r.int(1000, 9999)} ${r.pick(['AB', 'KL', 'XR', 'GH'])}`,
  (r) => `${r.int(1000, 9999)}${r.pick(['AB', 'KL', 'XR', 'GH'])}`,
  (r) => `${r.int(1, 9)}.${r.int(100, 999)}.${r.int(100, 999)} views`,
  (r) => `${r.int(15, 19)} jaar en ${r.int(150, 185)} cm`,
  (r) => `1.${r.int(50, 85)} m lang`,
  (r) => `ordernummer ${r.int(20230000, 20269999)}`,
  (r) => `huisnummer ${r.int(1, 200)}`,
  (r) => `${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(3)}`,
  (r) => `06:${r.pick(['00', '15', '30', '45'])}`,
  (r) => `0${r.int(1, 9)}-0${r.int(1, 9)}-${r.int(2020, 2026)}`,
  (r) => `KvK ${r.int(10000000, 99999999)}`,
  (r) => `BSN ${r.int(100000000, 999999999)}`,
  (r) => `bereikbaar ${String(r.int(6, 9)).padStart(2, '0')}.00-${r.int(20, 23)}.00 uur`,
  (r) => `van 06:00 tot ${r.int(20, 23)}:00`,
  (r) => `bouwjaar 20${String(r.int(0, 19)).padStart(2, '0')}`,
  (r) => `${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 12)).padStart(2, '0')}-${r.int(1995, 2012)}`,
  (r) => `factuur 2026-${String(r.int(1, 999)).padStart(4, '0')}`,
  (r) => `zie je @ ${r.int(18, 23)}:00`,
  () => 'ik ben @ home',
  (r) => `${r.int(50, 200)} @ uur`,
  (r) => `tel. ${r.int(1, 9)} ${r.int(1, 9)} ${r.int(1, 9)}`,
  () => 'snap je dat?',
  () => 'insta is saai',
  () => '@iedereen kom je ook?',
  () => 'versie 2.3.1',
  () => 'o.a. bijv. enz.',
];

const PLANTERS: Array<[number, (rng: Random) => Planted]> = [
  [0.38, plantPhone],
  [0.22, plantEmail],
  [0.12, plantUrl],
  [0.16, plantAccount],
  [0.06, plantPlate],
  [0.06, plantIban],
];

const plantOne = (rng: Random): Planted => {
  let x = rng.next();
  for (const [weight, plant] of PLANTERS) {
    if (x < weight) return plant(rng);
    x -= weight;
  }

  return plantPhone(rng);
};

/** Sentence frames per genre; `{x}` is where a planted identifier or a decoy goes. */
const FRAMES: Record<CorpusText['genre'], string[]> = {
  ad: [
    'Nieuw in {city}! Lieve {name} ({age}) verwent je graag. Bel of app {x}',
    'Alleen vandaag: {x} – discreet en privé.',
    'Contact: {x}',
    '❤️ {name} ❤️ {x} 💋',
    'Beschikbaar vanaf {x}. Geen nummerweergave = geen reactie.',
    'Prijs {x}, afspraak via {x}',
    'Echt nieuw hier, {age} jaar, {city} centrum. {x}',
  ],
  chat: [
    'hey schatje, stuur me ff een berichtje op {x}',
    'heb je mn nieuwe nummer al? {x}',
    'kom je {x}? ik haal je op bij het station',
    'voeg me toe {x} dan praten we daar verder',
    'lol ok. {x}',
    'niet tegen je ouders zeggen he. {x}',
  ],
  report: [
    'Mijn dochter ({age}) heeft contact met een man die zich {name} noemt. Hij gebruikt {x}.',
    'Ik zag een advertentie met {x} en het meisje leek jonger dan 18.',
    'Op {x} stond een auto voor de deur, de man stapte uit.',
    'Het gesprek ging via {x}. Sindsdien is ze vaak weg.',
    'Ik werk in een hotel in {city}. Een gast betaalde contant en liet {x} achter.',
    'Een klasgenoot vertelde over {x}.',
  ],
};

/** Builds one text piece by piece, so the position of each planted identifier is known exactly. */
class TextBuilder {
  text = '';
  truth: TruthItem[] = [];
  add(s: string) {
    this.text += s;
  }
  plant(p: Planted) {
    const start = this.text.length;
    this.text += p.text;
    for (const t of p.truth) this.truth.push({ ...t, start, end: this.text.length, variant: p.variant });
  }
}

const fillFrame = (b: TextBuilder, frame: string, rng: Random) => {
  const parts = frame.split(/(\{[a-z]+\})/);
  for (const part of parts) {
    if (part === '{x}') {
      if (rng.chance(0.72)) b.plant(plantOne(rng));
      else b.add(rng.pick(DECOYS)(rng));
    } else if (part === '{city}') b.add(rng.pick(CITIES));
    else if (part === '{name}') b.add(rng.pick(NAMES));
    else if (part === '{age}') b.add(String(rng.int(15, 24)));
    else b.add(part);
  }
};

export const generateCorpus = (options: { seed: number; count: number }): CorpusText[] => {
  const rng = createRandom(options.seed);
  const texts: CorpusText[] = [];
  for (let id = 0; id < options.count; id += 1) {
    const genre = rng.pick(['ad', 'chat', 'report'] as const);
    const b = new TextBuilder();
    const sentences = rng.int(1, 5);
    for (let s = 0; s < sentences; s += 1) {
      if (s > 0) b.add(rng.pick([' ', '\n', '. ', ' – ', '!! ']));
      fillFrame(b, rng.pick(FRAMES[genre]), rng);
      if (rng.chance(0.3)) b.add(` ${rng.pick(DECOYS)(rng)}`);
    }
    texts.push({ id, genre, text: b.text, truth: b.truth });
  }

  return texts;
};
