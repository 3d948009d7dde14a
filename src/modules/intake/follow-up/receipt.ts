import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * The reporter's receipt (bewijscode): a public report number of 8 digits plus a secret of 25 random
 * digits (log2(10^25) ≈ 83 bits, above the 80 the audit of GlobaLeaks recommends). Only digits, so it
 * can be typed on a phone's number pad; separators are ignored when it is read back. Only an Argon2id
 * hash of the secret is stored; the salt is random per hash, so per report.
 */
export const NUMBER_DIGITS = 8;
export const SECRET_DIGITS = 25;

// Argon2id at the OWASP minimum (19 MiB, 2 passes), like staff passwords. A slow hash protects
// secrets people choose; this one is 83 random bits, so an offline guess is hopeless at any cost
// setting, while a heavier setting (64 MiB, 3 passes was tried) made a burst of 200 reports wait
// minutes for the four hashing threads on a small server (see bench/intake-burst.ts).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const digits = (n: number): string => Array.from({ length: n }, () => String(randomInt(10))).join('');

/** A report number never starts with 0, so it reads as a number. */
export const newReportNumber = (): string => `${randomInt(1, 10)}${digits(NUMBER_DIGITS - 1)}`;

export const newReceiptSecret = (): string => digits(SECRET_DIGITS);

/** "12345678-12345-12345-12345-12345-12345": the number, then the secret in groups of five. */
export const formatReceipt = (number: string, secret: string): string => [number, ...(secret.match(/.{1,5}/g) ?? [])].join('-');

/** Reads what a person typed: any spaces, dashes or dots are fine. Null when it cannot be a receipt. */
export const parseReceipt = (typed: string): { number: string; secret: string } | null => {
  if (typed.length > 200) return null;
  const only = typed.replace(/[\s.\-–—_/]/g, '');
  if (!/^[0-9]+$/.test(only) || only.length !== NUMBER_DIGITS + SECRET_DIGITS) return null;

  return { number: only.slice(0, NUMBER_DIGITS), secret: only.slice(NUMBER_DIGITS) };
};

export const hashReceiptSecret = (secret: string): Promise<string> => hash(secret, OPTIONS);

export const verifyReceiptSecret = async (stored: string, secret: string): Promise<boolean> => {
  try {
    return await verify(stored, secret);
  } catch {
    return false;
  }
};

/** A hash that never matches, verified when the number is unknown so timing does not tell. */
let dummy: Promise<string> | undefined;
export const burnReceiptCheck = async (secret: string): Promise<void> => {
  dummy ??= hashReceiptSecret(newReceiptSecret());
  await verifyReceiptSecret(await dummy, secret);
};
