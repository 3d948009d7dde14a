// The public face of the monitor module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { MONITOR_ACCESS } from './access.ts';
export { loadDossierMonitor } from './alerts/load-dossier-monitor.ts';
export type { DossierMonitor } from './alerts/load-dossier-monitor.ts';
export { ads } from './schema.ts';
export { monitorAlertText } from './texts.ts';
// `vangnet monitor-eval` (issue 13): the evaluation on labelled ads, its file format and the test corpora.
export { evaluateMonitor } from './eval/evaluate-monitor.ts';
export type { EvalAd, EvalReport, EvalTruth } from './eval/evaluate-monitor.ts';
export { formatReport } from './eval/format-report.ts';
export { readEvalAds, readEvalTruth, toJsonl } from './eval/read-eval-files.ts';
export { CORPORA, toEval } from './testing/corpora.ts';
export type { CorpusName } from './testing/corpora.ts';
