import { DUTCH_PLACES } from './dutch-places.ts';

/** Case, diacritics, spaces, hyphens, apostrophes and dots do not matter: "'s-Gravenhage" → "sgravenhage". */
const keyOf = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const INDEX: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, ...variants] of DUTCH_PLACES) {
    for (const name of [canonical, ...variants]) {
      const key = keyOf(name);
      // On a clash the first (larger) place wins.
      if (key && !map.has(key)) map.set(key, canonical);
    }
  }
  return map;
})();

/** Words around a place name that say nothing about which place it is. */
const AROUND = /^(?:omgeving|regio|rondom|rond|nabij|bij|in|centrum|near|area|stad|city|gemeente|provincie)\s+|\s+(?:centrum|center|centre|e\.?o\.?|en omgeving|omgeving|en omstreken|regio|stad|city|area|noord|zuid|oost|west|nl|nederland)$/i;

const lookup = (s: string): string | null => INDEX.get(keyOf(s)) ?? null;

/**
 * The place of an ad as one spelling ("A'dam", "adam", "020", "Amsterdam-Noord", "omgeving Amsterdam"
 * → "Amsterdam"; "Den Bosch" → "'s-Hertogenbosch"), or null when it is not a place on the list (the
 * raw place is kept as it was). Tried in order: the whole text; without surrounding words such as
 * "centrum", "regio", "omgeving", "Noord"; the part before a comma, slash or bracket; the first word.
 */
export const normalisePlace = (raw: string | null | undefined): string | null => {
  if (!raw) return null;
  const text = raw.replace(/[\u2018\u2019`´]/g, "'").replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 100) return null;
  const direct = lookup(text);
  if (direct) return direct;
  for (const part of text.split(/\s*[,/(|;]\s*|\s+-\s+/)) {
    let s = part.replace(/[)?!.:]+$/g, '').trim();
    for (let i = 0; i < 3; i++) s = s.replace(AROUND, '').trim();
    const hit = lookup(s) ?? lookup(s.replace(/-(?:noord|zuid|oost|west|centrum)$/i, ''));
    if (hit) return hit;
    const first = s.split(/[\s-]+/)[0] ?? '';
    // The first word alone only when it is a name by itself ("Utrecht Overvecht"), never "Den" or "Bergen op …".
    if (first.length >= 4 && first !== s) {
      const byFirst = lookup(first);
      if (byFirst && keyOf(byFirst) === keyOf(first)) return byFirst;
    }
    // Only the first part counts: "Amsterdam / Utrecht" is Amsterdam, and a later part is often a province.
    break;
  }
  return null;
};
