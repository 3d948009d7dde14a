import { extractIdentifiers, type IdentifierHit } from '../../identifiers/index.ts';

/**
 * Phone numbers whose digit groups are interrupted by one or two short words, as ads write them to
 * slip past filters: "06 graag - 1224 - 7695", "+31 nu 6 1224 7695", "O6 14 95 27 ook 32",
 * "nul super zes 1234 1536". The shared extractor reads digits, number words, look-alike letters,
 * emoji and junk between digits; it stops at a word. Here such words are taken out (a copy of the
 * text with a map back to the original positions) and the shared extractor reads the copy again.
 *
 * Precision first: a word is only taken out when it stands between two digit groups, is at most six
 * letters, is not a number word itself and not a unit that belongs to a number (uur, euro, jaar …);
 * at most two such words in a row; and the number found must be one that libphonenumber calls valid
 * and that the plain text did not already give. Prices, times, dates, ages, house numbers and
 * postcodes stay what they are (interrupted-phones.unit.test.ts).
 */

const NUMBER_WORDS = 'nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|zero|one|two|three|four|five|six|seven|eight|nine';
/** Words that belong to a number: between two numbers they mean two numbers, never one interrupted number. */
const UNITS = new Set([
  'uur', 'u', 'euro', 'eur', 'jaar', 'jr', 'cm', 'kg', 'km', 'min', 'minuten', 'm', 'x', 'tot', 'tm', 'per', 'om', 'vanaf', 'nr', 'huisnr',
  'postcode', 'pc', 'ab', 'straat', 'weg', 'laan', 'plein', 'hoog', 'bis', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec', 'hours', 'hour', 'years', 'year',
]);

// digit or number word | separators | one or two short words | separators | digit, look-alike 0 or number word.
const INTERRUPTION = new RegExp(
  `(?<=(?:\\d|\\b(?:${NUMBER_WORDS})))([ \\t\\-–.:,/*~_]*[ \\t])(?!(?:${NUMBER_WORDS})\\b)(\\p{L}{1,6})(?:([ \\t]+)(?!(?:${NUMBER_WORDS})\\b)(\\p{L}{1,6}))?([ \\t][ \\t\\-–.:,/*~_]*)(?=\\d|[Oo]\\d|(?:${NUMBER_WORDS})\\b)`,
  'giu',
);
const IS_NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})$`, 'i');

const isFiller = (word: string | undefined): boolean => word === undefined || (!IS_NUMBER_WORD.test(word) && !UNITS.has(word.toLowerCase()));

/** The text with interrupting words replaced by one space, and per character of it the position in the original. */
const bridge = (text: string): { bridged: string; origin: Int32Array } | null => {
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  let changed = false;
  for (const m of text.matchAll(INTERRUPTION)) {
    if (!isFiller(m[2]) || !isFiller(m[4])) continue;
    const start = m.index;
    for (let i = last; i < start; i++) origin.push(i);
    parts.push(text.slice(last, start), ' ');
    origin.push(start);
    last = start + m[0].length;
    changed = true;
  }
  if (!changed) return null;
  for (let i = last; i < text.length; i++) origin.push(i);
  parts.push(text.slice(last));

  return { bridged: parts.join(''), origin: Int32Array.from(origin) };
};

/**
 * Phone hits that only appear once interrupting words are taken out, with their place and raw text
 * in the original (so the raw text shows the words, and isObfuscatedPhone calls it hidden).
 */
export const findInterruptedPhones = (text: string, known: readonly IdentifierHit[]): IdentifierHit[] => {
  const b = bridge(text.slice(0, 50_000));
  if (!b) return [];
  const seen = new Set(known.filter((h) => h.kind === 'phone').map((h) => h.key));
  const out: IdentifierHit[] = [];
  for (const hit of extractIdentifiers(b.bridged)) {
    if (hit.kind !== 'phone' || seen.has(hit.key)) continue;
    seen.add(hit.key);
    const start = b.origin[hit.start] as number;
    const end = (b.origin[hit.end - 1] as number) + 1;
    out.push({ ...hit, start, end, raw: text.slice(start, end) });
  }

  return out;
};
