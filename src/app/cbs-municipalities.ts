import { CBS_MUNICIPALITIES } from './cbs-municipalities-data.ts';

import { UNKNOWN_PLACE } from './figures.ts';

/**
 * CBS municipality codes and names for every module (reports, dossiers and ads map their place to a
 * municipality here). Shared in src/app because every module needs it and none should own it.
 */
export const UNKNOWN_MUNICIPALITY = UNKNOWN_PLACE;

/** Case, diacritics, spaces, hyphens, apostrophes and dots do not matter ("'s-Gravenhage" = "s gravenhage"). */
const keyOf = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const NAMES: ReadonlyMap<string, string> = new Map(CBS_MUNICIPALITIES.map(([code, name]) => [code, name]));

const BY_PLACE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, name, ...places] of CBS_MUNICIPALITIES) {
    for (const n of [name, ...places]) if (!map.has(keyOf(n))) map.set(keyOf(n), code);
  }

  return map;
})();

export const CBS_CODE = /^GM[0-9]{4}$/;

export const isMunicipalityCode = (value: string): boolean => NAMES.has(value);

/** The name for a code; "onbekend" for the unknown bucket; the code itself for a code not on our list. */
export const municipalityName = (code: string): string => (code === UNKNOWN_MUNICIPALITY ? 'Onbekend' : (NAMES.get(code) ?? code));

/**
 * The CBS code of a place written as a whole name ("Den Haag", "hoofddorp"), or null. Only exact
 * names on the list count: "ergens bij Utrecht" is not guessed to be Utrecht.
 */
export const municipalityCodeOfPlace = (place: string | null | undefined): string | null => {
  if (!place || place.length > 100) return null;

  return BY_PLACE.get(keyOf(place)) ?? null;
};

/** Every municipality, by name, for a choice list. */
export const MUNICIPALITY_OPTIONS: readonly { code: string; name: string }[] = [...CBS_MUNICIPALITIES]
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
