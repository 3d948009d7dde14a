import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { IdentifierKind } from '../identifier-kinds.ts';
import { mod97 } from '../extraction/extract-ibans.ts';
import type { Rng } from './prng.ts';

/**
 * Fictitious identifiers for the corpus, each written in one of the ways ads and chats write them.
 * A planted item may stand for more than one identifier (a WhatsApp link is a phone and a URL; a
 * profile link is an account and a URL). Keys are what the extractor must produce.
 */
export type Planted = { text: string; truth: Array<{ kind: IdentifierKind; key: string }>; variant: string };

const WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const KEYCAP = (d: string) => `${d}\uFE0F\u20E3`;
const FULL_WIDTH = (d: string) => String.fromCharCode(0xff10 + Number(d));

const validNumber = (rng: Rng, make: () => string): { national: string; e164: string } => {
  for (;;) {
    const national = make();
    const parsed = parsePhoneNumberFromString(national, 'NL');
    if (parsed?.isValid()) return { national, e164: parsed.number };
    void rng;
  }
};

const spaced = (d: string, sizes: number[], sep: string) => {
  const parts: string[] = [];
  let i = 0;
  for (const s of sizes) {
    parts.push(d.slice(i, i + s));
    i += s;
  }
  if (i < d.length) parts.push(d.slice(i));

  return parts.filter(Boolean).join(sep);
};

/** A Dutch mobile number (06-1… to 06-5…, 06-8…), written one of many ways. */
export const plantPhone = (rng: Rng): Planted => {
  const fixed = rng.chance(0.12);
  const belgian = !fixed && rng.chance(0.05);
  if (belgian) {
    const { e164 } = validNumber(rng, () => `+324${rng.int(70, 99)}${rng.digits(6)}`);
    const d = e164.slice(3);
    const text = rng.pick([`+32 ${spaced(d, [3, 2, 2, 2], ' ')}`, `0032 ${d}`, `+32${d}`]);
    return { text, truth: [{ kind: 'phone', key: e164 }], variant: 'belgian' };
  }
  if (fixed) {
    const area = rng.pick(['020', '010', '070', '030', '040', '050', '024', '043']);
    const { national, e164 } = validNumber(rng, () => `${area}${rng.int(2, 9)}${rng.digits(6)}`);
    const text = rng.pick([`${area}-${national.slice(3)}`, `${area} ${spaced(national.slice(3), [3, 2, 2], ' ')}`, national, `+31 ${national.slice(1)}`]);
    return { text, truth: [{ kind: 'phone', key: e164 }], variant: 'fixed' };
  }
  const { national: n, e164 } = validNumber(rng, () => `06${rng.pick(['1', '2', '3', '4', '5', '8'])}${rng.digits(7)}`);
  const rest = n.slice(2);
  const variants: Array<[string, () => string]> = [
    ['plain', () => n],
    ['dash', () => `06-${rest}`],
    ['spaces-4-4', () => `06 ${spaced(rest, [4, 4], ' ')}`],
    ['pairs', () => `06 ${spaced(rest, [2, 2, 2, 2], ' ')}`],
    ['brackets', () => `(06) ${spaced(rest, [3, 3, 2], ' ')}`],
    ['dots', () => spaced(n, [2, 2, 2, 2, 2], '.')],
    ['slash', () => `06/${rest}`],
    ['stars', () => spaced(n, [2, 2, 2, 2, 2], '*')],
    ['underscores', () => spaced(n, [2, 4, 4], '_')],
    ['spaced-dash', () => `06 - ${spaced(rest, [4, 4], ' - ')}`],
    ['spaced-digits', () => n.split('').join(' ')],
    ['plus31', () => `+31 6 ${spaced(rest, [4, 4], ' ')}`],
    ['plus31-trunk', () => rng.pick([`+31 (0)6 ${rest}`, `+31(0)6-${rest}`, `+31 (0) 6 ${spaced(rest, [4, 4], ' ')}`])],
    ['0031', () => `0031 6 ${rest}`],
    ['plus316', () => `+316-${rest}`],
    ['letter-o', () => `O6-${rest.replaceAll('0', 'O').replaceAll('1', 'l')}`],
    ['letter-o-lower', () => `o6 ${spaced(rest.replaceAll('0', 'o'), [4, 4], ' ')}`],
    ['words', () => n.split('').map((d) => WORDS[Number(d)]).join(' ')],
    ['words-mixed', () => `nul zes ${spaced(rest, [4, 4], ' ')}`],
    ['words-mixed-2', () => `${rng.pick(['Nul', 'NUL', 'nul'])} zes ${rest.slice(0, 4)} ${rest.slice(4).split('').map((d) => WORDS[Number(d)]).join(' ')}`],
    ['keycaps', () => n.split('').map(KEYCAP).join('')],
    ['keycaps-ten', () => n.replace('10', '\u{1F51F}').split(/(?=)/u).map((c) => (/\d/.test(c) ? KEYCAP(c) : c)).join('')],
    ['full-width', () => n.split('').map(FULL_WIDTH).join('')],
    ['emoji-separators', () => spaced(n, [2, 2, 2, 2, 2], rng.pick(['💋', ' ❤️ ', '★', ' 🔥 ']))],
    ['full-width-dash', () => `${FULL_WIDTH('0')}${FULL_WIDTH('6')}-${rest.split('').map(FULL_WIDTH).join('')}`],
  ];
  const [variant, render] = rng.pick(variants);
  if (rng.chance(0.06)) {
    return { text: `wa.me/31${n.slice(1)}`, truth: [{ kind: 'phone', key: e164 }, { kind: 'url', key: `wa.me/31${n.slice(1)}` }], variant: 'wa.me' };
  }

  return { text: render(), truth: [{ kind: 'phone', key: e164 }], variant };
};

