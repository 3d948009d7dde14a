import { readFileSync, writeFileSync } from 'node:fs';
import { CORPORA, type CorpusName, evaluateMonitor, formatReport, readEvalAds, readEvalTruth, toEval, toJsonl } from '../modules/monitor/index.ts';

const USAGE =
  'usage: vangnet monitor-eval <ads.jsonl> <truth.jsonl> [--json]\n' +
  '       vangnet monitor-eval --write-sample <words|pooled|short|reuse> <ads> <edits 1-3> <ads.jsonl> <truth.jsonl>';

/**
 * `vangnet monitor-eval ads.jsonl truth.jsonl`: the monitor's grouping, operators, phones and cues on
 * labelled ads, with the plain MinHash baseline on the same ads (format: monitor README). Needs no
 * database. `--write-sample` writes a labelled sample of one of the test corpora in that format, so
 * the benchmark's figures can be checked with this command.
 */
export const run = async (args: string[]): Promise<number> => {
  if (args[0] === '--write-sample') {
    const [, corpus, ads, edits, adsFile, truthFile] = args;
    const make = CORPORA[corpus as CorpusName];
    if (!make || !adsFile || !truthFile || !(Number(ads) > 0) || ![1, 2, 3].includes(Number(edits))) {
      console.error(USAGE);
      return 2;
    }
    const items = [...make(Number(ads), Number(edits), 1300 + Number(edits))].map(toEval);
    writeFileSync(adsFile, toJsonl(items.map((i) => i.ad)));
    writeFileSync(truthFile, toJsonl(items.map((i) => i.truth)));
    console.log(`${items.length} fictitious ads written to ${adsFile} and ${truthFile}`);
    return 0;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  let contents: string[];
  try {
    contents = files.map((f) => readFileSync(f as string, 'utf8'));
  } catch (e) {
    console.error(`cannot read ${(e as { path?: string }).path ?? 'a file'}`);
    return 2;
  }
  const ads = readEvalAds(contents[0] as string);
  const truth = readEvalTruth(contents[1] as string);
  for (const r of [ads, truth]) {
    if (!r.ok) {
      console.error(r.message);
      return 2;
    }
  }
  if (!ads.ok || !truth.ok) return 2;
  const report = evaluateMonitor(ads.rows, truth.rows);
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));

  return 0;
};
