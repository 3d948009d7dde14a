import type { FoundPhone } from '../crawler/extract-ad-identifiers.ts';
import type { Indicator, Lexicon } from './lexicon.ts';

export type FiredIndicator = {
  id: string;
  label: { nl: string; en: string };
  /** The weight that counted: 0 for shown-only indicators. */
  weight: number;
  /** What fired, as it appears in the ad (or the fact, for derived and cross-ad indicators). */
  matches: string[];
  shownOnly: boolean;
};

export type AdScore = { lexiconVersion: string; total: number; fired: FiredIndicator[] };

/** Per phone of this ad, facts gathered over all ads (see cross-ad-facts.ts). */
export type CrossAdFacts = { names: number; cities: number; maxAdsPerWeek: number };

export type ScoreInput = { title: string; text: string; phones: FoundPhone[]; crossAd?: Map<string, CrossAdFacts> };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');

type Compiled = { indicator: Indicator; re: RegExp | null };

const compileCache = new WeakMap<Lexicon, Compiled[]>();

// One alternation per indicator, longest phrase first, so "net 18 geworden" wins over "net 18".
const compile = (lexicon: Lexicon): Compiled[] => {
  const cached = compileCache.get(lexicon);
  if (cached) return cached;
  const compiled = lexicon.indicators.map((indicator) => {
    if (indicator.patterns.length === 0 || indicator.kind === 'derived' || indicator.kind === 'cross-ad') return { indicator, re: null };
    const alternation = [...indicator.patterns].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    const re = indicator.kind === 'emoji' ? new RegExp(alternation, 'gu') : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
    return { indicator, re };
  });
  compileCache.set(lexicon, compiled);

  return compiled;
};

const crossAdMatches = (indicator: Indicator, facts: Map<string, CrossAdFacts> | undefined): string[] => {
  if (!facts) return [];
  const threshold = indicator.threshold ?? 3;
  const out: string[] = [];
  for (const [phone, f] of facts) {
    if (indicator.id === 'phone-many-names' && f.names >= threshold) out.push(`${phone}: ${f.names} namen`);
    if (indicator.id === 'phone-many-cities' && f.cities >= threshold) out.push(`${phone}: ${f.cities} steden`);
    if (indicator.id === 'phone-many-ads-week' && f.maxAdsPerWeek >= threshold) out.push(`${phone}: ${f.maxAdsPerWeek} advertenties in 7 dagen`);
  }

  return out;
};

/**
 * Scores one ad: every indicator that fired, with what matched and its weight. The total is the sum
 * of the weights of scored indicators; nothing else goes into it.
 */
export const scoreAd = (input: ScoreInput, lexicon: Lexicon): AdScore => {
  const haystack = `${input.title}\n${input.text}`.slice(0, 50_000);
  const fired: FiredIndicator[] = [];
  for (const { indicator, re } of compile(lexicon)) {
    let matches: string[] = [];
    if (re) {
      matches = [...haystack.matchAll(re)].map((m) => m[0]).slice(0, 20);
      if (indicator.kind === 'pronoun' && matches.length < (indicator.minMatches ?? 1)) matches = [];
    } else if (indicator.kind === 'derived' && indicator.id === 'obscured-phone') {
      matches = input.phones.filter((p) => p.obfuscated).map((p) => `${p.text.trim()} → ${p.e164}`);
    } else if (indicator.kind === 'cross-ad') {
      matches = crossAdMatches(indicator, input.crossAd);
    }
    if (matches.length === 0) continue;
    const shownOnly = indicator.shownOnly === true;
    fired.push({ id: indicator.id, label: indicator.label, weight: shownOnly ? 0 : indicator.weight, matches, shownOnly });
  }
  const total = Math.round(fired.reduce((sum, f) => sum + f.weight, 0) * 100) / 100;

  return { lexiconVersion: lexicon.version, total, fired };
};

/**
 * The same score as `scoreAd` with these cross-ad facts, made from a score of the ad's same content
 * with the same lexicon version (the one stored with the ad): the text and phone indicators cannot
 * have changed, so only the cross-ad indicators are computed again. Regrouping uses it so it need not
 * read every ad's text and phones a second time (issue 13). Order and total as scoreAd's.
 */
export const rescoreCrossAd = (stored: AdScore, crossAd: Map<string, CrossAdFacts> | undefined, lexicon: Lexicon): AdScore => {
  const kept = new Map(stored.fired.map((f) => [f.id, f]));
  const fired: FiredIndicator[] = [];
  for (const { indicator } of compile(lexicon)) {
    if (indicator.kind !== 'cross-ad') {
      const f = kept.get(indicator.id);
      if (f) fired.push(f);
      continue;
    }
    const matches = crossAdMatches(indicator, crossAd);
    if (matches.length === 0) continue;
    const shownOnly = indicator.shownOnly === true;
    fired.push({ id: indicator.id, label: indicator.label, weight: shownOnly ? 0 : indicator.weight, matches, shownOnly });
  }
  const total = Math.round(fired.reduce((sum, f) => sum + f.weight, 0) * 100) / 100;

  return { lexiconVersion: lexicon.version, total, fired };
};
