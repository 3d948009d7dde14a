import type { SyntheticAd } from './generate-corpus.ts';
import { INTERRUPTED_STYLES, type InterruptedStyle, isInterruptedObfuscated, PLAIN_STYLES, writeInterrupted } from './interrupted-phones.ts';
import { createRandom, type Random } from './random.ts';

/**
 * A second corpus, built differently from generate-corpus.ts on purpose, so the grouper is measured
 * on ads it was not written against:
 * - templates are assembled from one shared pool of sentences (popular sentences are used by many
 *   advertisers), so a template's own word pairs also occur in unrelated ads;
 * - stock phrases (contact, hygiene, discretion lines) are used by almost everyone;
 * - words are made from syllables (not the word lists of the other generator); names and places
 *   include ones the grouper's mask lists do not know;
 * - each copy gets 1–3 word edits (substitution, deletion or an extra word) and, at the top level,
 *   an inserted sentence from the pool;
 * - phones are written in the interrupted styles of interrupted-phones.ts.
 * Single ads are assembled from the same pool. Everything is fictitious.
 */
export type PooledOptions = {
  seed: number;
  /** About how many ads (templates are added until the count is reached). */
  ads: number;
  /** Word edits per copy (1–3). */
  edits: number;
  /** Insert a sentence from the pool into each copy. */
  insertion: boolean;
  /** Share of ads that are singles (their own ad, one copy). */
  singleShare?: number;
  /** Sentences in the shared pool. */
  poolSize?: number;
  maxCopies?: number;
};

const SYLLABLES = ['ka', 'lo', 'mi', 've', 'ra', 'do', 'ni', 'te', 'sa', 'po', 'le', 'ju', 'ro', 'zi', 'ma', 'ne', 'ti', 'go', 'be', 'wi', 'du', 'fe', 'ha', 'ko'];
const FUNCTION_WORDS = ['ik', 'je', 'de', 'het', 'een', 'en', 'met', 'voor', 'bij', 'op', 'in', 'van', 'mijn', 'jouw', 'wij', 'ons', 'heel', 'echt', 'graag', 'lekker'];
const STOCK = [
  'bel of app voor een afspraak',
  'geen sms alleen bellen',
  'discreet en hygienisch',
  'foto s zijn echt en recent',
  'ik ontvang in een nette privé woning',
  'parkeren voor de deur',
  'ook voor beginners',
  'geen nummerweergave geen reactie',
  'kom gezellig langs',
  'tot snel kusjes',
  'check ook mijn andere advertentie',
  'respect is belangrijk',
];
// Names and places: some are on the grouper's mask lists, some are not (an ad site has any name).
const NAMES = ['Kiki', 'Mandy', 'Priscilla', 'Roxy', 'Shanti', 'Tiffany', 'Xenia', 'Jolanda', 'Lisa', 'Eva', 'Nina', 'Sanne', 'Chantal', 'Mariska', 'Dewi', 'Ilona'];
const PLACES = ['Zaltbommel', 'Harderwijk', 'Meppel', 'Tiel', 'Amsterdam', 'Utrecht', 'Breda', 'Almere', 'Goes', 'Veenendaal', 'Emmen', 'Hoorn', 'Zwolle', 'Gouda'];
const EMOJI = ['😘', '💋', '🌹', '✨', '😊'];

const makeWord = (random: Random): string =>
  Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join('') + random.pick(['', '', 'n', 'r', 'st', 'je']);

const makeSentence = (random: Random, vocab: readonly string[]): string[] =>
  Array.from({ length: random.int(6, 12) }, () => (random.chance(0.35) ? random.pick(FUNCTION_WORDS) : random.pick(vocab)));

/** An index from 0..n-1 with popular low indexes (roughly Zipf), so some pool sentences are everywhere. */
const zipfPick = (random: Random, n: number): number => Math.min(n - 1, Math.floor(n * random.next() ** 2.2));

type Template = { id: string; sentences: string[][]; title: string[] };

