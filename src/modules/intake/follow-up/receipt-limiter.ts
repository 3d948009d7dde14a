import { createHash } from 'node:crypto';

/**
 * Growing delays for receipt checks, in memory only (hard rule 2: nothing about who asked is
 * written anywhere). Two counters: per report number (someone guessing one report's secret) and per
 * connection (someone guessing across reports). After 3 failures each further try must wait
 * 2, 4, 8 … seconds, capped at 5 minutes, so the real reporter is never locked out for longer than
 * that; a success clears the number's counter, and counters are forgotten after 30 quiet minutes.
 */
const FREE_TRIES = 3;
const MAX_DELAY_MS = 5 * 60 * 1000;
const FORGET_MS = 30 * 60 * 1000;
const MAX_ENTRIES = 100_000;

type Entry = { failures: number; last: number; nextAllowed: number };

const entries = new Map<string, Entry>();

// The connection key is hashed even in memory, so a heap dump holds no plain IP addresses.
const key = (kind: 'n' | 'c', value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;

const get = (k: string, now: number): Entry | null => {
  const e = entries.get(k);
  if (!e) return null;
  if (now - e.last > FORGET_MS) {
    entries.delete(k);
    return null;
  }

  return e;
};

export const delayFor = (failures: number): number => (failures < FREE_TRIES ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_TRIES + 1)));

/** Milliseconds to wait before this check may run; 0 when it may run now. */
export const receiptWait = (number: string, connection: string, now = Date.now()): number => {
  const waits = [get(key('n', number), now), get(key('c', connection), now)].map((e) => (e ? Math.max(0, e.nextAllowed - now) : 0));

  return Math.max(...waits);
};

export const receiptFailed = (number: string, connection: string, now = Date.now()) => {
  if (entries.size > MAX_ENTRIES) entries.clear();
  for (const k of [key('n', number), key('c', connection)]) {
    const e = get(k, now) ?? { failures: 0, last: now, nextAllowed: now };
    e.failures += 1;
    e.last = now;
    e.nextAllowed = now + delayFor(e.failures);
    entries.set(k, e);
  }
};

export const receiptSucceeded = (number: string) => {
  entries.delete(key('n', number));
};

/** Tests only. */
export const resetReceiptLimiter = () => entries.clear();
