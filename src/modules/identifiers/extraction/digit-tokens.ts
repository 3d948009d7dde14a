import { isAsciiDigit, isLetter } from '../identifier-kinds.ts';

/**
 * The de-obfuscation step for phone numbers. Ads and chats write numbers so that filters miss them:
 * "O6-l2345678", "O6 l234 OlOO", "06*12*34*56*78", "0~6~1~2", "nul zes een twee …", "zero six one two …", "0️⃣6️⃣…",
 * "０６…", "+31 (0)6 …". Instead of
 * rewriting the text (which loses positions), we read it once, left to right, into digit tokens that
 * each remember where they stand in the original text. Groups of tokens joined by separators become
 * runs; the phone extractor then looks for valid numbers inside a run.
 */
export type DigitToken = {
  digits: string;
  start: number;
  end: number;
  /** "(0)" as in "+31 (0)6": dropped after an international prefix, kept otherwise. */
  optionalZero: boolean;
};

/** Tokens written directly after each other (no separator) form one group, for example "0612". */
export type DigitGroup = { tokens: DigitToken[]; digits: string; start: number; end: number; optionalZero: boolean };

/** Groups joined by short separators ("06 - 1234 5678"); `plusAt` is the index of a leading '+'. */
export type DigitRun = { groups: DigitGroup[]; plusAt: number | null };

const NUMBER_WORDS: Record<string, string> = {
  nul: '0',
  een: '1',
  één: '1',
  eén: '1',
  éen: '1',
  twee: '2',
  drie: '3',
  vier: '4',
  vijf: '5',
  zes: '6',
  zeven: '7',
  acht: '8',
  negen: '9',
  // English, as ads aimed at tourists and expats write them. "oh" is left out: too common a word.
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Characters that may stand between the digits of one number. Newlines end a number. */
const isSeparator = (code: number): boolean =>
  code === 0x20 || // space
  code === 0x09 || // tab
  code === 0xa0 || // no-break space
  code === 0x202f ||
  code === 0x2d || // -
  code === 0x2013 || // –
  code === 0x2014 || // —
  code === 0x2e || // .
  code === 0x2f || // /
  code === 0x2a || // *
  code === 0x5f || // _
  code === 0x28 || // (
  code === 0x29 || // )
  code === 0x7c || // |
  code === 0x7e || // ~
  code === 0xb7 || // ·
  code === 0x2022 || // •
  code === 0xfe0f || // stray emoji variation selector
  code === 0x200d || // zero-width joiner
  code === 0x200b || // zero-width space
  (code >= 0x2600 && code <= 0x27bf) || // ★ ♥ ❤ ✨ and other symbols ads put between digits
  code === 0x2b50 || // ⭐
  (code >= 0xd83c && code <= 0xd83e) || // high half of an emoji such as 💋 🔥 …
  (code >= 0xdc00 && code <= 0xdfff); // … and its low half

/** The longest stretch of separators still joining two parts of one number ("06 - 1234", "06 💋 1234"). */
const MAX_GAP = 4;

const LOOKALIKE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

/** Reads one token at `i`, or null. `mask[i]` marks characters already claimed (dates, IBANs). */
const readToken = (text: string, i: number, lookalikeEnd: number): DigitToken | null => {
  const code = text.charCodeAt(i);
  if (isAsciiDigit(code)) {
    // Keycap emoji: the digit, an optional U+FE0F, then U+20E3.
    let end = i + 1;
    if (text.charCodeAt(end) === 0xfe0f) end += 1;
    if (text.charCodeAt(end) === 0x20e3) return { digits: text[i] as string, start: i, end: end + 1, optionalZero: false };

    return { digits: text[i] as string, start: i, end: i + 1, optionalZero: false };
  }
  if (code >= 0xff10 && code <= 0xff19) return { digits: String(code - 0xff10), start: i, end: i + 1, optionalZero: false };
  if (code === 0xd835) {
    // Mathematical digits U+1D7CE–U+1D7FF (bold, double-struck, sans-serif, monospace): five sets of ten.
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdfce && low <= 0xdfff) return { digits: String((low - 0xdfce) % 10), start: i, end: i + 2, optionalZero: false };
    return null;
  }
  if (code === 0xd83d && text.charCodeAt(i + 1) === 0xdd1f) return { digits: '10', start: i, end: i + 2, optionalZero: false }; // 🔟
  if (i < lookalikeEnd) {
    const digit = LOOKALIKE[text[i] as string];
    if (digit) return { digits: digit, start: i, end: i + 1, optionalZero: false };
  }
  if (code === 0x28 && text.charCodeAt(i + 1) === 0x30 && text.charCodeAt(i + 2) === 0x29) {
    return { digits: '0', start: i, end: i + 3, optionalZero: true };
  }
  if (isLetter(code) && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
    let end = i;
    while (end < text.length && end - i <= 6 && isLetter(text.charCodeAt(end))) end += 1;
    if (end - i > 6 || (end < text.length && isLetter(text.charCodeAt(end)))) return null;
    const digit = NUMBER_WORDS[text.slice(i, end).toLowerCase()];
    if (digit) return { digits: digit, start: i, end, optionalZero: false };
  }

  return null;
};

