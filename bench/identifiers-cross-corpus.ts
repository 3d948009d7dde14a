/**
 * The shared phone extractor on a corpus it was not written against: the monitor's generated ads
 * (src/modules/monitor/testing/), whose ground truth is the phone number of each ad. Prints recall and
 * precision for phones overall and per writing style, checks that every hit's position lies inside the
 * written number, and lists samples of what was missed or wrongly found.
 *
 *   npx tsx bench/identifiers-cross-corpus.ts [--count 5000] [--seed 2026]
 *
 * Writes bench/results/identifiers-cross-corpus.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractIdentifiers } from '../src/modules/identifiers/extraction/extract-identifiers.ts';
import { isObfuscatedPhone } from '../src/modules/identifiers/extraction/phone-obfuscation.ts';
import { generateAds } from '../src/modules/monitor/testing/generate-corpus.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 5000);
const SEED = arg('seed', 2026);

type Score = { tp: number; fp: number; fn: number; misplaced: number };
const compact = (s: string) => s.replace(/\s+/g, '');
const rate = (a: number, b: number) => (a + b === 0 ? 1 : Number((a / (a + b)).toFixed(4)));

const main = () => {
  const total: Score = { tp: 0, fp: 0, fn: 0, misplaced: 0 };
  const byStyle = new Map<string, Score>();
  const missed: string[] = [];
  const falses: string[] = [];
  const missedPerStyle = new Map<string, number>();
  const wrongFlags: string[] = [];
  let flagged = 0;
  let ads = 0;
  const t0 = performance.now();
  for (const ad of generateAds({ seed: SEED, operators: Math.round(COUNT * 0.08), singles: Math.round(COUNT * 0.5), edits: 2, insertion: true })) {
    if (ads >= COUNT) break;
    ads += 1;
    const style = ad.truth.phoneStyle;
    const s = byStyle.get(style) ?? { tp: 0, fp: 0, fn: 0, misplaced: 0 };
    byStyle.set(style, s);
    const phones = extractIdentifiers(ad.text).filter((h) => h.kind === 'phone');
    // The hit's positions must point at the written number in the original text. (The generator
    // glues " ." to the word before it, so compare without white space.)
    const written = compact(ad.phone);
    const open = new Set(ad.truth.phonesE164);
    for (const hit of phones) {
      if (open.has(hit.key)) {
        open.delete(hit.key);
        s.tp += 1;
        total.tp += 1;
        // The monitor's indicator "number written to evade filters" must agree with the generator.
        flagged += 1;
        if (isObfuscatedPhone(hit.raw) !== ad.truth.obfuscatedPhone) wrongFlags.push(`${style}: ${JSON.stringify(hit.raw)}`);
        if (ad.text.slice(hit.start, hit.end) !== hit.raw || !written.includes(compact(hit.raw))) {
          s.misplaced += 1;
          total.misplaced += 1;
        }
      } else {
        s.fp += 1;
        total.fp += 1;
        if (falses.length < 20) falses.push(`${style}: ${hit.key} ← ${JSON.stringify(hit.raw)} (written ${JSON.stringify(ad.phone)})`);
      }
    }
    for (const key of open) {
      s.fn += 1;
      total.fn += 1;
      const samples = missedPerStyle.get(style) ?? 0;
      missedPerStyle.set(style, samples + 1);
      if (samples < 6) missed.push(`${style}: ${key} written ${JSON.stringify(ad.phone)}`);
    }
  }
  const ms = performance.now() - t0;
  const styles = Object.fromEntries(
    [...byStyle.entries()].sort().map(([style, s]) => [style, { ...s, recall: rate(s.tp, s.fn), precision: rate(s.tp, s.fp) }]),
  );
  const obfuscated = ['spelled-nl', 'spelled-en', 'homoglyph', 'junk'].map((k) => byStyle.get(k) ?? { tp: 0, fp: 0, fn: 0, misplaced: 0 });
  const obf = obfuscated.reduce((a, s) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn }), { tp: 0, fn: 0 });
  const result = {
    benchmark: 'identifiers-cross-corpus',
    at: new Date().toISOString(),
    node: process.version,
    corpus: { generator: 'src/modules/monitor/testing/generate-corpus.ts', ads, seed: SEED },
    phone: { ...total, recall: rate(total.tp, total.fn), precision: rate(total.tp, total.fp) },
    obfuscatedPhones: { planted: obf.tp + obf.fn, missed: obf.fn, recall: rate(obf.tp, obf.fn) },
    obfuscationFlag: { judged: flagged, wrong: wrongFlags.length, samples: wrongFlags.slice(0, 10) },
    byStyle: styles,
    extractMs: Number(ms.toFixed(0)),
    sampleMissed: missed,
    sampleFalsePositives: falses,
  };
  console.log(`Shared extractor on ${ads} monitor ads (seed ${SEED}), ${ms.toFixed(0)} ms`);
  console.log(`phones: tp ${total.tp} fp ${total.fp} fn ${total.fn} misplaced ${total.misplaced}  recall ${result.phone.recall}  precision ${result.phone.precision}`);
  console.log(`obfuscated phones: ${obf.fn} of ${obf.tp + obf.fn} missed (recall ${result.obfuscatedPhones.recall})`);
  console.log(`isObfuscatedPhone disagrees with the generator on ${wrongFlags.length} of ${flagged} found phones`);
  for (const w of wrongFlags.slice(0, 10)) console.log('  wrong flag:', w);
  console.log('style          tp    fp    fn  recall  precision');
  for (const [style, s] of Object.entries(styles)) {
    console.log(`${style.padEnd(12)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}  ${s.recall.toFixed(4)}  ${s.precision.toFixed(4)}`);
  }
  for (const m of missed) console.log('  missed:', m);
  for (const f of falses) console.log('  false positive:', f);
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(path.join(import.meta.dirname, 'results', 'identifiers-cross-corpus.json'), `${JSON.stringify(result, null, 2)}\n`);
};

main();
