import { hashToken } from './hash.ts';

/**
 * The masked tokens of many ads as 32-bit hashes in one growing buffer (a million ads fit in about
 * 200 MB instead of millions of small arrays).
 */
export type TokenStore = { hashes: Uint32Array; offsets: Uint32Array; count: number; used: number };

/** Alignment and shingling look at the first 400 tokens of an ad; longer ads are rare and costly. */
export const MAX_TOKENS = 400;

export const createTokenStore = (expectedDocs = 1024): TokenStore => ({
  hashes: new Uint32Array(expectedDocs * 48),
  offsets: new Uint32Array(expectedDocs + 1),
  count: 0,
  used: 0,
});

const grow = <T extends Uint32Array>(a: T, need: number): Uint32Array => {
  if (need <= a.length) return a;
  const next = new Uint32Array(Math.max(need, Math.ceil(a.length * 1.5)));
  next.set(a);

  return next;
};

export const addTokens = (store: TokenStore, masked: readonly string[]): number => {
  const n = Math.min(masked.length, MAX_TOKENS);
  store.hashes = grow(store.hashes, store.used + n);
  store.offsets = grow(store.offsets, store.count + 2);
  for (let i = 0; i < n; i++) store.hashes[store.used + i] = hashToken(masked[i] as string);
  store.used += n;
  store.count += 1;
  store.offsets[store.count] = store.used;

  return store.count - 1;
};

export const docTokens = (store: TokenStore, doc: number): Uint32Array =>
  store.hashes.subarray(store.offsets[doc] as number, store.offsets[doc + 1] as number);
