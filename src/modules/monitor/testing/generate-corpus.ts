import type { InterruptedStyle } from './interrupted-phones.ts';
import { OBFUSCATED_STYLES, PHONE_STYLES, type PhoneStyle, toE164, writePhone } from './phone-styles.ts';
import { PLANTS, PLANT_IDS } from './plants.ts';
import { createRandom, type Random } from './random.ts';
import { ADJECTIVES, ADVERBS, CITIES, CONTACT_LINES, FIRST_NAMES, FRAMES, GREETINGS, INSERTIONS, NEUTRAL_EMOJI, NOUNS, VERBS } from './words.ts';

/** What the generator knows about an ad and the crawler/grouper has to find out. */
export type AdTruth = {
  /** Template group: copies of one template share it; a single ad has its own. */
  groupId: string;
  operatorId: string;
  phonesE164: string[];
  /** How the number is written (the other generators write the interrupted styles). */
  phoneStyle: PhoneStyle | InterruptedStyle;
  obfuscatedPhone: boolean;
  planted: string[];
};

export type SyntheticAd = {
  id: string;
  title: string;
  text: string;
  city: string;
  name: string;
  age: number;
  price: string;
  phone: string;
  postedAt: string;
  imageUrls: string[];
  truth: AdTruth;
};

export type CorpusOptions = {
  seed: number;
  /** Operators, each with 1–3 templates copied a Pareto-distributed number of times (≥ 2). */
  operators: number;
  /** Independent single ads (their own template, one copy). */
  singles: number;
  /** Word substitutions per copy. */
  edits: number;
  /** Insert a short phrase into each copy. */
  insertion: boolean;
  /** Share of templates and singles that get planted indicator phrases. */
  plantRate?: number;
  /** Upper bound on copies per template. */
  maxCopies?: number;
  baseDate?: string;
};

type Template = { id: string; titleTokens: string[]; tokens: string[]; planted: string[] };

type Operator = { id: string; names: string[]; cities: string[]; phones: string[]; style: PhoneStyle };

const SLOTS = new Set(['{name}', '{city}', '{phone}', '{age}', '{emoji}']);

const fillFrame = (frame: string, random: Random): string[] =>
  frame.split(' ').map((w) => {
    if (w === 'A') return random.pick(ADJECTIVES);
    if (w === 'N') return random.pick(NOUNS);
    if (w === 'V') return random.pick(VERBS);
    if (w === 'D') return random.pick(ADVERBS);
    return w;
  });

const plantPhrases = (random: Random, rate: number): string[] => {
  if (!random.chance(rate)) return [];
  const count = random.int(1, 2);
  const ids = new Set<string>();
  while (ids.size < count) ids.add(random.pick(PLANT_IDS));

  return [...ids];
};

const makeTemplate = (id: string, random: Random, rate: number): Template => {
  const planted = plantPhrases(random, rate);
  const tokens: string[] = [...random.pick(GREETINGS).split(' '), '{emoji}', 'ik', 'ben', '{name}', ',', '{age}', 'jaar', 'uit', '{city}', '.'];
  const sentences = random.int(3, 5);
  for (let i = 0; i < sentences; i++) tokens.push(...fillFrame(random.pick(FRAMES), random), '.');
  for (const plantId of planted) {
    const phrase = random.pick(PLANTS[plantId] ?? []);
    // Planted phrases go in at a random sentence boundary, like a real operator's wording.
    const at = random.int(6, tokens.length);
    // Marked with § so copy edits leave the planted words intact (the ground truth must stay true).
    tokens.splice(at, 0, ...phrase.split(' ').map((w) => `§${w}`));
  }
  tokens.push(...random.pick(CONTACT_LINES).split(' '), '{phone}', '{emoji}');
  const titleTokens = [random.pick(ADJECTIVES), '{name}', 'in', '{city}', '{emoji}'];

  return { id, titleTokens, tokens, planted };
};

const editTokens = (tokens: string[], edits: number, insertion: boolean, random: Random): string[] => {
  const out = [...tokens];
  const editable = out.map((t, i) => (SLOTS.has(t) || t === '.' || t === ',' || t.startsWith('§') ? -1 : i)).filter((i) => i >= 0);
  for (let e = 0; e < edits && editable.length > 0; e++) {
    const at = editable.splice(random.int(0, editable.length - 1), 1)[0] as number;
    out[at] = random.pick([...ADJECTIVES, ...NOUNS, ...ADVERBS]);
  }
  if (insertion) {
    // Never inside a planted phrase.
    let at = random.int(3, out.length - 2);
    while (at < out.length - 1 && out[at]?.startsWith('§') && out[at - 1]?.startsWith('§')) at++;
    out.splice(at, 0, ...random.pick(INSERTIONS).split(' '));
  }

  return out;
};

