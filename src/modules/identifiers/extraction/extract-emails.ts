import type { IdentifierHit } from '../identifier-kinds.ts';

/**
 * E-mail addresses, also when written to dodge filters: "naam [at] domein [dot] nl", "naam(at)domein.nl",
 * "naam at domein punt nl", full-width "＠". We find each at-sign (or a written-out one) and read the
 * local part to its left and the domain to its right, each at most a fixed number of characters, so
 * a text with thousands of '@' stays linear.
 */
const AT_MARKER = /@|＠|[[({<] ?(?:at|@|apenstaartje) ?[\])}>]| (?:at|apenstaartje) /gi;

/** Dot markers between domain labels, tried in this order at each label end. */
const DOT_MARKER = /^(?:\.| ?[[({<] ?(?:dot|punt|\.) ?[\])}>] ?| (?:dot|punt) | \. )/i;

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

const isLocalChar = (c: string): boolean => /^[A-Za-z0-9._%+-]$/.test(c);
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?/;
const TLD = /^[A-Za-z]{2,24}$/;

/** Gmail ignores dots in the local part and delivers "name+tag" to "name": one mailbox, one key. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The matching key: lower-case (providers treat addresses case-insensitively in practice). For Gmail
 * only, dots and a "+tag" are dropped and googlemail.com becomes gmail.com, because Gmail delivers all
 * those spellings to the same inbox; other providers treat dots as significant, so we keep them.
 */
export const emailKey = (local: string, domain: string): string => {
  const l = local.toLowerCase();
  const d = domain.toLowerCase();
  if (!GMAIL_DOMAINS.has(d)) return `${l}@${d}`;
  const plus = l.indexOf('+');

  return `${(plus >= 0 ? l.slice(0, plus) : l).replaceAll('.', '')}@gmail.com`;
};

type DomainMatch = { labels: string[]; end: number };

/** Reads "domein.nl" or "domein [dot] nl" from `from`; the last label must look like a top-level domain. */
const readDomain = (text: string, from: number): DomainMatch | null => {
  const labels: string[] = [];
  const ends: number[] = [];
  let i = from;
  while (i - from <= MAX_DOMAIN) {
    const label = LABEL.exec(text.slice(i, i + 64));
    if (!label) break;
    labels.push(label[0]);
    i += label[0].length;
    ends.push(i);
    const dot = DOT_MARKER.exec(text.slice(i, i + 12));
    if (!dot) break;
    i += dot[0].length;
  }
  // Drop trailing labels until the last one is a plausible top-level domain ("…nl. Bel me" ends at nl).
  while (labels.length >= 2 && !TLD.test(labels.at(-1) as string)) {
    labels.pop();
    ends.pop();
  }
  if (labels.length < 2) return null;

  return { labels, end: ends.at(-1) as number };
};

export const extractEmails = (text: string): IdentifierHit[] => {
  const hits: IdentifierHit[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(AT_MARKER)) {
    const at = m.index;
    if (at < lastEnd) continue;
    let localEnd = at;
    // "naam [at] domein": one space may stand between the local part and a written-out at-sign.
    if (m[0].length > 1 && text[localEnd - 1] === ' ') localEnd -= 1;
    let start = localEnd;
    while (start > 0 && localEnd - start < MAX_LOCAL && isLocalChar(text[start - 1] as string)) start -= 1;
    while (start < localEnd && (text[start] === '.' || text[start] === '-')) start += 1;
    if (start === localEnd) continue;
    // A local part glued to a longer word is not an address ("x" in "xxx@" is fine, "é@" is not).
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] as string)) continue;
    let domainStart = at + m[0].length;
    if (m[0].length > 1 && text[domainStart] === ' ') domainStart += 1;
    const domain = readDomain(text, domainStart);
    if (!domain) continue;
    const local = text.slice(start, localEnd).replace(/\.+$/, '');
    if (!local || local.includes('..')) continue;
    const domainName = domain.labels.join('.');
    hits.push({ kind: 'email', key: emailKey(local, domainName), raw: text.slice(start, domain.end), start, end: domain.end });
    lastEnd = domain.end;
  }

  return hits;
};
