import type { EvalAd, EvalTruth } from '../eval/evaluate-monitor.ts';
import { generateAds, type SyntheticAd } from './generate-corpus.ts';
import { generatePooledAds } from './generate-pooled-corpus.ts';
import { generateReuseAds } from './generate-reuse-corpus.ts';
import { generateShortAds } from './generate-short-corpus.ts';

/**
 * The four differently built corpora the monitor is measured on (issue 13), under one signature:
 * about `ads` ads, `edits` word edits and an inserted phrase or sentence per copy.
 * words: generate-corpus.ts (word lists and sentence frames; the one the grouper was first written against);
 * pooled: templates assembled from a shared sentence pool, stock phrases, interrupted phone numbers;
 * short: 20–40 words, mostly stock phrases everyone uses;
 * reuse: written after the grouping setting was chosen (not tuned on): ordinary Dutch words, a small pool
 *   of popular sentences, templates often made of pool sentences only, synonym / swap / drop / double edits.
 */
export const CORPORA = {
  words: (ads: number, edits: number, seed: number) =>
    generateAds({ seed, operators: Math.round(ads * 0.05), singles: Math.round(ads * 0.5), edits, insertion: edits > 0 }),
  pooled: (ads: number, edits: number, seed: number) => generatePooledAds({ seed, ads, edits, insertion: edits > 0 }),
  short: (ads: number, edits: number, seed: number) => generateShortAds({ seed, ads, edits, insertion: edits > 0 }),
  reuse: (ads: number, edits: number, seed: number) => generateReuseAds({ seed, ads, edits, insertion: edits > 0 }),
} as const satisfies Record<string, (ads: number, edits: number, seed: number) => Iterable<SyntheticAd>>;

export type CorpusName = keyof typeof CORPORA;
export const CORPUS_NAMES = Object.keys(CORPORA) as CorpusName[];

/** A generated ad in the evaluation's file format (the same as `vangnet monitor-eval` reads). */
export const toEval = (ad: SyntheticAd): { ad: EvalAd; truth: EvalTruth } => ({
  ad: { id: ad.id, title: ad.title, text: ad.text },
  truth: {
    id: ad.id,
    group: ad.truth.groupId,
    operator: ad.truth.operatorId,
    phones: ad.truth.phonesE164,
    obfuscated: ad.truth.obfuscatedPhone,
    phoneStyle: ad.truth.phoneStyle,
    cues: ad.truth.planted,
  },
});
