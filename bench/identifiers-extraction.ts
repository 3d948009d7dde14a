/**
 * Identifier extraction: recall and precision per kind on a generated corpus of 10,000 fictitious
 * Dutch texts, and throughput beside the time to only read and tokenise the same corpus.
 *
 *   npx tsx bench/identifiers-extraction.ts [--count 10000] [--seed 20261123]
 *
 * Prints a table and writes bench/results/identifiers-extraction.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, type CorpusText, type TruthItem } from '../src/modules/identifiers/corpus/generate-corpus.ts';
import { extractIdentifiers } from '../src/modules/identifiers/extraction/extract-identifiers.ts';
import { IDENTIFIER_KINDS, type IdentifierHit, type IdentifierKind } from '../src/modules/identifiers/identifier-kinds.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 10_000);
const SEED = arg('seed', 20261123);
const ROUNDS = 3;

type Score = { tp: number; fp: number; fn: number };
const emptyScores = () => Object.fromEntries(IDENTIFIER_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<IdentifierKind, Score>;

/** A hit counts when kind and key match a planted identifier and the spans overlap. */
const score = (text: CorpusText, hits: IdentifierHit[], scores: Record<IdentifierKind, Score>, misses: Map<string, number>, falses: string[]) => {
  const open: Array<TruthItem | null> = [...text.truth];
  for (const hit of hits) {
    const i = open.findIndex((t) => t !== null && t.kind === hit.kind && t.key === hit.key && t.start < hit.end && hit.start < t.end);
    if (i >= 0) {
      scores[hit.kind].tp += 1;
      open[i] = null;
    } else {
      scores[hit.kind].fp += 1;
      if (falses.length < 40) falses.push(`${hit.kind} ${hit.key} ← ${JSON.stringify(hit.raw)} in ${JSON.stringify(text.text.slice(Math.max(0, hit.start - 30), hit.end + 30))}`);
    }
  }
  for (const t of open) {
    if (!t) continue;
    scores[t.kind].fn += 1;
    const k = `${t.kind}/${t.variant}`;
    misses.set(k, (misses.get(k) ?? 0) + 1);
  }
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const main = () => {
  const generated = generateCorpus({ seed: SEED, count: COUNT });
  const dir = path.join(os.tmpdir(), `vangnet-ids-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, generated.map((t) => JSON.stringify(t)).join('\n'));

  const readCorpus = () => readFileSync(file, 'utf8').split('\n').map((line) => JSON.parse(line) as CorpusText);

  // Baseline: read the file, parse it and cut every text into words.
  const baselineMs: number[] = [];
  let words = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    const t0 = performance.now();
    words = 0;
    for (const t of readCorpus()) words += t.text.split(/\s+/).length;
    baselineMs.push(performance.now() - t0);
  }

  const extractMs: number[] = [];
  let scores = emptyScores();
  let misses = new Map<string, number>();
  let falses: string[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    const texts = readCorpus();
    scores = emptyScores();
    misses = new Map();
    falses = [];
    const t0 = performance.now();
    const all = texts.map((t) => extractIdentifiers(t.text));
    extractMs.push(performance.now() - t0);
    for (const [i, t] of texts.entries()) score(t, all[i] as IdentifierHit[], scores, misses, falses);
  }
  rmSync(dir, { recursive: true, force: true });

  const rows = IDENTIFIER_KINDS.map((kind) => {
    const s = scores[kind];
    const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    return { kind, planted: s.tp + s.fn, found: s.tp + s.fp, ...s, recall: Number(recall.toFixed(4)), precision: Number(precision.toFixed(4)) };
  });
  // Hostile texts of about a megabyte each: only the first MAX_SCAN_CHARS are read; time per text.
  const hostile: Record<string, string> = {
    'prose with numbers (1 MB)': 'Bel 06-12345678 of mail lisa@example.org. '.repeat(25_000),
    'digits (1 MB)': '0'.repeat(1_000_000),
    'spaced 0 6 (1 MB)': '0 6 '.repeat(250_000),
    'at-signs (1 MB)': '@'.repeat(1_000_000),
    'a@ repeated (1 MB)': 'a@'.repeat(500_000),
    'number words (1 MB)': 'nul zes '.repeat(125_000),
    'look-alikes O0l1I (1 MB)': 'O0l1I'.repeat(200_000),
  };
  const hostileMs = Object.fromEntries(
    Object.entries(hostile).map(([name, text]) => {
      const t0 = performance.now();
      extractIdentifiers(text);
      return [name, Number((performance.now() - t0).toFixed(0))];
    }),
  );
  const extract = median(extractMs);
  const baseline = median(baselineMs);
  const result = {
    benchmark: 'identifiers-extraction',
    at: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    corpus: { texts: COUNT, seed: SEED, words, chars: generated.reduce((n, t) => n + t.text.length, 0) },
    perKind: rows,
    targets: { phoneAndEmail: { recall: 0.98, precision: 0.98 } },
    targetsMet: rows.filter((r) => r.kind === 'phone' || r.kind === 'email').every((r) => r.recall >= 0.98 && r.precision >= 0.98),
    throughput: {
      note: 'one thread (one core); median of 3 rounds; extraction time excludes reading, baseline is read + JSON parse + split into words',
      extractMs: Number(extract.toFixed(1)),
      extractTextsPerSecondPerCore: Math.round((COUNT / extract) * 1000),
      baselineReadTokeniseMs: Number(baseline.toFixed(1)),
      baselineTextsPerSecond: Math.round((COUNT / baseline) * 1000),
    },
    hostileMsPerText: hostileMs,
    missesByVariant: Object.fromEntries([...misses.entries()].sort((a, b) => b[1] - a[1])),
    sampleFalsePositives: falses.slice(0, 15),
  };

  console.log(`Identifier extraction on ${COUNT} generated texts (seed ${SEED}), Node ${process.version}`);
  console.log('kind      planted  found     tp    fp    fn  recall  precision');
  for (const r of rows) {
    console.log(
      `${r.kind.padEnd(9)} ${String(r.planted).padStart(7)} ${String(r.found).padStart(6)} ${String(r.tp).padStart(6)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${r.recall.toFixed(4)}  ${r.precision.toFixed(4)}`,
    );
  }
  console.log(`extraction: ${extract.toFixed(0)} ms = ${result.throughput.extractTextsPerSecondPerCore} texts/s per core`);
  console.log(`baseline (read + parse + split words): ${baseline.toFixed(0)} ms = ${result.throughput.baselineTextsPerSecond} texts/s`);
  console.log('hostile texts (ms per text, first 200,000 characters read):', hostileMs);
  console.log(`targets (phone, e-mail ≥ 0.98 recall and precision): ${result.targetsMet ? 'met' : 'NOT met'}`);
  if (misses.size > 0) console.log('misses by variant:', result.missesByVariant);
  for (const f of result.sampleFalsePositives) console.log('  false positive:', f);
  mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(path.join(import.meta.dirname, 'results', 'identifiers-extraction.json'), `${JSON.stringify(result, null, 2)}\n`);
};

main();
