import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes where each test file spent its time (VANGNET_TIMINGS=<file.json>; scripts/test-all.sh sets it
 * per run): import (collect: loading the file and everything it imports), setup, the tests and
 * hooks, and the wall time of the whole run. On a shared machine the absolute figures swing with the
 * load; compare the shares (import per file against tests per file) between runs instead.
 */
export default class TimingReporter implements Reporter {
  private started = 0;

  onTestRunStart() {
    this.started = Date.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const out = process.env.VANGNET_TIMINGS;
    if (!out) return;
    const round = (ms: number) => Math.round(ms);
    const files = modules
      .map((m) => {
        const d = m.diagnostic();

        return {
          file: path.relative(process.cwd(), m.moduleId),
          project: m.project.name,
          importMs: round(d.collectDuration),
          setupMs: round(d.setupDuration),
          prepareMs: round(d.prepareDuration + d.environmentSetupDuration),
          testsMs: round(d.duration),
          tests: [...m.children.allTests()].length,
        };
      })
      .sort((a, b) => b.importMs + b.testsMs - (a.importMs + a.testsMs));
    const sum = (key: 'importMs' | 'setupMs' | 'prepareMs' | 'testsMs') => files.reduce((n, f) => n + f[key], 0);
    const totals = { files: files.length, wallMs: Date.now() - this.started, importMs: sum('importMs'), setupMs: sum('setupMs'), prepareMs: sum('prepareMs'), testsMs: sum('testsMs') };
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ totals, files }, null, 1)}\n`);
  }
}
