// The public face of the subject-requests module: what other modules (and src/app, src/web) may use.
// (docs/ARCHITECTURE.md, "Module boundaries"; checked by `npm run check:deps`).
export { REQUEST_ROLES } from './access.ts';
export { shieldReporters } from './answer/shield-reporters.ts';
