// The public face of the retention module: what other modules (and src/app, src/web, src/cli) may use.
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { describeRun } from './describe-run.ts';
export { RETENTION_JOB } from './job.ts';
export { readKeptUntil } from './kept-until.ts';
export { loadSchedule } from './load-schedule.ts';
export { runRetention } from './run-retention.ts';
export type { RuleOutcome, RunResult } from './run-retention.ts';
