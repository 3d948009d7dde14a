/**
 * Grouping scale (issue 6): template grouping of 1,000,000 generated fictitious ads — time and peak
 * memory — beside the time to only generate and tokenise them. Target under 5 minutes on this 2-core
 * machine (InfoShield reports about 4 million documents in 8 hours on a laptop).
 *
 *   node --import tsx bench/monitor-grouping-scale.ts     Env: BENCH_ADS (1000000), BENCH_PREVIOUS=1 (also
 *   group with the setting before issue 13's join confirmation, in the same run, as a baseline),
 *   BENCH_COMPARE (a JSON GroupingOptions, e.g. '{"bands":48,"repsPerBucket":6}': also group with it)
 *
 * Prints a table and writes bench/results/monitor-grouping-scale.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GroupingOptions, groupAds } from '../src/modules/monitor/grouping/group-ads.ts';
import { pairF1 } from '../src/modules/monitor/grouping/pair-f1.ts';
import { addTokens, createTokenStore } from '../src/modules/monitor/grouping/token-store.ts';
import { tokeniseAd } from '../src/modules/monitor/grouping/tokenise-ad.ts';
import { generateAds } from '../src/modules/monitor/testing/generate-corpus.ts';

const N = Number(process.env.BENCH_ADS ?? 1_000_000);
const ROOT = path.resolve(import.meta.dirname, '..');
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().rss);
};
const timer = setInterval(sample, 200);

const t0 = performance.now();
const store = createTokenStore(N);
// Ground truth as small integers, so a million labels stay cheap.
const truth = new Int32Array(N);
const groupNo = new Map<string, number>();
for (const ad of generateAds({ seed: 1_000_000, operators: Math.round(N * 0.05), singles: Math.round(N * 0.6), edits: 2, insertion: true })) {
  if (store.count >= N) break;
  let g = groupNo.get(ad.truth.groupId);
  if (g === undefined) {
    g = groupNo.size;
    groupNo.set(ad.truth.groupId, g);
  }
  truth[store.count] = g;
  addTokens(store, tokeniseAd(ad.text).masked);
}
groupNo.clear();
const prepareMs = performance.now() - t0;
sample();
const t1 = performance.now();
const cpu1 = process.cpuUsage();
const result = groupAds(store);
const groupMs = performance.now() - t1;
const cpu = process.cpuUsage(cpu1);
// On a shared machine wall time includes waiting for the CPU; CPU time is what grouping itself costs.
const groupCpuMs = (cpu.user + cpu.system) / 1000;
sample();
clearInterval(timer);
const f = pairF1(result.labels, truth.subarray(0, store.count));
// The setting before the join confirmation (32 bands, weighted order ≥ 0.55, every match joins).
let previous: { ms: number; cpuMs: number; f: ReturnType<typeof pairF1>; stats: typeof result.stats } | null = null;
if (process.env.BENCH_PREVIOUS === '1') {
  const t = performance.now();
  const c0 = process.cpuUsage();
  const r = groupAds(store, { bands: 32, weightedThreshold: 0.55, confirmations: 1, samples: 1 });
  const c = process.cpuUsage(c0);
  previous = { ms: performance.now() - t, cpuMs: (c.user + c.system) / 1000, f: pairF1(r.labels, truth.subarray(0, store.count)), stats: r.stats };
}
let compared: { setting: GroupingOptions; ms: number; cpuMs: number; f: ReturnType<typeof pairF1>; stats: typeof result.stats } | null = null;
if (process.env.BENCH_COMPARE) {
  const setting = JSON.parse(process.env.BENCH_COMPARE) as GroupingOptions;
  const t = performance.now();
  const c0 = process.cpuUsage();
  const r = groupAds(store, setting);
  const c = process.cpuUsage(c0);
  compared = { setting, ms: performance.now() - t, cpuMs: (c.user + c.system) / 1000, f: pairF1(r.labels, truth.subarray(0, store.count)), stats: r.stats };
}
const maxRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`Template grouping at scale: ${store.count} ads (2 edits + insertion per copy)`);
console.log('| step | seconds |\n|---|---:|');
console.log(`| generate + tokenise (baseline) | ${(prepareMs / 1000).toFixed(1)} |`);
console.log(`| group (MinHash-LSH + alignment), wall | ${(groupMs / 1000).toFixed(1)} |`);
console.log(`| group, CPU time of this process | ${(groupCpuMs / 1000).toFixed(1)} |`);
if (previous) console.log(`| group with the previous setting (baseline), wall / CPU | ${(previous.ms / 1000).toFixed(1)} / ${(previous.cpuMs / 1000).toFixed(1)} |`);
if (previous) console.log(`previous setting: pair P / R / F1 ${previous.f.precision.toFixed(3)} / ${previous.f.recall.toFixed(3)} / ${previous.f.f1.toFixed(3)}, candidate checks ${previous.stats.comparisons}, alignments ${previous.stats.alignments}`);
if (compared) {
  console.log(`| group with ${JSON.stringify(compared.setting)}, wall / CPU | ${(compared.ms / 1000).toFixed(1)} / ${(compared.cpuMs / 1000).toFixed(1)} |`);
  console.log(`${JSON.stringify(compared.setting)}: pair P / R / F1 ${compared.f.precision.toFixed(3)} / ${compared.f.recall.toFixed(3)} / ${compared.f.f1.toFixed(3)}, candidate checks ${compared.stats.comparisons}, alignments ${compared.stats.alignments}`);
}
console.log(`groups ${result.stats.groups}, grouped ads ${result.stats.groupedAds}, candidate checks ${result.stats.comparisons}, alignments ${result.stats.alignments}`);
console.log(`pair precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}, F1 ${f.f1.toFixed(3)}`);
console.log(`peak memory: maxRSS ${maxRssMb.toFixed(0)} MB (sampled RSS ${(peakHeap / 1048576).toFixed(0)} MB); goal < 60 s for grouping (issue 13): wall ${groupMs < 60_000 ? 'met' : 'NOT met'}, CPU ${groupCpuMs < 60_000 ? 'met' : 'NOT met'}`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/monitor-grouping-scale.json'),
  `${JSON.stringify({ ads: store.count, prepareMs, groupMs, groupCpuMs, maxRssMb, sampledPeakRssMb: peakHeap / 1048576, stats: result.stats, pairF1: f, previous, loadAverage: os.loadavg(), node: process.version, at: new Date().toISOString() }, null, 2)}\n`,
);
