// The public face of the retention module: what other modules (and src/app, src/web, src/cli) may use.
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { describeRun } from './run/describe-run.ts';
export { RETENTION_JOB } from './job.ts';
export { readKeptUntil } from './expiry/kept-until.ts';
export { heldDossierIds } from './holds/held-dossiers.ts';
export { loadSchedule } from './load-schedule.ts';
export { runRetention } from './run/run-retention.ts';
export type { RuleOutcome, RunResult } from './run/run-retention.ts';
