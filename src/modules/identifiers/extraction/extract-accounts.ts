import type { IdentifierHit } from '../identifier-kinds.ts';
import type { UrlHit } from './extract-urls.ts';

/**
 * Social-media accounts as `platform:handle`, from profile links (instagram.com/naam, t.me/naam,
 * tiktok.com/@naam, snapchat.com/add/naam …) and from text that names the platform ("insta: naam",
 * "sc: naam", "snap naam", "@naam op insta"). WhatsApp links carry phone numbers; those become phone
 * hits (see whatsAppPhones).
 */
export const PLATFORMS = ['instagram', 'snapchat', 'tiktok', 'telegram', 'facebook', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

const HOSTS: Record<string, Platform> = {
  'instagram.com': 'instagram',
  'instagr.am': 'instagram',
  'snapchat.com': 'snapchat',
  'tiktok.com': 'tiktok',
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'telegram.dog': 'telegram',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'x.com': 'x',
  'twitter.com': 'x',
};

/** Paths on those sites that are pages of the site itself, not someone's account. */
const NOT_A_HANDLE = new Set([
  'p', 'reel', 'reels', 'explore', 'stories', 'tv', 'accounts', 'about', 'legal', 'help', 'share', 'joinchat', 's',
  'home', 'search', 'i', 'intent', 'hashtag', 'settings', 'login', 'signup', 'privacy', 'terms', 'watch', 'groups',
  'pages', 'events', 'marketplace', 'discover', 'tag', 'music', 'video', 'add', 'profile.php', 'sharer', 'messages',
]);

const HANDLE = /^[A-Za-z0-9._-]{2,40}$/;

/** The key: lower-case, without '@' and without dots or dashes hanging at the ends. */
export const accountKey = (platform: Platform, handle: string): string =>
  `${platform}:${handle.replace(/^@/, '').replace(/^[._-]+|[._-]+$/g, '').toLowerCase()}`;

const platformOfHost = (host: string): Platform | undefined => {
  const h = host.toLowerCase().replace(/^(?:www|m|mobile|web|vm)\./, '');

  return HOSTS[h];
};

/** The account a profile URL points at, or null for other pages. */
const accountFromUrl = (url: UrlHit): IdentifierHit | null => {
  const platform = platformOfHost(url.parsed.host);
  if (!platform) return null;
  const parts = url.parsed.path.split('/').filter(Boolean);
  let handle: string | undefined;
  if (platform === 'snapchat') handle = parts[0] === 'add' ? parts[1] : undefined;
  else if (platform === 'tiktok') handle = parts[0]?.startsWith('@') ? parts[0].slice(1) : undefined;
  else if (platform === 'facebook' && parts[0] === 'profile.php') handle = url.parsed.query.get('id') ?? undefined;
  else if (platform === 'instagram' && parts[0] === 'stories') handle = parts[1];
  else handle = parts[0];
  if (!handle || NOT_A_HANDLE.has(handle.toLowerCase()) || !HANDLE.test(handle)) return null;

  return { kind: 'account', key: accountKey(platform, handle), raw: url.raw, start: url.start, end: url.end };
};

/** Platform names as people write them, and whether the name alone (without ':' or '@') is enough. */
const NAMES: Array<{ pattern: string; platform: Platform; strong: boolean }> = [
  { pattern: 'instagram', platform: 'instagram', strong: true },
  { pattern: 'insta', platform: 'instagram', strong: true },
  { pattern: 'ig', platform: 'instagram', strong: false },
  { pattern: 'snapchat', platform: 'snapchat', strong: true },
  { pattern: 'snap', platform: 'snapchat', strong: true },
  { pattern: 'sc', platform: 'snapchat', strong: false },
  { pattern: 'tiktok', platform: 'tiktok', strong: true },
  { pattern: 'tik tok', platform: 'tiktok', strong: true },
  { pattern: 'telegram', platform: 'telegram', strong: true },
  { pattern: 'tg', platform: 'telegram', strong: false },
  { pattern: 'facebook', platform: 'facebook', strong: true },
  { pattern: 'fb', platform: 'facebook', strong: false },
  { pattern: 'twitter', platform: 'x', strong: true },
  { pattern: 'x', platform: 'x', strong: false },
];

const NAME_TO_PLATFORM = new Map(NAMES.map((n) => [n.pattern, n]));

/**
 * "insta: naam", "snap naam", "sc = naam", "tiktok @naam". Weak names ("sc", "ig", "x") need ':' , '='
 * or '@' before the handle. The handle may not be a common Dutch word that follows a platform name.
 */
const NAMED_HANDLE =
  /(?<![\p{L}\p{N}_])(instagram|insta|ig|snapchat|snap|sc|tik tok|tiktok|telegram|tg|facebook|fb|twitter|x)(?: ?(?:naam|name|account|id))?( ?[:=] ?| )(?:(?:is|me|mij|op|via|toevoegen|adden) )?(@?)([A-Za-z0-9._-]{2,40})/giu;

/** "@naam" with a platform named close by, before or after ("@lisa_x op insta", "insta → @lisa_x"). */
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@([A-Za-z0-9._]{2,40})/gu;
const PLATFORM_WORD = /(?<![\p{L}\p{N}])(instagram|insta|ig|snapchat|snap|sc|tiktok|tik tok|telegram|tg|facebook|fb|twitter)(?![\p{L}\p{N}])/giu;
const CONTEXT = 40;
const BEFORE_HANDLE = /^\s{0,3}(?:[:=>\-–→]|is|op|via|account|naam|name|id)?\s{0,3}[:=]?\s{0,2}$/i;
const AFTER_HANDLE = /^\s{0,3}(?:op|via|on|\(|[-–:])?\s{0,3}$/i;

/** Words that follow "snap", "insta" … in normal sentences and are never handles. */
const STOP_WORDS = new Set([
  'is', 'me', 'mij', 'je', 'jij', 'op', 'via', 'en', 'of', 'de', 'het', 'een', 'naar', 'met', 'van', 'voor', 'niet', 'wel',
  'ook', 'dan', 'dat', 'die', 'maar', 'om', 'te', 'in', 'aan', 'account', 'profiel', 'story', 'stories', 'chat',
  'bericht', 'berichten', 'gesprek', 'groep', 'foto', 'fotos', 'filmpje', 'video', 'live', 'toevoegen', 'adden',
  'sturen', 'gestuurd', 'appen', 'sms', 'nummer', 'naam', 'kanaal', 'hem', 'haar', 'hun', 'ze', 'zij', 'hij', 'we',
  'wij', 'jullie', 'u', 'gebruiker', 'streak', 'streaks', 'map', 'geblokkeerd', 'verwijderd', 'gezien', 'heeft',
  'had', 'was', 'zijn', 'waren', 'kan', 'moet', 'wil', 'zou', 'werd', 'wordt', 'mee', 'bij', 'uit', 'onder', 'zoals',
]);

const cleanHandle = (h: string): string => h.replace(/[._-]+$/, '');

export const extractAccounts = (text: string, urls: readonly UrlHit[], emailRanges: ReadonlyArray<{ start: number; end: number }>): IdentifierHit[] => {
  const hits: IdentifierHit[] = [];
  // A plain domain right after "insta:" ("insta: luna.nl") is the handle; other URLs and e-mails win.
  const taken = [...emailRanges, ...urls.filter((u) => !u.bare)];
  const inTaken = (s: number, e: number) => taken.some((r) => r.start < e && s < r.end);
  for (const url of urls) {
    const hit = accountFromUrl(url);
    if (hit) hits.push(hit);
  }
  for (const m of text.matchAll(NAMED_HANDLE)) {
    const name = NAME_TO_PLATFORM.get((m[1] as string).toLowerCase());
    if (!name) continue;
    const sep = m[2] as string;
    const at = m[3] as string;
    const handle = cleanHandle(m[4] as string);
    if (!name.strong && !sep.includes(':') && !sep.includes('=') && !at) continue;
    if (handle.length < 2 || STOP_WORDS.has(handle.toLowerCase()) || !/[A-Za-z]/.test(handle)) continue;
    const marked = at !== '' || sep.includes(':') || sep.includes('=');
    const filler = m[0].length - (m[4] as string).length - at.length > (m[1] as string).length + sep.length;
    // "mijn insta is saai": after a filler word without ':' or '@', only handle-like words count.
    if (!marked && filler && !/[\d._]/.test(handle)) continue;
    // Without ':' or '@' ("snap lisa_07") the word must look like a handle: a letter first, and a
    // digit, '_' or '.' in it. Plain words after a platform name are mostly ordinary Dutch.
    if (!marked && !/^[A-Za-z][A-Za-z0-9._-]*[\d._]/.test(handle)) continue;
    // "@lisa_07 op insta achter", "@lisa_07 op insta @iedereen": "insta" belongs to the handle before it.
    if (/@[A-Za-z0-9._]+\s+(?:op|via|on)\s+$/i.test(text.slice(Math.max(0, m.index - 45), m.index))) continue;
    const start = m.index + m[0].length - (m[4] as string).length - at.length;
    const end = start + at.length + handle.length;
    if (inTaken(start, end)) continue;
    hits.push({ kind: 'account', key: accountKey(name.platform, handle), raw: text.slice(start, end), start, end });
  }
  const named = new Set(hits.map((h) => h.start));
  for (const m of text.matchAll(AT_HANDLE)) {
    const handle = cleanHandle(m[1] as string);
    const start = m.index;
    const end = start + 1 + handle.length;
    if (named.has(start) || inTaken(start, end)) continue;
    const platform = nearestPlatform(text, start, end);
    if (!platform) continue;
    hits.push({ kind: 'account', key: accountKey(platform, handle), raw: text.slice(start, end), start, end });
  }

  return hits;
};

/** The platform named nearest to a "@handle", within CONTEXT characters on the same line. */
const nearestPlatform = (text: string, start: number, end: number): Platform | null => {
  const from = Math.max(0, start - CONTEXT);
  const windowText = text.slice(from, Math.min(text.length, end + CONTEXT));
  let best: { platform: Platform; distance: number } | null = null;
  for (const m of windowText.matchAll(PLATFORM_WORD)) {
    const at = from + m.index;
    const between = at < start ? text.slice(at, start) : text.slice(end, at);
    // Only a few words may stand between: "insta: @x", "insta → @x", "@x op insta", "@x (snap)".
    if (at < start ? !BEFORE_HANDLE.test(between.slice(m[0].length)) : !AFTER_HANDLE.test(between)) continue;
    // In "@a op insta @b" the platform belongs to @a; @b gets no platform from it.
    if (at < start && /@[A-Za-z0-9._]+\s+(?:op|via|on)\s+$/i.test(text.slice(Math.max(0, at - 45), at))) continue;
    const distance = at < start ? start - at : at - end;
    const platform = NAME_TO_PLATFORM.get((m[1] as string).toLowerCase())?.platform;
    if (platform && (!best || distance < best.distance)) best = { platform, distance };
  }

  return best?.platform ?? null;
};

/** WhatsApp links ("wa.me/31612345678", "api.whatsapp.com/send?phone=…") hold a phone number. */
export const whatsAppNumbers = (urls: readonly UrlHit[]): Array<{ url: UrlHit; digits: string }> => {
  const found: Array<{ url: UrlHit; digits: string }> = [];
  for (const url of urls) {
    const host = url.parsed.host.toLowerCase().replace(/^www\./, '');
    if (host === 'wa.me') {
      const digits = url.parsed.path.replace(/^\//, '').split('/')[0] ?? '';
      if (/^\d{8,15}$/.test(digits)) found.push({ url, digits });
    } else if (host === 'api.whatsapp.com' || host === 'whatsapp.com') {
      const digits = (url.parsed.query.get('phone') ?? '').replace(/\D/g, '');
      if (digits.length >= 8 && digits.length <= 15) found.push({ url, digits });
    }
  }

  return found;
};
