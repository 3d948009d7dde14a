import { findAdPhones } from '../crawler/extract-ad-identifiers.ts';
import { type GroupingOptions, groupAds } from '../grouping/group-ads.ts';
import { joinOperators } from '../grouping/join-operators.ts';
import { pairF1 } from '../grouping/pair-f1.ts';
import { addTokens, createTokenStore } from '../grouping/token-store.ts';
import { tokeniseAd } from '../grouping/tokenise-ad.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { LEXICON_V1 } from '../indicators/lexicon-v1.ts';
import { scoreAd } from '../indicators/score-ad.ts';
import { groupByMinHash } from './minhash-baseline.ts';

/** One ad as the monitor sees it. */
export type EvalAd = { id: string; title?: string; text: string };

/**
 * What is known about an ad (ground truth; every field optional): its template group, its operator,
 * its phone numbers (E.164), whether they were written to evade filters, how (any label, for the
 * breakdown), and which indicator ids its text should fire.
 */
export type EvalTruth = { id: string; group?: string; operator?: string; phones?: string[]; obfuscated?: boolean; phoneStyle?: string; cues?: string[] };

export type PairFigures = { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number };
export type RateFigures = { recall: number; precision: number; expected: number; found: number; correct: number };

export type EvalReport = {
  ads: number;
  templates?: { vangnet: PairFigures; baseline: PairFigures; ms: { vangnet: number; baseline: number } };
  operators?: PairFigures;
  phones?: RateFigures & { byStyle: Record<string, RateFigures>; obfuscatedFlag: { correct: number; of: number } };
  cues?: { recall: number; planted: number; fired: number; falsePositiveAds: number; adsWithoutCues: number; byCue: Record<string, { planted: number; fired: number }> };
};

/** Indicators read from the ad text itself (the ones a cue in the ground truth can name). */
const TEXT_KINDS = new Set(['phrase', 'emoji', 'pronoun']);

const pairs = (f: ReturnType<typeof pairF1>): PairFigures => ({ precision: f.precision, recall: f.recall, f1: f.f1, truePairs: f.truePairs, predictedPairs: f.predictedPairs });

const rate = (expected: number, found: number, correct: number): RateFigures => ({
  recall: expected === 0 ? 1 : correct / expected,
  precision: found === 0 ? 1 : correct / found,
  expected,
  found,
  correct,
});

/**
 * Runs the monitor's own steps (tokenising, template grouping, phone extraction, operator join,
 * scoring) over labelled ads and compares with the truth; the plain MinHash baseline runs on the
 * same texts in the same call. Used by bench/monitor-cross-corpus.ts and `vangnet monitor-eval`, so
 * both give the same figures for the same ads.
 */
export const evaluateMonitor = (ads: readonly EvalAd[], truthList: readonly EvalTruth[], options: { grouping?: GroupingOptions; lexicon?: Lexicon } = {}): EvalReport => {
  const truth = new Map(truthList.map((t) => [t.id, t]));
  const of = (ad: EvalAd) => truth.get(ad.id);
  const report: EvalReport = { ads: ads.length };
  const phonesOf = ads.map((ad) => findAdPhones(`${ad.title ?? ''}\n${ad.text}`));

  const withGroup = ads.some((ad) => of(ad)?.group !== undefined);
  let labels: Int32Array | null = null;
  if (withGroup) {
    const t0 = performance.now();
    const store = createTokenStore(ads.length);
    for (const ad of ads) addTokens(store, tokeniseAd(ad.text).masked);
    labels = groupAds(store, options.grouping).labels;
    const t1 = performance.now();
    const baseline = groupByMinHash(ads.map((ad) => ad.text));
    const t2 = performance.now();
    // An ad without a group in the truth is its own template.
    const truthGroups = ads.map((ad) => of(ad)?.group ?? `__own:${ad.id}`);
    report.templates = { vangnet: pairs(pairF1(labels, truthGroups)), baseline: pairs(pairF1(baseline, truthGroups)), ms: { vangnet: t1 - t0, baseline: t2 - t1 } };
  }

  if (labels && ads.some((ad) => of(ad)?.operator !== undefined)) {
    const members = new Map<number, number[]>();
    labels.forEach((root, i) => {
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
    });
    // As regroupAds does: only groups of two or more ads get an operator key; groups sharing a phone share it.
    const multi = [...members.values()].filter((m) => m.length > 1);
    const operators = joinOperators(multi.map((m) => ({ key: String(m[0]), identifiers: [...new Set(m.flatMap((i) => (phonesOf[i] ?? []).map((p) => p.e164)))] })));
    const predicted = ads.map((_, i) => {
      const root = labels?.[i] as number;
      const group = members.get(root) as number[];
      return group.length > 1 ? (operators.get(String(group[0])) ?? `g${root}`) : `ad${i}`;
    });
    report.operators = pairs(pairF1(predicted, ads.map((ad) => of(ad)?.operator ?? `__own:${ad.id}`)));
  }

  if (ads.some((ad) => of(ad)?.phones !== undefined)) {
    let expected = 0;
    let found = 0;
    let correct = 0;
    const byStyle: Record<string, { expected: number; found: number; correct: number }> = {};
    const flag = { correct: 0, of: 0 };
    ads.forEach((ad, i) => {
      const t = of(ad);
      if (!t?.phones) return;
      const got = phonesOf[i] ?? [];
      const want = new Set(t.phones);
      const hits = got.filter((p) => want.has(p.e164));
      const style = t.phoneStyle ?? 'all';
      const s = byStyle[style] ?? { expected: 0, found: 0, correct: 0 };
      byStyle[style] = s;
      expected += want.size;
      found += got.length;
      correct += hits.length;
      s.expected += want.size;
      s.found += got.length;
      s.correct += hits.length;
      if (t.obfuscated !== undefined && hits.length > 0) {
        flag.of += 1;
        if (hits.some((p) => p.obfuscated) === t.obfuscated) flag.correct += 1;
      }
    });
    report.phones = {
      ...rate(expected, found, correct),
      byStyle: Object.fromEntries(Object.entries(byStyle).map(([k, v]) => [k, rate(v.expected, v.found, v.correct)])),
      obfuscatedFlag: flag,
    };
  }

  if (ads.some((ad) => of(ad)?.cues !== undefined)) {
    const lexicon = options.lexicon ?? LEXICON_V1;
    const textIds = new Set(lexicon.indicators.filter((i) => TEXT_KINDS.has(i.kind)).map((i) => i.id));
    let planted = 0;
    let fired = 0;
    let falsePositiveAds = 0;
    let adsWithoutCues = 0;
    const byCue: Record<string, { planted: number; fired: number }> = {};
    ads.forEach((ad, i) => {
      const t = of(ad);
      if (!t?.cues) return;
      const score = scoreAd({ title: ad.title ?? '', text: ad.text, phones: phonesOf[i] ?? [] }, lexicon);
      const firedIds = new Set(score.fired.map((f) => f.id).filter((id) => textIds.has(id)));
      const want = new Set(t.cues.filter((c) => textIds.has(c)));
      for (const c of want) {
        const b = byCue[c] ?? { planted: 0, fired: 0 };
        byCue[c] = b;
        b.planted += 1;
        planted += 1;
        if (firedIds.has(c)) {
          b.fired += 1;
          fired += 1;
        }
      }
      if (want.size === 0) {
        adsWithoutCues += 1;
        if (firedIds.size > 0) falsePositiveAds += 1;
      }
    });
    report.cues = { recall: planted === 0 ? 1 : fired / planted, planted, fired, falsePositiveAds, adsWithoutCues, byCue };
  }

  return report;
};
