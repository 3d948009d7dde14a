// Adds up the static checks and the Vitest JSON results of both database runs, prints what failed,
// and ends with the one line CI reads: "N passed, N failed". Exits 1 when anything failed.
// Usage: node scripts/summarise-tests.mjs checks.txt vitest-a.json [vitest-b.json …]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [checksFile, ...jsonFiles] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

if (checksFile && existsSync(checksFile)) {
  for (const line of readFileSync(checksFile, 'utf8').split('\n').filter(Boolean)) {
    const [name, status] = line.split(' ');
    if (status === 'passed') passed += 1;
    else {
      failed += 1;
      failures.push(`check: ${name}`);
    }
  }
}

for (const file of jsonFiles) {
  const run = path.basename(file, '.json');
  if (!existsSync(file)) {
    // The runner died before writing its report: count the run itself as one failure.
    failed += 1;
    failures.push(`${run}: no result file (the run crashed or did not start)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const tests = suite.assertionResults ?? [];
    const where = path.relative(process.cwd(), suite.name ?? '');
    // A file that fails to load has no tests of its own, but it is a failure all the same.
    if (suite.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failed += 1;
      failures.push(`${run}: ${where}: ${String(suite.message ?? 'failed to run').split('\n')[0]}`);
    }
    for (const t of tests) {
      if (t.status === 'passed') passed += 1;
      else if (t.status === 'failed') {
        failed += 1;
        failures.push(`${run}: ${where} > ${t.fullName ?? t.title}`);
      }
    }
  }
}

if (failures.length > 0) {
  console.log('Failed:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