const render = (tokens: string[], values: { name: string; city: string; phone: string; age: number }, random: Random): string =>
  tokens
    .map((t) => {
      if (t === '{name}') return values.name;
      if (t === '{city}') return values.city;
      if (t === '{phone}') return values.phone;
      if (t === '{age}') return String(values.age);
      if (t === '{emoji}') return Array.from({ length: random.int(0, 2) }, () => random.pick(NEUTRAL_EMOJI)).join('');
      return t.startsWith('§') ? t.slice(1) : t;
    })
    .filter((t) => t !== '')
    .join(' ')
    .replace(/ ([.,])/g, '$1');

const pickSome = <T>(items: readonly T[], count: number, random: Random): T[] => {
  const set = new Set<T>();
  while (set.size < count) set.add(random.pick(items));

  return [...set];
};

/** Fictitious numbers only: 06-1234xxxx for operators, 06-1235xxxx … for singles. */
const fakeNumber = (block: number, n: number): string => `06${String(1234 + block).padStart(4, '0')}${String(n % 10000).padStart(4, '0')}`;

/**
 * Streams the corpus, so the million-ad benchmark does not hold it all in memory. Same seed, same ads.
 */
export function* generateAds(options: CorpusOptions): Generator<SyntheticAd> {
  const random = createRandom(options.seed);
  const rate = options.plantRate ?? 0.3;
  const base = Date.parse(options.baseDate ?? '2026-11-01T08:00:00Z');
  let adNo = 0;
  let phoneNo = 0;
  const makeAd = (template: Template, operator: Operator, tokens: string[], titleTokens: string[]): SyntheticAd => {
    adNo += 1;
    const national = random.pick(operator.phones);
    const style = operator.style === 'plain' ? random.pick(PHONE_STYLES) : operator.style;
    const values = { name: random.pick(operator.names), city: random.pick(operator.cities), phone: writePhone(national, style, random), age: random.int(18, 34) };
    const id = `ad-${String(adNo).padStart(7, '0')}`;
    let text = render(tokens, values, random);
    // Youth emoji are planted as emoji, not words, so they go at the end of the text.
    if (template.planted.includes('youth-emoji')) text = text.replace(/ (💗|🍒)/g, '') + ` ${random.pick(PLANTS['youth-emoji'] ?? [])}`;

    return {
      id,
      title: render(titleTokens, values, random),
      text,
      city: values.city,
      name: values.name,
      age: values.age,
      price: `€ ${random.pick([100, 120, 150, 180, 200, 250])}`,
      phone: values.phone,
      postedAt: new Date(base + random.int(0, 14 * 24 * 3600) * 1000).toISOString(),
      imageUrls: Array.from({ length: random.int(1, 3) }, (_, i) => `/images/${id}-${i + 1}.jpg`),
      truth: {
        groupId: template.id,
        operatorId: operator.id,
        phonesE164: [toE164(national)],
        phoneStyle: style,
        obfuscatedPhone: OBFUSCATED_STYLES.includes(style),
        planted: template.planted,
      },
    };
  };

  for (let o = 0; o < options.operators; o++) {
    const operator: Operator = {
      id: `op-${o + 1}`,
      names: pickSome(FIRST_NAMES, random.int(2, 5), random),
      cities: pickSome(CITIES, random.int(2, 6), random),
      phones: Array.from({ length: random.int(1, 2) }, () => fakeNumber(0, phoneNo++)),
      style: random.chance(0.5) ? random.pick(OBFUSCATED_STYLES) : 'plain',
    };
    const templates = random.int(1, 3);
    for (let t = 0; t < templates; t++) {
      const template = makeTemplate(`${operator.id}-t${t + 1}`, random, rate);
      const copies = random.pareto(2, 1.5, options.maxCopies ?? 12);
      for (let c = 0; c < copies; c++) {
        yield makeAd(template, operator, editTokens(template.tokens, options.edits, options.insertion, random), template.titleTokens);
      }
    }
  }
  for (let s = 0; s < options.singles; s++) {
    const operator: Operator = {
      id: `single-${s + 1}`,
      names: [random.pick(FIRST_NAMES)],
      cities: [random.pick(CITIES)],
      phones: [fakeNumber(1 + Math.floor(s / 10000), s)],
      style: random.chance(0.3) ? random.pick(OBFUSCATED_STYLES) : 'plain',
    };
    const template = makeTemplate(`single-${s + 1}`, random, rate * 0.7);
    yield makeAd(template, operator, template.tokens, template.titleTokens);
  }
}

export const generateCorpus = (options: CorpusOptions): SyntheticAd[] => [...generateAds(options)];