const editWords = (words: string[], edits: number, random: Random, vocab: readonly string[]): string[] => {
  const out = [...words];
  for (let e = 0; e < edits; e++) {
    const at = random.int(0, out.length - 1);
    const kind = random.int(0, 2);
    if (kind === 0) out[at] = random.pick(vocab);
    else if (kind === 1 && out.length > 8) out.splice(at, 1);
    else out.splice(at, 0, random.pick(vocab));
  }
  return out;
};

export function* generatePooledAds(options: PooledOptions): Generator<SyntheticAd> {
  const random = createRandom(options.seed);
  const vocab = Array.from({ length: 3000 }, () => makeWord(random));
  const pool = Array.from({ length: options.poolSize ?? 400 }, () => makeSentence(random, vocab));
  const singleShare = options.singleShare ?? 0.3;
  const base = Date.parse('2026-10-01T08:00:00Z');
  let made = 0;
  let phoneNo = 0;
  let operatorNo = 0;
  const styles: readonly InterruptedStyle[] = [...INTERRUPTED_STYLES, ...PLAIN_STYLES];

  const makeTemplate = (id: string): Template => {
    const own = Array.from({ length: random.int(3, 6) }, () => pool[zipfPick(random, pool.length)] as string[]);
    const stock = Array.from({ length: random.int(2, 3) }, () => (random.pick(STOCK) as string).split(' '));
    const sentences = [...own];
    for (const s of stock) sentences.splice(random.int(0, sentences.length), 0, s);
    return { id, sentences, title: [random.pick(vocab), '{name}', random.pick(FUNCTION_WORDS), random.pick(vocab)] };
  };

  const makeAd = (template: Template, operatorId: string, phone: string, copy: boolean): SyntheticAd => {
    made += 1;
    const name = random.pick(NAMES);
    const city = random.pick(PLACES);
    const age = random.int(19, 35);
    const style = random.pick(styles);
    const sentences = template.sentences.map((s) => [...s]);
    if (copy) {
      // Edits fall on words of the template, anywhere.
      for (let e = 0; e < options.edits; e++) {
        const s = random.int(0, sentences.length - 1);
        sentences[s] = editWords(sentences[s] as string[], 1, random, vocab);
      }
      if (options.insertion) sentences.splice(random.int(1, sentences.length), 0, [...(pool[random.int(0, pool.length - 1)] as string[])]);
    }
    const written = writeInterrupted(phone, style, random);
    const opening = `Hoi ik ben ${name} ${age} jaar uit ${city} ${random.pick(EMOJI)}`;
    const body = sentences.map((s) => `${s.join(' ')}.`).join(' ');
    const id = `pad-${String(made).padStart(7, '0')}`;
    return {
      id,
      title: template.title.map((w) => (w === '{name}' ? name : w)).join(' '),
      text: `${opening}. ${body} Bel ${written}`,
      city,
      name,
      age,
      price: `€ ${random.pick([100, 150, 200])}`,
      phone: written,
      postedAt: new Date(base + random.int(0, 20 * 24 * 3600) * 1000).toISOString(),
      imageUrls: [`/images/${id}-1.jpg`],
      truth: {
        groupId: template.id,
        operatorId,
        phonesE164: [`+31${phone.slice(1)}`],
        phoneStyle: style,
        obfuscatedPhone: isInterruptedObfuscated(style),
        planted: [],
      },
    };
  };

  // Fictitious numbers 06-1299xxxx (operators) and 06-1298xxxx (singles).
  const fake = (block: string) => `06${block}${String(phoneNo++ % 10000).padStart(4, '0')}`;
  while (made < options.ads) {
    if (random.chance(singleShare)) {
      yield makeAd(makeTemplate(`psingle-${made + 1}`), `psingle-op-${made + 1}`, fake('1298'), false);
      continue;
    }
    operatorNo += 1;
    const operatorId = `pop-${operatorNo}`;
    const phones = Array.from({ length: random.int(1, 2) }, () => fake('1299'));
    const templates = random.int(1, 3);
    for (let t = 0; t < templates && made < options.ads; t++) {
      const template = makeTemplate(`${operatorId}-t${t + 1}`);
      const copies = random.chance(0.15) ? random.int(30, options.maxCopies ?? 60) : random.int(2, 8);
      for (let c = 0; c < copies && made < options.ads; c++) yield makeAd(template, operatorId, random.pick(phones), true);
    }
  }
}
