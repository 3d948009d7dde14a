import type { SyntheticAd } from './generate-corpus.ts';
import { INTERRUPTED_STYLES, type InterruptedStyle, isInterruptedObfuscated, PLAIN_STYLES, writeInterrupted } from './interrupted-phones.ts';
import { createRandom, type Random } from '../../../../test/support/seeded-random.ts';

/**
 * A fourth corpus, built unlike the other three (written after the grouper's setting was chosen, so it
 * was not tuned on): ordinary Dutch words of its own lists, sentences made from subject–verb–object
 * frames into a small shared pool whose popular sentences nearly every advertiser uses, and
 * templates that are often nothing but pool sentences in their own order (about half have no
 * sentence of their own). Copies are changed in ways the other generators do not use: a word swapped
 * for a synonym, two neighbouring words swapped, a word dropped or doubled, two neighbouring
 * sentences swapped (one copy in five), an inserted pool sentence anywhere, and noise that is not an
 * edit (capitals, exclamation marks, emoji). Ads run from about 25 to 120 words. Fictitious throughout.
 */
export type ReuseOptions = { seed: number; ads: number; edits: number; insertion: boolean; singleShare?: number; maxCopies?: number };

const SUBJECTS = ['ik', 'wij', 'mijn vriendin en ik', 'deze dame', 'een lieve meid', 'jouw gastvrouw', 'het team', 'een nieuwe collega'];
const VERBS = ['ontvangt', 'verwent', 'zoekt', 'wacht op', 'geniet van', 'houdt van', 'biedt', 'regelt', 'verzorgt', 'kent', 'mist', 'plant'];
const OBJECTS = [
  'een rustige avond', 'warme olie', 'een goed gesprek', 'zachte muziek', 'een schone kamer', 'een kop koffie', 'de zomer', 'een lange wandeling',
  'een nette heer', 'jouw bezoek', 'een frisse douche', 'het weekend', 'een glas wijn', 'de zee', 'kaarslicht', 'een ontspannen uur', 'een verrassing',
  'een grote bank', 'het balkon', 'de sauna', 'een lekker bad', 'een vaste klant', 'het centrum', 'de ochtend', 'een drukke dag', 'een film',
];
const TAILS = ['', '', '', 'in de stad', 'bij mij thuis', 'na het werk', 'zonder haast', 'elke dag', 'met veel plezier', 'op afspraak', 'in alle rust', 'voor jou'];
const STOCK = [
  'Alleen serieuze reacties', 'Bel gerust', 'Whatsapp mag ook', 'Discretie gegarandeerd', 'Geen anonieme nummers', 'Foto s zijn echt',
  'Hygiene is belangrijk', 'Graag een dag van tevoren', 'Ook in het weekend', 'Tot gauw', 'Groetjes', 'Contant betalen',
];
const SYNONYMS: Record<string, string[]> = {
  rustige: ['kalme', 'stille'], warme: ['hete', 'lauwe'], goed: ['fijn', 'leuk'], zachte: ['rustige', 'lieve'], schone: ['nette', 'frisse'],
  lange: ['mooie', 'korte'], nette: ['keurige', 'beschaafde'], frisse: ['koele', 'warme'], lekker: ['heerlijk', 'fijn'], grote: ['ruime', 'brede'],
  lieve: ['zoete', 'aardige'], nieuwe: ['verse', 'andere'], ontvangt: ['verwelkomt', 'ziet'], zoekt: ['wil', 'vraagt'], biedt: ['geeft', 'heeft'],
  regelt: ['doet', 'maakt'], kent: ['weet', 'snapt'], mist: ['wil', 'zoekt'], plant: ['kiest', 'boekt'], dag: ['avond', 'middag'], stad: ['buurt', 'wijk'],
};
const NAMES = ['Merel', 'Quinty', 'Yvette', 'Wendy', 'Ursula', 'Hanneke', 'Gerda', 'Fenna', 'Britt', 'Carmen', 'Odette', 'Rianne'];
const PLACES = ['Amstelveen', 'Hilversum', 'Ede', 'Alkmaar', 'Den Helder', 'Roermond', 'Purmerend', 'Schiedam', 'Haarlem', 'Delft', 'Vlaardingen'];
// No lexicon emoji or words (🌸, 'jonge'): the truth says these ads carry no cue.
const NOISE = ['!', '!!', ' 😍', ' 🌞', ' 💕', ''];

const sentence = (random: Random): string[] => {
  const words = [random.pick(SUBJECTS), random.pick(VERBS), random.pick(OBJECTS), random.pick(TAILS)].join(' ').split(' ').filter(Boolean);
  if (random.chance(0.4)) words.push('en', ...random.pick(OBJECTS).split(' '));
  return words;
};

/** Popular sentences first: a power law over the pool, so the top few are in most ads. */
const popular = (random: Random, n: number): number => Math.min(n - 1, Math.floor(n * random.next() ** 3));

