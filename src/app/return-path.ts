/** Longest return path kept; a longer one falls back. Fits an identifier page with a 300-character key, encoded. */
export const RETURN_PATH_MAX = 4096;

// Anything but printable ASCII: controls, spaces, DEL and every non-ASCII character (a Location
// header holds only these; a browser drops a tab or newline and may land on another host).
const UNSAFE_RAW = /[^\x21-\x7e]/;
// After percent-decoding: controls, any kind of space (also Unicode spaces and separators), invisible
// format characters, and the backslash that some browsers read as a slash.
const UNSAFE_DECODED = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

/**
 * The one check for every return address a request carries (`terug`, `next`): a path on this site
 * that starts with one `/` (not `//`, not `/\`), with no backslash, control or space character —
 * also not after percent-decoding. Anything else gives `fallback` (the start page), never an error.
 */
export const safeReturnPath = (value: unknown, fallback = '/'): string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > RETURN_PATH_MAX) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || UNSAFE_RAW.test(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (!decoded.startsWith('/') || decoded.startsWith('//') || UNSAFE_DECODED.test(decoded)) return fallback;

  return value;
};
