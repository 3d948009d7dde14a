/**
 * Link chart figures (issue 5): a graph of 5,000 nodes and 15,000 edges drawn by the chart island
 * (graphology + sigma, the same bundle the staff app serves) in Debian Chromium: time to first render
 * and frame times while the chart is dragged (panned), beside a baseline measured in the same run:
 * the same page with an empty graph (only the root node).
 *
 *   node --import tsx bench/links-chart.ts
 *
 * Env: BENCH_RUNS (3), CHROMIUM_PATH (/usr/bin/chromium). Headless Chromium without a GPU draws WebGL
 * in software (SwiftShader), so the figures are an upper bound for a desktop with a graphics card.
 * Prints a table and writes bench/results/links-chart.json. Not a test: nothing fails on speed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { linksChartBundle } from '../src/modules/links/island/bundle-island.ts';
import type { LinkEdge, LinkGraph, LinkNode, NodeKind } from '../src/modules/links/graph/graph.ts';
import { launchBrowser } from '../test/support/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const NODES = 5000;
const EDGES = 15000;
const PAN_FRAMES = 120;

/** A small seeded generator, so every run draws the same graph. */
const rng = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const KIND_MIX: Array<[NodeKind, number]> = [
  ['identifier', 0.45],
  ['ad', 0.25],
  ['report', 0.15],
  ['person', 0.1],
  ['evidence', 0.04],
  ['dossier', 0.01],
];

/** Fictitious: labels are made-up ids, not data. Every node is joined to an earlier one, so it is connected. */
const syntheticGraph = (nodes: number, edges: number): LinkGraph => {
  const random = rng(20261123);
  const pickKind = (): NodeKind => {
    let r = random();
    for (const [kind, share] of KIND_MIX) {
      if (r < share) return kind;
      r -= share;
    }
    return 'identifier';
  };
  const list: LinkNode[] = [{ id: 'dossier:bench', kind: 'dossier', label: 'Benchdossier', detail: null, href: null, firstSeen: null, lastSeen: null }];
  for (let i = 1; i < nodes; i++) {
    const kind = pickKind();
    list.push({ id: `${kind}:${i}`, kind, label: `${kind} ${i}`, detail: null, href: null, firstSeen: null, lastSeen: null });
  }
  const seen = new Set<string>();
  const out: LinkEdge[] = [];
  const add = (a: number, b: number) => {
    const [s, t] = a < b ? [a, b] : [b, a];
    const key = `${s}-${t}`;
    if (s === t || seen.has(key)) return;
    seen.add(key);
    out.push({ id: `e${out.length}`, source: list[s]!.id, target: list[t]!.id, kind: 'seen_in', at: null });
  };
  for (let i = 1; i < nodes; i++) add(i, Math.floor(random() * i));
  while (out.length < edges) add(Math.floor(random() * nodes), Math.floor(random() * nodes));

  return { root: 'dossier:bench', nodes: list, edges: out, truncated: false };
};

