/**
 * Evidence package figures (issue 4, "build and verify time of a handover package with 200 evidence
 * items"): 200 fictitious uploads (64 KB – 1 MB each, ~110 MB together) are stored encrypted, then
 *  - export: the full evidence export (decrypt, re-check every hash, manifest, Ed25519 signature,
 *    ZIP, a custody.export event per item),
 *  - build: only the signed ZIP from the same bytes already in memory,
 *  - verify: `vangnet verify-package`'s check (unzip, signature, every SHA-256),
 * beside the baseline of the same run: SHA-256 over the same bytes, nothing else.
 *
 *   node --import tsx bench/evidence-package.ts
 *
 * Env: BENCH_DATABASE_URL (a PostgreSQL database to use instead of embedded PGlite), BENCH_RUNS (3).
 * Prints a table and writes bench/results/evidence-package.json. Not a test: nothing fails on speed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/app/config.ts';
import { createContext } from '../src/app/start.ts';
import { insertUser } from '../src/modules/accounts/queries.ts';
import { addEvidenceFile } from '../src/modules/evidence/items/add-evidence-file.ts';
import { collectEvidenceFiles } from '../src/modules/evidence/package/collect-evidence-files.ts';
import { exportEvidencePackage } from '../src/modules/evidence/package/export-evidence-package.ts';
import { buildSignedPackage } from '../src/modules/evidence/package/build-signed-package.ts';
import { loadSigningKey } from '../src/modules/evidence/package/signing-key.ts';
import { verifySignedPackage } from '../src/modules/evidence/package/verify-signed-package.ts';

const ITEMS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = path.resolve(import.meta.dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const time = async (fn: () => unknown | Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await fn();

  return performance.now() - started;
};

const measure = async (fn: () => unknown | Promise<unknown>) => {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await time(fn));

  return { medianMs: Math.round(median(runs)), runsMs: runs.map(Math.round) };
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-bench-evidence-'));
const config = { ...loadConfig({ VANGNET_DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS: 'off', DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '' }), jobs: false };
const ctx = await createContext(config);
try {
  const user = await insertUser(ctx.db, {
    email: `bench-${randomBytes(4).toString('hex')}@vangnet.test`,
    name: 'Benchmark Onderzoeker',
    passwordHash: 'not-a-real-hash',
    roles: ['investigator'],
    organisationId: null,
    totpSecretEnc: null,
  });
  const actor = { id: user.id, name: user.name };

  const originals: Buffer[] = [];
  const ids: string[] = [];
  const storeMs = await time(async () => {
    for (let i = 0; i < ITEMS; i += 1) {
      const size = 64 * 1024 + ((i * 37) % 100) * 10 * 1024;
      const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n% fictief bewijsstuk\n'), randomBytes(size)]);
      originals.push(bytes);
      const item = await addEvidenceFile(ctx, { actor, bytes, title: `Bewijsstuk ${i + 1}`, sourceDescription: 'Benchmark (fictief)' });
      ids.push(item.id);
    }
  });
  const totalBytes = originals.reduce((n, b) => n + b.byteLength, 0);

  const baseline = await measure(() => {
    for (const b of originals) createHash('sha256').update(b).digest('hex');
  });
  let zipBytes = 0;
  const exportFull = await measure(async () => {
    const pkg = await exportEvidencePackage(ctx, { actor, evidenceIds: ids, reason: 'benchmark' });
    zipBytes = pkg.zip.byteLength;
  });
  const { files } = await collectEvidenceFiles(ctx, ids);
  const key = loadSigningKey(dataDir);
  let zip: Buffer = Buffer.alloc(0);
  const build = await measure(() => {
    zip = buildSignedPackage({ files, key, software: 'bench', metadata: {} }).zip;
  });
  let verified = false;
  const verify = await measure(() => {
    verified = verifySignedPackage(zip).ok;
  });
  if (!verified) throw new Error('the benchmark package did not verify');

  const ratio = (ms: number) => (baseline.medianMs > 0 ? Math.round((ms / baseline.medianMs) * 10) / 10 : null);
  const result = {
    benchmark: 'evidence-package',
    at: new Date().toISOString(),
    node: process.version,
    database: ctx.database.kind,
    items: ITEMS,
    totalMB: Math.round((totalBytes / 1024 / 1024) * 10) / 10,
    zipMB: Math.round((zipBytes / 1024 / 1024) * 10) / 10,
    runs: RUNS,
    storeAllMs: Math.round(storeMs),
    baselineSha256: baseline,
    exportWithDecryptAndCustody: { ...exportFull, timesBaseline: ratio(exportFull.medianMs) },
    buildSignedZip: { ...build, timesBaseline: ratio(build.medianMs) },
    verify: { ...verify, timesBaseline: ratio(verify.medianMs) },
  };
  console.log(`Evidence package, ${ITEMS} items, ${result.totalMB} MB, ${ctx.database.kind}, median of ${RUNS} runs`);
  console.log(`  baseline: SHA-256 of the same bytes      ${String(baseline.medianMs).padStart(7)} ms`);
  console.log(`  export (decrypt, check, sign, zip, log)  ${String(exportFull.medianMs).padStart(7)} ms  (${result.exportWithDecryptAndCustody.timesBaseline}× baseline)`);
  console.log(`  build signed ZIP from memory             ${String(build.medianMs).padStart(7)} ms  (${result.buildSignedZip.timesBaseline}× baseline)`);
  console.log(`  verify (unzip, signature, every hash)    ${String(verify.medianMs).padStart(7)} ms  (${result.verify.timesBaseline}× baseline)`);
  console.log(`  (storing the 200 uploads once took ${result.storeAllMs} ms)`);
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results', 'evidence-package.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await ctx.database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
