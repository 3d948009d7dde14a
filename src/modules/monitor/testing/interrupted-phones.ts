import type { Random } from './random.ts';

/**
 * Ways of writing a phone number that the other generators do not use: digit groups interrupted by
 * a word, an emoji or a short phrase (a known way past filters: "06 graag - 1224 - 7695",
 * "+31 nu 6 1224 7695", "O6 14 95 27 ook 32", "nul super zes 1234 1536"), and a few spacing habits.
 * All numbers are fictitious (see the generators).
 */
export const INTERRUPTED_STYLES = ['word-between', 'plus-word', 'lookalike-word', 'spelled-word', 'dots-between', 'emoji-between', 'keycap'] as const;
export const PLAIN_STYLES = ['plain', 'spaced-pairs', 'dashed-4'] as const;
export type InterruptedStyle = (typeof INTERRUPTED_STYLES)[number] | (typeof PLAIN_STYLES)[number];

const FILLERS = ['graag', 'nu', 'ook', 'snel', 'bel', 'app', 'even', 'super', 'dan', 'of', 'en', 'mij'];
const EMOJI = ['💋', '🔥', '😘', '🌹', '✨', '❤️'];
const SPELLED = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];

/** Look-alike letters for 0 and 1, as in "O6 l4 95". */
const lookalike = (s: string) => s.replace(/0/g, 'O').replace(/1/g, 'l');

/** `national` is ten digits starting 06. */
export const writeInterrupted = (national: string, style: InterruptedStyle, random: Random): string => {
  const a = national.slice(0, 2);
  const b = national.slice(2, 6);
  const c = national.slice(6);
  const pairs = [national.slice(2, 4), national.slice(4, 6), national.slice(6, 8), national.slice(8)];
  const filler = () => random.pick(FILLERS);
  switch (style) {
    case 'plain':
      return national;
    case 'spaced-pairs':
      return `${a} ${pairs.join(' ')}`;
    case 'dashed-4':
      return `${a}-${b}-${c}`;
    case 'word-between':
      // "06 graag - 1224 - 7695"
      return `${a} ${filler()} - ${b} - ${c}`;
    case 'plus-word':
      // "+31 nu 6 1224 7695"
      return `+31 ${filler()} ${national.slice(1, 2)} ${b} ${c}`;
    case 'lookalike-word':
      // "O6 14 95 27 ook 32"
      return `${lookalike(a)} ${pairs.slice(0, 3).join(' ')} ${filler()} ${pairs[3]}`;
    case 'spelled-word':
      // "nul super zes 1234 1536"
      return `${SPELLED[Number(a[0])]} ${filler()} ${SPELLED[Number(a[1])]} ${b} ${c}`;
    case 'dots-between':
      // "06 12 34 .. 56 78"
      return `${a} ${pairs.slice(0, 2).join(' ')} .. ${pairs.slice(2).join(' ')}`;
    case 'emoji-between':
      return `${a} ${random.pick(EMOJI)} ${b} ${random.pick(EMOJI)} ${c}`;
    case 'keycap':
      return [...national].map((d) => `${d}\ufe0f\u20e3`).join('');
  }
};

/** Every style except the plain ones is "verhuld" (written to evade a filter). */
export const isInterruptedObfuscated = (style: InterruptedStyle): boolean => !(PLAIN_STYLES as readonly string[]).includes(style);
