import type { CrossAdFacts } from './score-ad.ts';

export type AdFacts = { phones: string[]; name: string | null; city: string | null; postedAt: Date };

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The most ads with this phone inside any 7-day window (sliding window over sorted times). */
const maxPerWeek = (times: number[]): number => {
  times.sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] as number) - (times[start] as number) >= WEEK_MS) start++;
    best = Math.max(best, end - start + 1);
  }

  return best;
};

/** Per phone: how many distinct names and cities its ads use, and its busiest week. */
export const computeCrossAdFacts = (ads: Iterable<AdFacts>): Map<string, CrossAdFacts> => {
  const acc = new Map<string, { names: Set<string>; cities: Set<string>; times: number[] }>();
  for (const ad of ads) {
    for (const phone of ad.phones) {
      let a = acc.get(phone);
      if (!a) {
        a = { names: new Set(), cities: new Set(), times: [] };
        acc.set(phone, a);
      }
      if (ad.name) a.names.add(ad.name.trim().toLowerCase());
      if (ad.city) a.cities.add(ad.city.trim().toLowerCase());
      a.times.push(ad.postedAt.getTime());
    }
  }
  const out = new Map<string, CrossAdFacts>();
  for (const [phone, a] of acc) out.set(phone, { names: a.names.size, cities: a.cities.size, maxAdsPerWeek: maxPerWeek(a.times) });

  return out;
};

/** The facts for the phones of one ad. */
export const factsForPhones = (all: Map<string, CrossAdFacts>, phones: string[]): Map<string, CrossAdFacts> => {
  const out = new Map<string, CrossAdFacts>();
  for (const p of phones) {
    const f = all.get(p);
    if (f) out.set(p, f);
  }

  return out;
};
