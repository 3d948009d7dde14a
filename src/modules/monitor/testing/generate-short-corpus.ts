import type { SyntheticAd } from './generate-corpus.ts';
import { INTERRUPTED_STYLES, type InterruptedStyle, isInterruptedObfuscated, PLAIN_STYLES, writeInterrupted } from './interrupted-phones.ts';
import { createRandom, type Random } from './random.ts';

/**
 * A third corpus, again built differently: short ads of 20–40 words that are mostly stock phrases
 * everyone uses (a small shared list), with only a few words of their own. Copies get 1–3 word
 * edits and an inserted short phrase; templates keep their own order of the stock phrases. This is
 * where a grouper that leans on shared phrases merges unrelated advertisers, and one that ignores
 * them has little left to go on. Fictitious throughout.
 */
export type ShortOptions = { seed: number; ads: number; edits: number; insertion: boolean; singleShare?: number; maxCopies?: number };

const STOCK = [
  'nieuw hier', 'bel me', 'app me', 'alleen bellen', 'geen sms', 'discreet', 'schoon en netjes', 'echte foto s', 'priveontvangst',
  'ook escort', 'hotel mogelijk', 'kom snel', 'tot straks', 'kusjes', 'lief en spontaan', 'geen haast', 'jij bent welkom',
  'overdag en s avonds', 'in het weekend ook', 'parkeren gratis', 'vlak bij het station', 'vraag naar de mogelijkheden',
  'vaste prijzen', 'geen onderhandeling', 'respectvolle heren', 'verras me', 'even ontspannen', 'kom langs', 'ik wacht op je', 'gezellig samen',
];
const OWN_WORDS = [
  'zon', 'zee', 'vanille', 'kaneel', 'fluweel', 'zijde', 'amber', 'koraal', 'perzik', 'honing', 'mint', 'lavendel', 'jazz', 'salsa',
  'tango', 'yoga', 'pilates', 'boek', 'wijn', 'thee', 'koffie', 'regen', 'storm', 'maan', 'ster', 'wolk', 'duin', 'haven', 'molen',
  'tulp', 'roos', 'lelie', 'orchidee', 'cactus', 'palm', 'kers', 'appel', 'citroen', 'mango', 'kokos', 'karamel', 'chocola', 'drop',
  'fiets', 'trein', 'boot', 'zeil', 'anker', 'vuurtoren', 'kasteel', 'toren', 'plein', 'gracht', 'steeg', 'kade', 'dijk', 'polder',
];
const LINKS = ['met', 'en', 'zoals', 'na', 'voor', 'bij', 'of', 'als', 'zonder', 'tussen'];
const NAMES = ['Bibi', 'Cindy', 'Dana', 'Gina', 'Kim', 'Lola', 'Mona', 'Nikki', 'Pam', 'Sasha', 'Tara', 'Vicky', 'Zara', 'Anna'];
const PLACES = ['Assen', 'Oss', 'Weert', 'Uden', 'Sneek', 'Venray', 'Rotterdam', 'Leiden', 'Heerlen', 'Lelystad', 'Kampen'];

type Template = { id: string; parts: string[][] };

const ownPhrase = (random: Random): string[] => {
  const words: string[] = [];
  const length = random.int(3, 6);
  while (words.length < length) words.push(words.length % 2 === 1 && random.chance(0.5) ? random.pick(LINKS) : random.pick(OWN_WORDS));
  return words;
};

export function* generateShortAds(options: ShortOptions): Generator<SyntheticAd> {
  const random = createRandom(options.seed);
  const singleShare = options.singleShare ?? 0.4;
  const base = Date.parse('2026-09-01T08:00:00Z');
  const styles: readonly InterruptedStyle[] = [...INTERRUPTED_STYLES, ...PLAIN_STYLES];
  let made = 0;
  let phoneNo = 0;
  let operatorNo = 0;

  const makeTemplate = (id: string): Template => {
    const parts: string[][] = [];
    const stock = random.int(5, 8);
    for (let i = 0; i < stock; i++) parts.push((random.pick(STOCK) as string).split(' '));
    const own = random.int(1, 2);
    for (let i = 0; i < own; i++) parts.splice(random.int(0, parts.length), 0, ownPhrase(random));
    return { id, parts };
  };

  const makeAd = (template: Template, operatorId: string, phone: string, copy: boolean): SyntheticAd => {
    made += 1;
    const name = random.pick(NAMES);
    const city = random.pick(PLACES);
    const age = random.int(20, 38);
    const style = random.pick(styles);
    const words = template.parts.flatMap((p) => [...p, '.']);
    if (copy) {
      for (let e = 0; e < options.edits; e++) {
        let at = random.int(0, words.length - 1);
        while (words[at] === '.') at = (at + 1) % words.length;
        words[at] = random.chance(0.5) ? random.pick(OWN_WORDS) : random.pick(LINKS);
      }
      if (options.insertion) {
        const phrase = random.chance(0.5) ? (random.pick(STOCK) as string).split(' ') : ownPhrase(random);
        const dots = words.flatMap((w, i) => (w === '.' ? [i + 1] : []));
        words.splice(random.pick(dots), 0, ...phrase, '.');
      }
    }
    const written = writeInterrupted(phone, style, random);
    const body = words.join(' ').replace(/ \./g, '.');
    const id = `sad-${String(made).padStart(7, '0')}`;
    return {
      id,
      title: `${name} ${city}`,
      text: `${name} (${age}) ${city}. ${body} ${written}`,
      city,
      name,
      age,
      price: `€ ${random.pick([80, 100, 130])}`,
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

  // Fictitious numbers 06-1297xxxx (operators) and 06-1296xxxx (singles).
  const fake = (block: string) => `06${block}${String(phoneNo++ % 10000).padStart(4, '0')}`;
  while (made < options.ads) {
    if (random.chance(singleShare)) {
      yield makeAd(makeTemplate(`ssingle-${made + 1}`), `ssingle-op-${made + 1}`, fake('1296'), false);
      continue;
    }
    operatorNo += 1;
    const operatorId = `sop-${operatorNo}`;
    const phones = Array.from({ length: random.int(1, 2) }, () => fake('1297'));
    const templates = random.int(1, 3);
    for (let t = 0; t < templates && made < options.ads; t++) {
      const template = makeTemplate(`${operatorId}-t${t + 1}`);
      const copies = random.chance(0.1) ? random.int(20, options.maxCopies ?? 50) : random.int(2, 8);
      for (let c = 0; c < copies && made < options.ads; c++) yield makeAd(template, operatorId, random.pick(phones), true);
    }
  }
}
