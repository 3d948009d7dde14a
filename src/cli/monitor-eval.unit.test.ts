import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPORA, evaluateMonitor, formatReport, readEvalAds, readEvalTruth, toEval } from '../modules/monitor/index.ts';
import { run } from './monitor-eval.ts';

describe('vangnet monitor-eval', () => {
  let dir = '';
  const out: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'monitor-eval-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    out.length = 0;
    vi.restoreAllMocks();
  });
  const capture = () => {
    vi.spyOn(console, 'log').mockImplementation((s: string) => out.push(s));
    vi.spyOn(console, 'error').mockImplementation((s: string) => out.push(s));
  };

  it('gives the same figures as the benchmark for the same ads, through the files', async () => {
    capture();
    const ads = path.join(dir, 'ads.jsonl');
    const truth = path.join(dir, 'truth.jsonl');
    expect(await run(['--write-sample', 'pooled', '300', '3', ads, truth])).toBe(0);
    expect(await run([ads, truth])).toBe(0);
    // The benchmark's path: the generator's ads straight into evaluateMonitor.
    const items = [...CORPORA.pooled(300, 3, 1303)].map(toEval);
    const direct = evaluateMonitor(
      items.map((i) => i.ad),
      items.map((i) => i.truth),
    );
    const text = out.at(-1) as string;
    expect(text).toContain(`templates, Vangnet:          precision ${direct.templates!.vangnet.precision.toFixed(3)}, recall ${direct.templates!.vangnet.recall.toFixed(3)}`);
    expect(text).toContain(`F1 ${direct.templates!.baseline.f1.toFixed(3)}`);
    expect(text).toContain(`phones: recall ${direct.phones!.recall.toFixed(3)}`);
    expect(text).toContain('word-between');
    const readAds = readEvalAds(readFileSync(ads, 'utf8'));
    const readTruth = readEvalTruth(readFileSync(truth, 'utf8'));
    if (!readAds.ok || !readTruth.ok) throw new Error('sample did not read back');
    const reread = evaluateMonitor(readAds.rows, readTruth.rows);
    expect(formatReport(reread).replace(/\d+ ms/g, '')).toBe(text.replace(/\d+ ms/g, ''));
  });

  it('names the line and field of a bad file, and exits 2', async () => {
    capture();
    const ads = path.join(dir, 'bad-ads.jsonl');
    const truth = path.join(dir, 'bad-truth.jsonl');
    writeFileSync(ads, '{"id":"a1","text":"Hoi"}\n\n{"id":"a2"}\n');
    writeFileSync(truth, '{"id":"a1","phones":["0612345678"]}\n');
    expect(await run([ads, truth])).toBe(2);
    expect(out.join('\n')).toContain('ads, line 3: text:');
    writeFileSync(ads, '{"id":"a1","text":"Hoi"}\nnot json\n');
    expect(await run([ads, truth])).toBe(2);
    expect(out.join('\n')).toContain('ads, line 2: not valid JSON');
    writeFileSync(ads, '{"id":"a1","text":"Hoi"}\n');
    expect(await run([ads, truth])).toBe(2);
    expect(out.join('\n')).toContain('truth, line 1: phones.0:');
    expect(await run([ads])).toBe(2);
    expect(await run([path.join(dir, 'missing.jsonl'), truth])).toBe(2);
    expect(out.join('\n')).toContain('cannot read');
  });
});
