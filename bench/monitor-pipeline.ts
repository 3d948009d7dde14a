/**
 * Monitor pipeline figures (issue 6): parse, extract, score and index 10,000 fictitious ads (a Dutch
 * day's volume), beside the time to only read and tokenise the same pages, measured in the same run.
 * The index here is in memory (a Map from phone to ads, plus the grouping token store and the
 * grouping itself); the crawler writes the same data to PostgreSQL, which this figure does not include.
 *
 *   node --import tsx bench/monitor-pipeline.ts     Env: BENCH_ADS (10000)
 *
 * Prints a table and writes bench/results/monitor-pipeline.json. Not a test: nothing fails on speed.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { extractAdIdentifiers } from '../src/modules/monitor/crawler/extract-ad-identifiers.ts';
import { extractAd } from '../src/modules/monitor/crawler/extract-ad.ts';
import { groupAds } from '../src/modules/monitor/grouping/group-ads.ts';
import { addTokens, createTokenStore } from '../src/modules/monitor/grouping/token-store.ts';
import { tokeniseAd } from '../src/modules/monitor/grouping/tokenise-ad.ts';
import { computeCrossAdFacts, factsForPhones } from '../src/modules/monitor/indicators/cross-ad-facts.ts';
import { LEXICON_V1 } from '../src/modules/monitor/indicators/lexicon-v1.ts';
import { scoreAd } from '../src/modules/monitor/indicators/score-ad.ts';
import { TEST_SITE_RULES } from '../src/modules/monitor/sources/selector-rules.ts';
import { renderAdPage } from '../src/modules/monitor/testing/ad-site.ts';
import { generateCorpus } from '../src/modules/monitor/testing/generate-corpus.ts';

const N = Number(process.env.BENCH_ADS ?? 10_000);
const ROOT = path.resolve(import.meta.dirname, '..');

const ads = generateCorpus({ seed: 2026, operators: Math.round(N * 0.08), singles: Math.round(N * 0.5), edits: 2, insertion: true }).slice(0, N);
const dir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-ads-'));
for (const ad of ads) writeFileSync(path.join(dir, `${ad.id}.html`), renderAdPage(ad));
const files = readdirSync(dir).sort();

// Wall time and this process's CPU time: on a shared machine the wall time includes waiting for a core.
const time = <T>(fn: () => T): { ms: number; cpuMs: number; result: T } => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, result };
};

// Baseline: read every page from disk and split it into words.
const baseline = time(() => {
  let words = 0;
  for (const f of files) words += readFileSync(path.join(dir, f), 'utf8').split(/\s+/).length;
  return words;
});

const stages = { parse: 0, extract: 0, score: 0, index: 0 };
const pipeline = time(() => {
  const phoneIndex = new Map<string, number[]>();
  const store = createTokenStore(files.length);
  const parsed: Array<{ title: string; text: string; phones: ReturnType<typeof extractAdIdentifiers>['phones']; name: string | null; city: string | null; postedAt: Date }> = [];
  for (const f of files) {
    let t = performance.now();
    const html = readFileSync(path.join(dir, f), 'utf8');
    const ad = extractAd(load(parseDocument(html)) as unknown as Parameters<typeof extractAd>[0], TEST_SITE_RULES, `http://site.test/ad/${f}`);
    stages.parse += performance.now() - t;
    if (!ad) continue;
    t = performance.now();
    const ids = extractAdIdentifiers(`${ad.text}\n${ad.contact ?? ''}`);
    stages.extract += performance.now() - t;
    t = performance.now();
    const index = parsed.length;
    for (const p of ids.phones) {
      const list = phoneIndex.get(p.e164) ?? [];
      list.push(index);
      phoneIndex.set(p.e164, list);
    }
    addTokens(store, tokeniseAd(ad.text).masked);
    stages.index += performance.now() - t;
    parsed.push({ title: ad.title, text: ad.text, phones: ids.phones, name: null, city: ad.place, postedAt: new Date(ad.postedAt ?? Date.now()) });
  }
  let t = performance.now();
  const facts = computeCrossAdFacts(parsed.map((p) => ({ phones: p.phones.map((x) => x.e164), name: p.name, city: p.city, postedAt: p.postedAt })));
  let flagged = 0;
  for (const p of parsed) {
    const s = scoreAd({ title: p.title, text: p.text, phones: p.phones, crossAd: factsForPhones(facts, p.phones.map((x) => x.e164)) }, LEXICON_V1);
    if (s.total >= 3) flagged++;
  }
  stages.score += performance.now() - t;
  t = performance.now();
  const groups = groupAds(store);
  stages.index += performance.now() - t;
  return { ads: parsed.length, phones: phoneIndex.size, flagged, groups: groups.stats.groups };
});
rmSync(dir, { recursive: true, force: true });

const rows = [
  ['read + tokenise (baseline)', baseline.ms],
  ['read + tokenise (baseline), CPU time', baseline.cpuMs],
  ['pipeline total', pipeline.ms],
  ['pipeline total, CPU time', pipeline.cpuMs],
  ['  parse (read + htmlparser2/cheerio + selectors, as CheerioCrawler)', stages.parse],
  ['  extract identifiers', stages.extract],
  ['  score (lexicon + cross-ad)', stages.score],
  ['  index (phone map + tokens + grouping)', stages.index],
] as const;
console.log(`Monitor pipeline, ${pipeline.result.ads} ads (${pipeline.result.phones} phones, ${pipeline.result.groups} groups, ${pipeline.result.flagged} with score ≥ 3)`);
console.log('| step | ms |\n|---|---:|');
for (const [label, ms] of rows) console.log(`| ${label} | ${ms.toFixed(0)} |`);
const multiple = pipeline.ms / baseline.ms;
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
console.log(`pipeline = ${(pipeline.ms / 1000).toFixed(2)} s wall, ${(pipeline.cpuMs / 1000).toFixed(2)} s CPU (target < 10 s) = ${multiple.toFixed(1)}× the read + tokenise baseline (CPU: ${(pipeline.cpuMs / baseline.cpuMs).toFixed(1)}×)`);
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/monitor-pipeline.json'),
  `${JSON.stringify({ baselineMs: baseline.ms, baselineCpuMs: baseline.cpuMs, pipelineMs: pipeline.ms, pipelineCpuMs: pipeline.cpuMs, multiple, cpuMultiple: pipeline.cpuMs / baseline.cpuMs, stages, ...pipeline.result, indexKind: 'in-memory', loadAverage: os.loadavg(), node: process.version, at: new Date().toISOString() }, null, 2)}\n`,
);