const FIRST = ['lisa', 'kim', 'sanne', 'jayden', 'noah', 'emma', 'mila', 'daan', 'sem', 'luna', 'tess', 'finn', 'zoe', 'bram', 'nina', 'ryan'];
const DOMAINS = ['example.org', 'example.nl', 'example.com', 'voorbeeld.test', 'vangnet.test', 'mail.example.net', 'post-voorbeeld.nl'];

const handle = (rng: Rng, sep: string) => `${rng.pick(FIRST)}${rng.chance(0.5) ? sep : ''}${rng.chance(0.7) ? rng.int(1, 2009) : rng.pick(['xx', 'baby', 'nl', 'official'])}`;

export const plantEmail = (rng: Rng): Planted => {
  const local = handle(rng, rng.pick(['.', '_', '-', '']));
  const domain = rng.pick(DOMAINS);
  const key = `${local}@${domain}`.toLowerCase();
  const [name, tld] = [domain.slice(0, domain.lastIndexOf('.')), domain.slice(domain.lastIndexOf('.') + 1)];
  const cased = rng.chance(0.2) ? local.charAt(0).toUpperCase() + local.slice(1) : local;
  const variants: Array<[string, string]> = [
    ['plain', `${cased}@${domain}`],
    ['plain-upper-domain', `${cased}@${domain.toUpperCase()}`],
    ['at-dot-brackets', `${cased} [at] ${name.replaceAll('.', ' [dot] ')} [dot] ${tld}`],
    ['at-round', `${cased}(at)${domain}`],
    ['at-words', `${cased} at ${name.replaceAll('.', ' punt ')} punt ${tld}`],
    ['at-curly-punt', `${cased} {at} ${name} {punt} ${tld}`],
    ['full-width-at', `${cased}＠${domain}`],
    ['at-brackets-dot', `${cased}[at]${domain}`],
  ];
  const [variant, text] = rng.pick(variants);

  return { text, truth: [{ kind: 'email', key }], variant };
};

export const plantUrl = (rng: Rng): Planted => {
  const host = rng.pick(['ads-voorbeeld.nl', 'escort-voorbeeld.example', 'sexjobs-voorbeeld.test', 'kinky-voorbeeld.nl', 'datingsite.example']);
  const path = `/${rng.pick(['profiel', 'ad', 'advertentie', 'p'])}/${rng.int(1000, 999999)}`;
  const scheme = rng.pick(['https://', 'http://', 'https://www.', 'www.', '']);
  const text = `${scheme}${host}${path}${rng.chance(0.2) ? '/' : ''}`;

  return { text, truth: [{ kind: 'url', key: `${host}${path}` }], variant: scheme || 'bare' };
};

export const plantAccount = (rng: Rng): Planted => {
  const h = handle(rng, rng.pick(['_', '.', '']));
  const k = h.toLowerCase();
  const variants: Array<[string, string, string, string | null]> = [
    ['insta-colon', 'instagram', `insta: ${h}`, null],
    ['instagram', 'instagram', `Instagram ${h}`, null],
    ['ig-colon', 'instagram', `ig: ${h}`, null],
    ['sc-colon', 'snapchat', `sc: ${h}`, null],
    ['snap', 'snapchat', `snap ${h}`, null],
    ['snapchat-colon', 'snapchat', `Snapchat: @${h}`, null],
    ['tiktok', 'tiktok', `tiktok: @${h}`, null],
    ['telegram', 'telegram', `telegram @${h}`, null],
    ['fb', 'facebook', `fb: ${h}`, null],
    ['at-insta', 'instagram', `@${h} op insta`, null],
    ['at-snap', 'snapchat', `@${h} (snap)`, null],
    ['tme', 'telegram', `t.me/${h}`, `t.me/${h}`],
    ['insta-url', 'instagram', `https://instagram.com/${h}`, `instagram.com/${h}`],
    ['tiktok-url', 'tiktok', `tiktok.com/@${h}`, `tiktok.com/@${h}`],
    ['snap-url', 'snapchat', `snapchat.com/add/${h}`, `snapchat.com/add/${h}`],
    ['x-url', 'x', `https://x.com/${h}`, `x.com/${h}`],
  ];
  const [variant, platform, text, url] = rng.pick(variants);
  const truth: Planted['truth'] = [{ kind: 'account', key: `${platform}:${k}` }];
  if (url) truth.push({ kind: 'url', key: url });

  return { text, truth, variant };
};

const PLATE_LETTERS = 'BDFGHJKLNPRSTVXZ';
export const plantPlate = (rng: Rng): Planted => {
  const code = rng.pick(['XX-99-99', '99-XX-99', 'XX-99-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX']);
  const plate = code.replace(/X/g, () => rng.pick([...PLATE_LETTERS])).replace(/9/g, () => String(rng.int(0, 9)));
  const key = plate.replaceAll('-', '');
  const text = rng.chance(0.75) ? plate : `kenteken ${key}`;

  return { text, truth: [{ kind: 'plate', key }], variant: text.includes('-') ? 'dashed' : 'after-word' };
};

export const plantIban = (rng: Rng): Planted => {
  const body = `${rng.pick(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'])}0${rng.digits(9)}`;
  const check = String(98 - mod97(`NL00${body}`)).padStart(2, '0');
  const key = `NL${check}${body}`;
  const variants: Array<[string, string]> = [
    ['compact', key],
    ['grouped', key.match(/.{1,4}/g)?.join(' ') ?? key],
    ['lower', key.toLowerCase()],
  ];
  const [variant, text] = rng.pick(variants);

  return { text, truth: [{ kind: 'iban', key }], variant };
};
