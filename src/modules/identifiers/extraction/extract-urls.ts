import type { IdentifierHit } from '../identifier-kinds.ts';

/**
 * Web addresses, with or without "https://": "https://example.org/ad/12", "www.example.nl",
 * "kinky-ads.example.nl/profiel/123". The text is cut into whitespace-separated words (one pass);
 * each word, at most MAX_WORD characters, is checked with anchored patterns, so time stays linear.
 */
const MAX_WORD = 2048;

/**
 * Top-level domains we accept for addresses written without "https://" or "www.". Any TLD is accepted
 * after a scheme. A short list keeps "foto.jpg", "o.a." and "bijv.een" out.
 */
const BARE_TLDS = new Set(
  (
    'nl be de eu com org net info biz io me tv co uk fr es it at ch lu pl ro bg hu cz sk ru ua xxx sex porn adult ' +
    'app site online club live shop store link ly gl to cc ws gg im icu top xyz vip fun pro mobi name test example ' +
    'amsterdam frl tk ml ga cf gq su vn br ar mx us ca au'
  ).split(' '),
);

const WORD = /[^\s<>"'`«»“”‘’]+/g;
const SCHEME_URL = /^https?:\/\/([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const BARE_URL = /^((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}([A-Za-z]{2,24}))(?::\d{1,5})?(?:[/?#]\S*)?$/;
const LEADING_JUNK = /^[([{]+/;
const TRAILING_JUNK = /[.,;:!?)\]}]+$/;

/** Query parameters that only track clicks; they never tell two pages apart. */
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|igshid|si|ref|ref_src)$/i;

export type ParsedUrl = { host: string; path: string; query: URLSearchParams };

/**
 * The matching key of a URL: host in lower case without "www.", the path as written without a
 * trailing slash, the query without tracking parameters, no scheme and no fragment. So
 * "https://www.Example.org/ad/12/?utm_source=x#top" and "example.org/ad/12" are one identifier.
 */
export const urlKey = (u: ParsedUrl): string => {
  const host = u.host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const path = u.path.replace(/\/+$/, '');
  const params = [...u.query.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';

  return `${host}${path}${query}`;
};

const splitUrl = (word: string): ParsedUrl | null => {
  const withScheme = /^https?:\/\//i.test(word) ? word : `http://${word}`;
  try {
    const u = new URL(withScheme);
    return { host: u.hostname, path: decodeURIComponentSafe(u.pathname), query: u.searchParams };
  } catch {
    return null;
  }
};

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `bare`: a plain domain without scheme, "www." or path ("luna.nl"), which may also be a handle. */
export type UrlHit = IdentifierHit & { parsed: ParsedUrl; bare: boolean };

/** `skip` marks ranges already taken by e-mail addresses (their domain is not a separate URL). */
export const extractUrls = (text: string, skip: ReadonlyArray<{ start: number; end: number }> = []): UrlHit[] => {
  const hits: UrlHit[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index;
    if (word.length > MAX_WORD || !word.includes('.')) continue;
    const lead = LEADING_JUNK.exec(word);
    if (lead) {
      word = word.slice(lead[0].length);
      start += lead[0].length;
    }
    // A closing bracket belongs to the URL only when the URL opened one ("…/wiki/Foo_(bar)").
    word = word.replace(TRAILING_JUNK, (tail) => (word.includes('(') && tail.startsWith(')') ? ')' : ''));
    const end = start + word.length;
    if (skip.some((r) => r.start < end && start < r.end)) continue;
    const hasScheme = /^https?:\/\//i.test(word);
    if (hasScheme ? !SCHEME_URL.test(word) : !isBareUrl(word)) continue;
    const parsed = splitUrl(word);
    if (!parsed?.host.includes('.')) continue;
    const bare = !hasScheme && !/^www\./i.test(word) && !/[/?#]/.test(word);
    hits.push({ kind: 'url', key: urlKey(parsed), raw: word, start, end, parsed, bare });
  }

  return hits;
};

const isBareUrl = (word: string): boolean => {
  // "naam@domein.nl" is an e-mail address; "tiktok.com/@naam" is a URL.
  const slash = word.search(/[/?#]/);
  if (word.slice(0, slash < 0 ? word.length : slash).includes('@')) return false;
  const m = BARE_URL.exec(word);
  if (!m) return false;
  const tld = (m[2] as string).toLowerCase();

  return BARE_TLDS.has(tld) || word.toLowerCase().startsWith('www.');
};