const isDigitOrLookalike = (text: string, i: number): boolean => isAsciiDigit(text.charCodeAt(i)) || LOOKALIKE[text[i] as string] !== undefined;

/**
 * A stretch of digits and look-alike letters (O, o, l, I) that starts at `i` (the character before it
 * is neither): where it ends, and whether its letters may be read as digits. They may when the stretch
 * is not part of a longer word ("Hallo6", "lolly") and either holds a real digit ("O6", "l234") or
 * continues a number already being read ("OOOO" in "O6 l234 OOOO", `continuesRun`).
 */
const readLookalikeStretch = (text: string, i: number, continuesRun: boolean): { end: number; readable: boolean } => {
  let end = i;
  let hasDigit = false;
  while (end < text.length && isDigitOrLookalike(text, end)) {
    if (isAsciiDigit(text.charCodeAt(end))) hasDigit = true;
    end += 1;
  }
  const inWord = (i > 0 && isLetter(text.charCodeAt(i - 1))) || (end < text.length && isLetter(text.charCodeAt(end)));

  return { end, readable: !inWord && (hasDigit || continuesRun) };
};

const toGroup = (tokens: DigitToken[]): DigitGroup => ({
  tokens,
  digits: tokens.map((t) => t.digits).join(''),
  start: (tokens[0] as DigitToken).start,
  end: (tokens.at(-1) as DigitToken).end,
  optionalZero: tokens.length === 1 && (tokens[0] as DigitToken).optionalZero,
});

/**
 * Splits a text into runs of digit groups. One pass, constant work per character (words are read
 * at most 7 characters ahead, look-alike runs once), so the time is linear in the text length.
 * `blocked(i)` says a character belongs to something that is not a phone number (a date, an IBAN).
 */
export const readDigitRuns = (text: string, blocked: (i: number) => boolean): DigitRun[] => {
  const runs: DigitRun[] = [];
  let groups: DigitGroup[] = [];
  let tokens: DigitToken[] = [];
  let lastEnd = -1;
  let plusAt: number | null = null;
  let lookalikeEnd = -1;
  let lookalikeCheckedTo = -1;

  const closeGroup = () => {
    if (tokens.length > 0) groups.push(toGroup(tokens));
    tokens = [];
  };
  const closeRun = () => {
    closeGroup();
    if (groups.length > 0) runs.push({ groups, plusAt });
    groups = [];
    plusAt = null;
  };

  let i = 0;
  while (i < text.length) {
    if (blocked(i)) {
      closeRun();
      lastEnd = -1;
      i += 1;
      continue;
    }
    // Each stretch is read once, from its start, so the whole pass stays linear (a stretch that
    // failed used to be read again from every later character: quadratic on "000…0a").
    if (i >= lookalikeCheckedTo && isDigitOrLookalike(text, i)) {
      const stretch = readLookalikeStretch(text, i, lastEnd >= 0 && i - lastEnd <= MAX_GAP);
      lookalikeEnd = stretch.readable ? stretch.end : -1;
      lookalikeCheckedTo = stretch.end;
    }
    const token = readToken(text, i, lookalikeEnd);
    if (token) {
      if (lastEnd < 0 || token.start - lastEnd > MAX_GAP) {
        closeRun();
        // A '+' just before the first digit (perhaps with one space) marks an international number.
        const before = text.charCodeAt(token.start - 1) === 0x20 ? token.start - 2 : token.start - 1;
        if (before >= 0 && (text[before] === '+' || text[before] === '＋')) plusAt = before;
      } else if (token.start !== lastEnd || token.optionalZero || tokens.at(-1)?.optionalZero) {
        closeGroup();
      }
      tokens.push(token);
      lastEnd = token.end;
      i = token.end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isSeparator(code) || lastEnd < 0 || i - lastEnd >= MAX_GAP) {
      closeRun();
      lastEnd = -1;
    }
    i += 1;
  }
  closeRun();

  return runs;
};
