// The public face of the monitor module: what other modules (and src/app, src/web) may use. Anything
// not exported here is internal; add an export line here when another module needs it
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { MONITOR_ACCESS } from './access.ts';
export { loadDossierMonitor } from './alerts/load-dossier-monitor.ts';
export type { DossierMonitor } from './alerts/load-dossier-monitor.ts';
export { ads } from './schema.ts';
export { monitorAlertText } from './texts.ts';