const page = (src: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bench</title></head><body>
<div id="vn-link-chart" data-src="${src}" data-expand="/knoop" data-label="Kaart" data-legend="Soorten" data-failed="mislukt" data-loading="laden" data-kinds='{"dossier":"Dossier","person":"Persoon","identifier":"Identificator","report":"Melding","ad":"Advertentie","evidence":"Bewijs"}' hidden></div>
<script src="/links-chart.js" defer></script></body></html>`;

const serve = async (graph: LinkGraph) => {
  const bundle = await linksChartBundle();
  const big = JSON.stringify(graph);
  const empty = JSON.stringify({ root: graph.root, nodes: [graph.nodes[0]], edges: [], truncated: false });
  const server = http.createServer((req, res) => {
    // The staff app's script policy: only files from this origin, nothing inline.
    res.setHeader('content-security-policy', "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'");
    const url = req.url ?? '/';
    if (url === '/links-chart.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.body);
    if (url === '/big.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(big);
    if (url === '/empty.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(empty);
    if (url.startsWith('/chart')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(url.includes('big') ? '/big.json' : '/empty.json'));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));

  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, jsonBytes: big.length };
};

type Run = { firstRenderMs: number; frameMs: number[]; panMs: number };

const measure = async (browser: Browser, url: string): Promise<Run> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(url);
  const chart = p.locator('#vn-link-chart');
  await chart.locator('canvas').first().waitFor({ timeout: 120_000 });
  await p.waitForFunction(() => document.getElementById('vn-link-chart')?.dataset.renderedAt !== undefined, null, { timeout: 120_000 });
  if (errors.length > 0) throw new Error(errors.join('; '));
  // performance.now() counts from the start of navigation: this is load + fetch + parse + first draw.
  const firstRenderMs = Number(await chart.getAttribute('data-rendered-at'));
  const box = await chart.locator('.vn-link-chart-canvas').boundingBox();
  if (!box) throw new Error('no chart box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // As a string: tsx would wrap named functions in a helper that does not exist in the page.
  await p.evaluate(`(() => {
    const frames = [];
    window.__frames = frames;
    const tick = (t) => { frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await p.mouse.move(cx, cy);
  await p.mouse.down();
  const start = await p.evaluate(() => performance.now());
  // One small move per frame, in a circle, so the camera pans the whole time.
  for (let i = 0; i < PAN_FRAMES; i++) {
    const a = (i / PAN_FRAMES) * 2 * Math.PI;
    await p.mouse.move(cx + 150 * Math.cos(a) - 150, cy + 150 * Math.sin(a));
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  await p.mouse.up();
  const panMs = (await p.evaluate(() => performance.now())) - start;
  const frames = await p.evaluate((from) => ((window as unknown as { __frames: number[] }).__frames ?? []).filter((t) => t >= from), start);
  await context.close();
  const frameMs = frames.slice(1).map((t, i) => t - (frames[i] ?? t));

  return { firstRenderMs, frameMs, panMs };
};

const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
};
const round = (n: number) => Math.round(n * 10) / 10;

const summarise = (runs: Run[]) => {
  const frames = runs.flatMap((r) => r.frameMs);
  return {
    firstRenderMs: { median: round(quantile(runs.map((r) => r.firstRenderMs), 0.5)), runs: runs.map((r) => round(r.firstRenderMs)) },
    panFrameMs: { median: round(quantile(frames, 0.5)), p95: round(quantile(frames, 0.95)), max: round(Math.max(...frames)), frames: frames.length },
    panFps: round(1000 / Math.max(quantile(frames, 0.5), 0.001)),
    /** Wall time for the ${PAN_FRAMES} drag steps (one mouse move, then one animation frame, each). */
    panStepMs: round(quantile(runs.map((r) => r.panMs / PAN_FRAMES), 0.5)),
  };
};

const main = async () => {
  const graph = syntheticGraph(NODES, EDGES);
  const { server, url, jsonBytes } = await serve(graph);
  const browser = await launchBrowser();
  try {
    const version = browser.version();
    // Warm-up (disk cache, shader compile), not counted.
    await measure(browser, `${url}/chart?empty`);
    const baseline: Run[] = [];
    const big: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await measure(browser, `${url}/chart?empty`));
      big.push(await measure(browser, `${url}/chart?big`));
    }
    const result = {
      benchmark: 'links-chart',
      date: new Date().toISOString(),
      chromium: version,
      machine: 'headless Chromium, software WebGL (SwiftShader), 2 shared cores',
      graph: { nodes: graph.nodes.length, edges: graph.edges.length, jsonBytes, layout: 'random start positions (ForceAtlas2 runs only up to 1,500 nodes)' },
      runs: RUNS,
      baselineEmptyGraph: summarise(baseline),
      chart5000x15000: summarise(big),
    };
    const b = result.baselineEmptyGraph;
    const c = result.chart5000x15000;
    console.log(`links-chart  (${graph.nodes.length} nodes, ${graph.edges.length} edges, ${Math.round(jsonBytes / 1024)} KB JSON, ${RUNS} runs, Chromium ${version})`);
    console.log('                         first render (median)   pan frame median   p95      max     fps    ms per drag step');
    console.log(`  baseline (empty graph)  ${String(b.firstRenderMs.median).padStart(8)} ms        ${String(b.panFrameMs.median).padStart(8)} ms   ${String(b.panFrameMs.p95).padStart(6)} ms  ${String(b.panFrameMs.max).padStart(6)} ms  ${b.panFps}   ${b.panStepMs}`);
    console.log(`  5,000 / 15,000 chart    ${String(c.firstRenderMs.median).padStart(8)} ms        ${String(c.panFrameMs.median).padStart(8)} ms   ${String(c.panFrameMs.p95).padStart(6)} ms  ${String(c.panFrameMs.max).padStart(6)} ms  ${c.panFps}   ${c.panStepMs}`);
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench', 'results', 'links-chart.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    server.close();
  }
};

await main();