type Template = { id: string; sentences: string[][] };

const editCopy = (sentences: string[][], edits: number, random: Random): string[][] => {
  const out = sentences.map((s) => [...s]);
  for (let e = 0; e < edits; e++) {
    const s = out[random.int(0, out.length - 1)] as string[];
    const at = random.int(0, s.length - 1);
    const word = s[at] as string;
    const kind = random.int(0, 3);
    if (kind === 0 && SYNONYMS[word]) s[at] = random.pick(SYNONYMS[word] as string[]);
    else if (kind === 0 || kind === 1) {
      if (at + 1 < s.length) [s[at], s[at + 1]] = [s[at + 1] as string, word];
      else s.splice(at, 0, 'ook');
    } else if (kind === 2 && s.length > 3) s.splice(at, 1);
    else s.splice(at, 0, word);
  }
  if (out.length > 2 && random.chance(0.2)) {
    const at = random.int(0, out.length - 2);
    [out[at], out[at + 1]] = [out[at + 1] as string[], out[at] as string[]];
  }
  return out;
};

export function* generateReuseAds(options: ReuseOptions): Generator<SyntheticAd> {
  const random = createRandom(options.seed);
  const pool = Array.from({ length: 220 }, () => sentence(random));
  const singleShare = options.singleShare ?? 0.35;
  const base = Date.parse('2026-08-03T09:00:00Z');
  const styles: readonly InterruptedStyle[] = [...PLAIN_STYLES, ...INTERRUPTED_STYLES];
  let made = 0;
  let phoneNo = 0;
  let operatorNo = 0;

  const makeTemplate = (id: string): Template => {
    // Distinct pool sentences (an ad does not repeat a sentence), popular ones most often.
    const chosen = new Set<number>();
    for (let want = random.int(3, 8); chosen.size < want; ) chosen.add(popular(random, pool.length));
    const sentences = [...chosen].map((i) => pool[i] as string[]);
    // Half the templates add one sentence of their own; the rest are pool sentences only.
    if (random.chance(0.5)) sentences.splice(random.int(0, sentences.length), 0, sentence(random));
    for (let i = random.int(0, 2); i > 0; i--) sentences.splice(random.int(0, sentences.length), 0, random.pick(STOCK).split(' '));
    return { id, sentences };
  };

  const makeAd = (template: Template, operatorId: string, phone: string, copy: boolean): SyntheticAd => {
    made += 1;
    const name = random.pick(NAMES);
    const city = random.pick(PLACES);
    const age = random.int(21, 45);
    const style = random.pick(styles);
    let sentences = template.sentences;
    if (copy) {
      sentences = editCopy(sentences, options.edits, random);
      if (options.insertion) sentences.splice(random.int(0, sentences.length), 0, [...(pool[random.int(0, pool.length - 1)] as string[])]);
    }
    const body = sentences
      .map((s) => {
        const text = s.join(' ');
        const cased = random.chance(0.1) ? text.toUpperCase() : text.charAt(0).toUpperCase() + text.slice(1);
        return `${cased}${random.chance(0.3) ? random.pick(NOISE) : '.'}`;
      })
      .join(' ');
    const written = writeInterrupted(phone, style, random);
    const id = `rad-${String(made).padStart(7, '0')}`;
    return {
      id,
      title: `${name}, ${age}, ${city}`,
      text: `${name} hier, ${age} jaar, ${city}. ${body} Tel ${written}`,
      city,
      name,
      age,
      price: `€ ${random.pick([90, 120, 160])}`,
      phone: written,
      postedAt: new Date(base + random.int(0, 25 * 24 * 3600) * 1000).toISOString(),
      imageUrls: [`/images/${id}-1.jpg`],
      truth: { groupId: template.id, operatorId, phonesE164: [`+31${phone.slice(1)}`], phoneStyle: style, obfuscatedPhone: isInterruptedObfuscated(style), planted: [] },
    };
  };

  // Fictitious numbers 06-1295xxxx (operators) and 06-1294xxxx (singles).
  const fake = (block: string) => `06${block}${String(phoneNo++ % 10000).padStart(4, '0')}`;
  while (made < options.ads) {
    if (random.chance(singleShare)) {
      yield makeAd(makeTemplate(`rsingle-${made + 1}`), `rsingle-op-${made + 1}`, fake('1294'), false);
      continue;
    }
    operatorNo += 1;
    const operatorId = `rop-${operatorNo}`;
    const phones = Array.from({ length: random.int(1, 2) }, () => fake('1295'));
    for (let t = random.int(1, 3); t > 0 && made < options.ads; t--) {
      const template = makeTemplate(`${operatorId}-t${t}`);
      const copies = random.chance(0.12) ? random.int(25, options.maxCopies ?? 55) : random.int(2, 9);
      for (let c = 0; c < copies && made < options.ads; c++) yield makeAd(template, operatorId, random.pick(phones), true);
    }
  }
}
