/**
 * Near-identical account handles (issue 5 point 4: "near-identical handles" as a reason for a
 * suggestion). Pure functions, no database. Only ever a reason to look, never a reason to merge.
 */

/** Skeletons shorter than this say too little ("jo1" and "jo2" are not a lead). */
export const MIN_SKELETON = 4;
/** One typo is telling only in a handle this long or longer. */
export const MIN_EDIT_LENGTH = 5;

/** The handle part of an account key `platform:handle`. */
export const handleOf = (key: string): string => key.slice(key.indexOf(':') + 1);
export const platformOf = (key: string): string => key.slice(0, key.indexOf(':'));

/** Lower-case, without `.` `_` `-`, without trailing digits: "Kevin_010" and "kevin.0" are both "kevin". */
export const handleSkeleton = (handle: string): string =>
  handle
    .toLowerCase()
    .replace(/[._-]/g, '')
    .replace(/\d+$/, '');

/** True when b is a with exactly one letter added, removed or changed. O(n), no matrix. */
export const oneEditApart = (a: string, b: string): boolean => {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  // Same length: the rest after one changed letter must match; else after one extra letter in `long`.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
};

export type HandleLikeness = 'skeleton' | 'one_edit';

/**
 * Why two account keys look alike, or null. Same platform only; the same key is not "alike" (that is
 * an exact match, found by the index itself).
 */
export const handleLikeness = (a: string, b: string): HandleLikeness | null => {
  if (a === b || platformOf(a) !== platformOf(b)) return null;
  const ha = handleOf(a);
  const hb = handleOf(b);
  const sa = handleSkeleton(ha);
  if (sa.length >= MIN_SKELETON && sa === handleSkeleton(hb)) return 'skeleton';
  if (Math.min(ha.length, hb.length) >= MIN_EDIT_LENGTH && oneEditApart(ha, hb)) return 'one_edit';

  return null;
};

/**
 * The key prefixes to look up for one account key: candidates are read from the (kind, key) index
 * by range, never by scanning all accounts. A look-alike shares its first two letters, or its first
 * letter followed by `.` `_` or `-`. Not found: a handle that differs in its first two letters.
 */
export const candidatePrefixes = (key: string): string[] => {
  const platform = platformOf(key);
  const handle = handleOf(key);
  const skeleton = handle.toLowerCase().replace(/[._-]/g, '');
  const first = skeleton.slice(0, 1);
  if (!first) return [];
  const prefixes = new Set([handle.slice(0, 2), skeleton.slice(0, 2), `${first}.`, `${first}_`, `${first}-`]);

  return [...prefixes].filter((p) => p.length === 2).map((p) => `${platform}:${p}`);
};
